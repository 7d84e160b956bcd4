import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serve, startWebServer } from '../stand-ins/web-server.js';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin/newsbrief.js');
// No platform variables: the CLI must run on the embedded default whatever the developer's shell has.
const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'warn' };

function newsbrief(args: string[], input?: string, cwd = root) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, env, input: input ?? '', encoding: 'utf8', timeout: 30_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function tempFiles(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-cli-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe('newsbrief build', () => {
  it('writes the JSON contract for a story folder', () => {
    const { code, stdout, stderr } = newsbrief(['build', 'briefings/zuckerberg-eu-parliament', '--format', 'json', '--points', '4']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const briefing = JSON.parse(stdout);
    expect(Object.keys(briefing)).toEqual(['id', 'title', 'sources', 'keyPoints', 'quotes', 'figures', 'speakers']);
    expect(briefing.id).toBe('zuckerberg-eu-parliament');
    expect(briefing.title).toBe('Zuckerberg apologises to the European Parliament');
    expect(briefing.sources.map((s: { id: string; publisher: string }) => [s.id, s.publisher])).toEqual([
      ['cnbc', 'CNBC'],
      ['euronews', 'Euronews'],
    ]);
    expect(briefing.keyPoints).toHaveLength(4);
  });

  it('gives the same bytes on every run', () => {
    const a = newsbrief(['build', 'briefings/zuckerberg-eu-parliament', '--format', 'json']);
    const b = newsbrief(['build', 'briefings/zuckerberg-eu-parliament', '--format', 'json']);
    expect(a.stdout).toBe(b.stdout);
  });

  it('says in one line what is wrong with the input, with no stack trace', () => {
    const dir = tempFiles({ 'empty.txt': '', 'photo.txt': Buffer.from([0xff, 0xd8, 0x00, 0x10]) });
    expect(newsbrief(['build', 'no/such/folder'])).toEqual({ code: 1, stdout: '', stderr: 'newsbrief: no/such/folder: no such file\n' });
    expect(newsbrief(['build', join(dir, 'empty.txt')], '', dir)).toEqual({ code: 1, stdout: '', stderr: `newsbrief: ${join(dir, 'empty.txt')}: the file is empty\n` });
    expect(newsbrief(['build', 'empty.txt'], '', dir)).toEqual({ code: 1, stdout: '', stderr: 'newsbrief: empty.txt: the file is empty\n' });
    expect(newsbrief(['build', dir])).toMatchObject({ code: 1, stdout: '', stderr: `newsbrief: ${dir}: no readable articles (empty.txt: the file is empty; photo.txt: looks like a binary file, not text)\n` });
    expect(newsbrief(['build', 'briefings/zuckerberg-eu-parliament', '--format', 'pdf'])).toEqual({ code: 2, stdout: '', stderr: 'newsbrief: --format must be json, md or text (got "pdf")\n' });
  }, 40_000);

  it('skips an unreadable file among good ones with a warning and briefs the rest', () => {
    const dir = tempFiles({ 'good.txt': 'Council approves the harbour budget\nThe council approved the budget on Tuesday.\n', 'empty.txt': '' });
    const { code, stdout, stderr } = newsbrief(['build', 'good.txt', 'empty.txt', '--format', 'text'], '', dir);
    expect(code).toBe(0);
    expect(stderr).toBe('newsbrief: skipped empty.txt: the file is empty\n');
    expect(stdout.split('\n')[0]).toBe('Council approves the harbour budget');
  });
});

describe('newsbrief build: no input lost in silence', () => {
  const pasted =
    'The northern pier reopened on Friday after four months of repairs, the harbour council said. "It is stronger than before," said Ana Lima, the harbour master. The repairs cost 4 million euros.\n';

  it('briefs a one-paragraph .txt: its first line is body, and the title is its first sentence', () => {
    const dir = tempFiles({ 'pasted.txt': pasted });
    const { code, stdout, stderr } = newsbrief(['build', 'pasted.txt', '--format', 'json'], '', dir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const briefing = JSON.parse(stdout);
    expect(briefing.title).toBe('The northern pier reopened on Friday after four months of repairs, the harbour council…');
    expect(briefing.sources).toEqual([{ id: 'pasted', title: briefing.title, path: 'pasted.txt' }]);
    expect(briefing.quotes.map((q: { text: string }) => q.text)).toEqual(['It is stronger than before']);
  });

  it('names each article the core left out, with the folder as typed, and briefs the rest', () => {
    const dir = tempFiles({});
    const story = join(dir, 'pier');
    mkdirSync(story);
    writeFileSync(join(story, 'pasted.txt'), pasted);
    writeFileSync(join(story, 'headline.txt'), 'Harbour pier reopens after repairs\n');
    writeFileSync(join(story, 'empty.txt'), '');
    const { code, stdout, stderr } = newsbrief(['build', './pier/', '--format', 'json'], '', dir);
    expect(stderr).toBe('newsbrief: skipped ./pier/empty.txt: the file is empty\nnewsbrief: skipped ./pier/headline.txt: no body text after removing boilerplate\n');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).sources.map((s: { id: string }) => s.id)).toEqual(['pasted']);
  });

  it('exits 1 with a clear message when nothing is left to brief, for build and quotes', () => {
    const dir = tempFiles({ 'headline.txt': 'Harbour pier reopens after repairs\n', 'promo.txt': 'Watch live: the pier reopens\nYou might also like\nTen things to know about piers\n' });
    const skipped = 'newsbrief: skipped headline.txt: no body text after removing boilerplate\nnewsbrief: skipped promo.txt: no body text after removing boilerplate\n';
    expect(newsbrief(['build', 'headline.txt', 'promo.txt'], '', dir)).toEqual({ code: 1, stdout: '', stderr: `${skipped}newsbrief: nothing left to brief: all 2 articles were skipped\n` });
    expect(newsbrief(['quotes', 'headline.txt'], '', dir)).toEqual({
      code: 1,
      stdout: '',
      stderr: 'newsbrief: skipped headline.txt: no body text after removing boilerplate\nnewsbrief: nothing left to brief: the only article was skipped\n',
    });
  });

  it('shows a file path as typed, not resolved', () => {
    const dir = tempFiles({ 'good.txt': 'Council approves the harbour budget\nThe council approved the budget on Tuesday.\n', 'headline.txt': 'Harbour pier reopens after repairs\n' });
    const { code, stderr } = newsbrief(['build', join(dir, 'good.txt'), join(dir, 'headline.txt'), 'missing.txt']);
    expect(code).toBe(0);
    expect(stderr).toBe(`newsbrief: skipped missing.txt: no such file\nnewsbrief: skipped ${join(dir, 'headline.txt')}: no body text after removing boilerplate\n`);
  });

  it('refuses --points outside 3–7 with exit 2, naming the range and what was given', () => {
    // Every value is checked in args.test.ts; here, that the refusal reaches the user as exit 2.
    for (const points of ['99']) {
      expect(newsbrief(['build', 'briefings/zuckerberg-eu-parliament', `--points=${points}`])).toEqual({
        code: 2,
        stdout: '',
        stderr: `newsbrief: --points must be a whole number from 3 to 7 (got "${points}")\n`,
      });
    }
    const { code, stdout } = newsbrief(['build', 'briefings/zuckerberg-eu-parliament', '--format', 'json', '--points', '7']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).keyPoints).toHaveLength(7);
  }, 40_000);
});

describe('newsbrief start without tokens (the shell adapter)', () => {
  it('answers /briefing help from stdin and exits 0 on EOF', () => {
    const { code, stdout } = newsbrief(['start'], '/briefing help\n');
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'newsbrief commands',
        '  /briefing [story | url] [public] | help: Key points, figures and quotes of a story, with their sources',
        '  /quotes [speaker] [story] [public]: Who said what in a story, as quote cards',
        '  /zuckerberg-quotes [story] [public]: What Mark Zuckerberg said, across every source',
        '  Add “public” to post the answer in the channel for everyone.',
        '',
        '',
      ].join('\n'),
    );
  });

  it('answers an unknown command with usage and keeps reading', () => {
    const { code, stdout } = newsbrief(['start'], '/nope\n/help\n');
    expect(code).toBe(0);
    expect(stdout.match(/^(Unknown command \/nope\. Usage:|newsbrief commands)$/gm)).toEqual(['Unknown command /nope. Usage:', 'newsbrief commands']);
  });

  it('prints usage and exits 2 for an unknown subcommand', () => {
    const { code, stderr } = newsbrief(['frobnicate']);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe('newsbrief: unknown command "frobnicate".');
  });
});

describe('newsbrief build <url>', () => {
  const page = `<!doctype html><html><head><title>Harbour reopens | Coast Daily</title><meta property="og:site_name" content="Coast Daily"></head>
<body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav><article><h1>Harbour reopens after the storm</h1>
<p>The northern harbour reopened on Thursday after a storm closed it for three days, the port authority said.</p>
<p>About 300 ships waited at anchor while the wind blew, and 4,000 dock workers were sent home.</p>
<p>“We are open again and the queue will be gone by Sunday,” said Ana Lima, the harbour master.</p>
<p>Fishing crews said the closure cost them a week of catches, and the regional government promised 20 million euros in aid.</p>
</article><footer>© Coast Daily</footer></body></html>`;

  async function withServer<T>(run: (url: string) => Promise<T>): Promise<T> {
    const { createServer } = await import('node:http');
    const server = createServer((req, res) => {
      if (req.url === '/robots.txt') return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      return await run(`http://127.0.0.1:${(server.address() as { port: number }).port}/news/harbour`);
    } finally {
      server.close();
    }
  }

  function asyncNewsbrief(args: string[], extraEnv: Record<string, string>) {
    return import('node:child_process').then(
      ({ execFile }) =>
        new Promise<{ code: number; stdout: string; stderr: string }>((resolvePromise) => {
          execFile(process.execPath, [bin, ...args], { cwd: root, env: { PATH: env.PATH, HOME: env.HOME, ...extraEnv } }, (error, stdout, stderr) =>
            resolvePromise({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
          );
        }),
    );
  }

  it('refuses a loopback address by default, in one line', async () => {
    await withServer(async (url) => {
      const result = await asyncNewsbrief(['build', url], {});
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(new RegExp(`^newsbrief: ${url.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: .+\\n$`));
    });
  });

  it('says an empty page has no article text, in one line with the bad-input exit code', async () => {
    const config = tempFiles({ 'commands.yaml': 'aliases: []\n', 'feeds.yaml': 'fetch:\n  allowAddresses: ["127.0.0.1"]\n' });
    const server = await startWebServer({ '/empty': serve(readFileSync(join(root, 'tests/fixtures/web/pages/empty.html')), 'text/html') });
    try {
      const result = await asyncNewsbrief(['build', server.url('/empty')], { NEWSBRIEF_CONFIG_DIR: config });
      expect([result.code, result.stdout, result.stderr]).toEqual([1, '', `newsbrief: no article text at ${server.url('/empty')}\n`]);
    } finally {
      await server.close();
    }
  });

  it('briefs an article page when config allows the address', async () => {
    const config = tempFiles({
      'commands.yaml': 'aliases: []\n',
      'feeds.yaml': 'fetch:\n  allowAddresses: ["127.0.0.1"]\n  robots: false\n',
    });
    await withServer(async (url) => {
      const result = await asyncNewsbrief(['build', url, '--format', 'json'], { NEWSBRIEF_CONFIG_DIR: config });
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const briefing = JSON.parse(result.stdout);
      expect(briefing.title).toBe('Harbour reopens after the storm');
      expect(briefing.sources).toHaveLength(1);
      expect(briefing.sources[0]).toMatchObject({ publisher: 'Coast Daily', url });
      expect(briefing.quotes).toEqual([
        { text: 'We are open again and the queue will be gone by Sunday', speaker: expect.objectContaining({ name: 'Ana Lima' }), sources: [briefing.sources[0].id], fragment: false },
      ]);
    });
  });
});
