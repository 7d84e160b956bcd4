import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningPreview } from '../../../src/app/preview/preview-server.js';
import { FERRY_STORY, startPreview, tempProject, writeStory } from './preview-fixture.js';

const HOSTILE_STORY = {
  ...FERRY_STORY,
  'story.yaml': FERRY_STORY['story.yaml'].replace(
    'title: Island council votes to keep the night ferry',
    `title: '<script>alert("x")</script> & <img src=x onerror=alert(1)>'`,
  ),
};

let running: RunningPreview | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function get(path: string) {
  const response = await fetch(new URL(path, running!.url));
  return { status: response.status, type: response.headers.get('content-type'), csp: response.headers.get('content-security-policy'), body: await response.text() };
}

function storyLinks(html: string): string[] {
  return [...html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]!);
}

describe('preview server', () => {
  it('listens on 127.0.0.1 only', async () => {
    running = await startPreview(tempProject({}));
    expect(new URL(running.url).hostname).toBe('127.0.0.1');
  });

  it('lists every story on the index as a link to its page', async () => {
    running = await startPreview(tempProject({ 'night-ferry': FERRY_STORY, 'ferry-two': FERRY_STORY }));
    const index = await get('/');
    expect(index.status).toBe(200);
    expect(index.type).toBe('text/html; charset=utf-8');
    expect(storyLinks(index.body)).toEqual(['/story/ferry-two', '/story/night-ferry']);
    expect(index.body).toContain('<a href="/story/night-ferry">Island council votes to keep the night ferry</a>');
  });

  it('draws the story as Slack blocks and Discord embeds, with key points, quotes, sources and the quote card images', async () => {
    running = await startPreview(tempProject({ 'night-ferry': FERRY_STORY }));
    const page = await get('/story/night-ferry');
    expect(page.status).toBe(200);
    // Slack: header, key points as sections, quote cards as quoted sections with the speaker in bold.
    expect(page.body).toContain('<div class="sk-header">Island council votes to keep the night ferry</div>');
    expect(page.body).toContain('<div class="sk-section">• The island council voted on Tuesday to keep the night ferry running for another three years.</div>');
    expect(page.body).toContain('<div class="sk-section">• The decision costs the council 2.4 million euros a year, according to the budget office.</div>');
    expect(page.body).toContain(
      '<div class="sk-section"><blockquote class="sk-quote">We cannot leave the night shift workers stranded on the mainland</blockquote><strong>Petra Holm, mayor</strong></div>',
    );
    expect(page.body).toContain(
      '<div class="sk-context"><span>Sources: <a href="https://gazette.example/ferry" rel="noreferrer noopener" target="_blank">Island Gazette</a></span></div>',
    );
    // Discord: the briefing embed with its colour bar and key points as a list, quote embeds with author.
    expect(page.body).toContain('<div class="dc-embed" style="border-left-color:#2f6fb5"><div class="dc-title">Island council votes to keep the night ferry</div>');
    expect(page.body).toContain('<span class="dc-bullet">•</span>The ferry carried 41,000 passengers last year, most of them hospital and port workers. [1][2]');
    expect(page.body).toContain(
      '<div class="dc-embed" style="border-left-color:#8a5cc2"><div class="dc-author">Erik Vos · Opposition councillor</div><div class="dc-description">“money we do not have”</div>',
    );
    expect(page.body).toContain('<div class="dc-field"><div class="dc-field-name">41,000 passengers</div>');
    expect([...page.body.matchAll(/<img src="([^"]*)" alt="([^"]*)">/g)].map((m) => [m[1], m[2]])).toEqual([
      ['/story/night-ferry/card/1.png', '“We cannot leave the night shift workers stranded on the mainland” (Petra Holm)'],
      ['/story/night-ferry/card/2.png', '“money we do not have” (Erik Vos)'],
      ['/story/night-ferry/card/3.png', '“a lifeline for the island” (Petra Holm)'],
    ]);
    // Each card is the one chat answers carry, a 1200×675 PNG; the fragments' too, drawn in their sentence.
    for (const n of [1, 2, 3]) {
      const card = await fetch(new URL(`/story/night-ferry/card/${n}.png`, running!.url));
      expect([card.status, card.headers.get('content-type')]).toEqual([200, 'image/png']);
      const png = PNG.sync.read(Buffer.from(await card.arrayBuffer()));
      expect([png.width, png.height]).toEqual([1200, 675]);
    }
    expect((await get('/story/night-ferry/card/4.png')).status).toBe(404);
    expect(page.body).toContain('<p class="ok">Nothing is cut: every post fits the platforms’ limits.</p>');
  });

  it('escapes a hostile title everywhere and forbids scripts on the page', async () => {
    running = await startPreview(tempProject({ hostile: HOSTILE_STORY }));
    for (const path of ['/', '/story/hostile']) {
      const page = await get(path);
      expect(page.status).toBe(200);
      expect(page.body).not.toMatch(/<script|<img src=x/i);
      expect(page.csp).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src 'self'");
    }
    const escaped = '&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; &#60;img src=x onerror=alert(1)&#62;';
    expect((await get('/')).body).toContain(`<a href="/story/hostile">${escaped}</a>`);
    const story = (await get('/story/hostile')).body;
    expect(story).toContain(`<h1>${escaped}</h1>`);
    expect(story).toContain(`<div class="sk-header">${escaped}</div>`);
    expect(story).toContain(`<div class="dc-title">${escaped}</div>`);
  });

  it('answers 404 for an unknown story, card or path, and 400 for a broken address', async () => {
    running = await startPreview(tempProject({ 'night-ferry': FERRY_STORY }));
    const unknown = await get('/story/no-such-story');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toContain('<p>No story has the id “no-such-story”.</p>');
    expect((await get('/story/night-ferry/card/9.png')).status).toBe(404);
    expect((await get('/nothing-here')).status).toBe(404);
    expect((await get('/story/%E0%A4%A')).status).toBe(400);
    const post = await fetch(new URL('/', running.url), { method: 'POST' });
    expect(post.status).toBe(405);
    // Still serving after all of them.
    expect((await get('/')).status).toBe(200);
  });

  it('shows changes to briefings/ and config/ on the next request, without a restart', async () => {
    const project = tempProject({ 'night-ferry': FERRY_STORY });
    running = await startPreview(project);
    expect(storyLinks((await get('/')).body)).toEqual(['/story/night-ferry']);

    writeStory(project.briefingsDir, 'second-ferry', { ...FERRY_STORY, 'story.yaml': FERRY_STORY['story.yaml'].replace('keep the night ferry', 'buy a second ferry') });
    const index = (await get('/')).body;
    expect(storyLinks(index)).toEqual(['/story/night-ferry', '/story/second-ferry']);
    expect(index).toContain('<a href="/story/second-ferry">Island council votes to buy a second ferry</a>');

    writeFileSync(join(project.briefingsDir, 'night-ferry', 'story.yaml'), FERRY_STORY['story.yaml'].replace('votes to keep', 'agrees to keep'));
    expect((await get('/story/night-ferry')).body).toContain('<div class="sk-header">Island council agrees to keep the night ferry</div>');

    writeFileSync(join(project.configDir, 'commands.yaml'), 'aliases: [oops\n');
    const broken = await get('/');
    expect(broken.status).toBe(500);
    expect(broken.body).toContain('<h1>The configuration is invalid</h1>');
    writeFileSync(join(project.configDir, 'commands.yaml'), 'aliases: []\n');
    expect((await get('/')).status).toBe(200);
  });
});
