import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

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
    expect(newsbrief(['build', join(dir, 'empty.txt')], '', dir)).toEqual({ code: 1, stdout: '', stderr: 'newsbrief: empty.txt: the file is empty\n' });
    expect(newsbrief(['build', dir])).toMatchObject({ code: 1, stdout: '', stderr: `newsbrief: ${dir}: no readable articles (empty.txt: the file is empty; photo.txt: looks like a binary file, not text)\n` });
    expect(newsbrief(['build', 'briefings/zuckerberg-eu-parliament', '--format', 'pdf'])).toEqual({ code: 2, stdout: '', stderr: 'newsbrief: --format must be json, md or text (got "pdf")\n' });
  });

  it('skips an unreadable file among good ones with a warning and briefs the rest', () => {
    const dir = tempFiles({ 'good.txt': 'Council approves the harbour budget\nThe council approved the budget on Tuesday.\n', 'empty.txt': '' });
    const { code, stdout, stderr } = newsbrief(['build', 'good.txt', 'empty.txt', '--format', 'text'], '', dir);
    expect(code).toBe(0);
    expect(stderr).toBe('newsbrief: skipped empty.txt: the file is empty\n');
    expect(stdout.split('\n')[0]).toBe('Council approves the harbour budget');
  });
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
