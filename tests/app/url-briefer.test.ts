import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUrlBriefer } from '../../src/app/url-briefer.js';
import { UserFacingError, handleCommand } from '../../src/commands/dispatch.js';
import { BriefingLibrary } from '../../src/stories/library.js';
import { buildCommandTable } from '../../src/commands/table.js';
import { silentLogger } from '../../src/logging/logger.js';
import type { Resolver } from '../../src/sources/fetch/fetch-options.js';
import { storyFixture } from '../stories/story-fixtures.js';
import { redirect, serve, startWebServer, type WebServer } from '../stand-ins/web-server.js';

const page = (name: string) => readFileSync(new URL(`../fixtures/web/pages/${name}`, import.meta.url), 'utf8');
const bytes = (name: string) => readFileSync(new URL(`../fixtures/web/pages/${name}`, import.meta.url));
const at = (host: string, path: string) => `http://${host}:${server.port}${path}`;

let server: WebServer;
const connects: string[] = [];
const resolver: Resolver = async (hostname) => {
  if (hostname === 'intranet.test') return [{ address: '10.0.0.1', family: 4 }];
  // The news site's name, served by the stand-in: its pages' canonical links are on the same site.
  if (hostname === 'courier.example') return [{ address: '127.0.0.1', family: 4 }];
  throw new Error(`unknown test host ${hostname}`);
};

beforeAll(async () => {
  server = await startWebServer({
    '/news/bridge-shut': serve(page('clean.html'), 'text/html'),
    '/local': serve(page('no-article.html'), 'text/html'),
    '/empty': serve(bytes('empty.html'), 'text/html'),
    '/photo': serve(bytes('binary-image.png'), 'text/html; charset=utf-8'),
    '/go-inside': (req, res) => redirect(`http://intranet.test:${server.port}/admin`)(req, res),
    '/feed.xml': (req, res) => serve(storyFixture('harbour.xml', server.origin), 'application/atom+xml')(req, res),
    '/big': (_req, res) => {
      res.setHeader('content-type', 'text/html');
      res.end(Buffer.alloc(300 * 1024, 'a'));
    },
  });
});

afterAll(() => server.close());

const fixedClock = { now: () => new Date('2026-11-23T10:00:00Z') };

function briefer(perUserPerHour = 10, clock: { now(): Date } = fixedClock) {
  return createUrlBriefer({
    fetch: { clock, allowAddresses: ['127.0.0.1'], resolver, maxBytes: 200 * 1024, onConnect: (c) => connects.push(c.address) },
    logger: silentLogger(),
    perUserPerHour,
    clock,
  });
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UserFacingError);
  return (error as Error).message;
}

describe('createUrlBriefer', () => {
  it('briefs an article page', async () => {
    const { briefing, leftOut } = await briefer()(at('courier.example', '/news/bridge-shut'), 'U1');
    expect(leftOut).toBeUndefined();
    expect(briefing.title).toBe('Harbour bridge shut after engineers find cracks');
    expect(briefing.sources.map((s) => [s.publisher, s.url])).toEqual([['Calder Courier', 'https://courier.example/news/bridge-shut']]);
    expect(briefing.quotes.map((q) => q.speaker.name)).toContain('Elena Varga');
  });

  it('briefs the story most sources cover when given a feed', async () => {
    const { briefing } = await briefer()(server.url('/feed.xml'), 'U1');
    expect(briefing.sources.length).toBe(1);
    expect(briefing.title).toBe('Okafor takes first World Cup sprint win in Lillehammer');
  });

  it('refuses a link that redirects to an internal address, before connecting to it', async () => {
    connects.length = 0;
    expect(await refusal(briefer()(server.url('/go-inside'), 'U1'))).toBe('That link points to a private or internal address, which I do not fetch.');
    expect(connects.every((address) => address === '127.0.0.1')).toBe(true);
  });

  it('says why other links could not be briefed', async () => {
    const brief = briefer();
    expect(await refusal(brief(server.url('/local'), 'U1'))).toBe(`no article text at ${server.url('/local')}`);
    expect(await refusal(brief(server.url('/big'), 'U1'))).toBe('That page is too big to read.');
    expect(await refusal(brief(server.url('/missing'), 'U1'))).toBe('The site answered 404.');
    expect(await refusal(brief('ftp://files.example/x', 'U1'))).toBe('Only http and https links can be briefed.');
  });

  it('answers an empty page and bytes served as text/html with the link that had no article text', async () => {
    const brief = briefer();
    expect(await refusal(brief(server.url('/empty'), 'U1'))).toBe(`no article text at ${server.url('/empty')}`);
    expect(await refusal(brief(server.url('/photo'), 'U1'))).toBe(`no article text at ${server.url('/photo')}`);
  });

  it('limits each user to N links an hour on the clock it is given, counting refusals too', async () => {
    let clock = Date.parse('2026-11-23T10:00:00Z');
    const brief = briefer(2, { now: () => new Date(clock) });
    await brief(server.url('/news/bridge-shut'), 'U1');
    await refusal(brief(server.url('/local'), 'U1'));
    expect(await refusal(brief(server.url('/news/bridge-shut'), 'U1'))).toBe('You can brief 2 links an hour; try again in 60 minutes.');
    const other = await brief(server.url('/news/bridge-shut'), 'U2');
    expect(other.briefing.sources.length).toBe(1);
    clock += 61 * 60_000;
    expect((await brief(server.url('/news/bridge-shut'), 'U1')).briefing.sources.length).toBe(1);
  });

  it('plugs into the command table: /briefing <url> answers with the briefing or the refusal', async () => {
    const context = { table: buildCommandTable({ aliases: [] }), library: new BriefingLibrary(), briefUrl: briefer() };
    const ok = await handleCommand({ command: 'briefing', platform: 'shell', url: server.url('/news/bridge-shut'), userId: 'U9' }, context);
    expect(ok.kind).toBe('briefing');
    const refused = await handleCommand({ command: 'briefing', platform: 'shell', url: server.url('/go-inside'), userId: 'U9' }, context);
    expect(refused).toEqual({
      kind: 'message',
      visibility: 'ephemeral',
      title: 'Could not brief that link',
      lines: ['That link points to a private or internal address, which I do not fetch.'],
    });
    const empty = await handleCommand({ command: 'briefing', platform: 'shell', url: server.url('/empty'), userId: 'U9' }, context);
    expect(empty).toEqual({ kind: 'message', visibility: 'ephemeral', title: 'Could not brief that link', lines: [`no article text at ${server.url('/empty')}`] });
  });
});

describe('urlBrieferFromSettings', () => {
  it('is off when config/feeds.yaml turns it off, on by default', async () => {
    const { urlBrieferFromSettings } = await import('../../src/app/url-briefer.js');
    const { feedsSchema } = await import('../../src/settings/feeds.js');
    expect(urlBrieferFromSettings({ feeds: feedsSchema.parse({ urlBriefing: { enabled: false } }) }, silentLogger(), fixedClock)).toBeUndefined();
    const brief = urlBrieferFromSettings({}, silentLogger(), fixedClock)!;
    // Default config allows no private address: the fixture server on 127.0.0.1 is refused before any connection.
    expect(await refusal(brief(server.url('/news/bridge-shut'), 'U1'))).toBe('That link points to a private or internal address, which I do not fetch.');
  });
});
