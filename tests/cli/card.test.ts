import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin/newsbrief.js');
const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'warn' };

function newsbrief(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, env, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('newsbrief card', () => {
  it('writes one landscape PNG per quote, fragments included, named <n>-<speaker>.png, and prints the paths', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'newsbrief-cards-')), 'cards');
    const { code, stdout, stderr } = newsbrief(['card', 'briefings/zuckerberg-eu-parliament', '--out', out]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const names = ['01-mark-zuckerberg', '02-mark-zuckerberg', '03-facebook', '04-mark-zuckerberg', '05-mark-zuckerberg', '06-mark-zuckerberg', '07-mark-zuckerberg', '08-mark-zuckerberg', '09-damian-collins', '10-damian-collins'];
    expect(stdout).toBe(names.map((n) => `${join(out, n)}.png\n`).join(''));
    expect(readdirSync(out).sort()).toEqual(names.map((n) => `${n}.png`));
    const png = PNG.sync.read(readFileSync(join(out, '03-facebook.png')));
    expect([png.width, png.height]).toEqual([1200, 675]);
  }, 60_000);

  it('draws square cards of one speaker with --speaker and --size square', () => {
    const out = mkdtempSync(join(tmpdir(), 'newsbrief-cards-'));
    const { code, stdout } = newsbrief(['card', 'briefings/zuckerberg-eu-parliament', '--speaker', 'collins', '--size', 'square', '--out', out]);
    expect(code).toBe(0);
    expect(stdout).toBe(`${join(out, '01-damian-collins.png')}\n${join(out, '02-damian-collins.png')}\n`);
    const png = PNG.sync.read(readFileSync(join(out, '02-damian-collins.png')));
    expect([png.width, png.height]).toEqual([1080, 1080]);
  }, 60_000);

  it('says in one line what is wrong with the arguments', () => {
    const out = mkdtempSync(join(tmpdir(), 'newsbrief-cards-'));
    expect(newsbrief(['card', 'briefings/zuckerberg-eu-parliament'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'newsbrief: name the folder to write the cards to (--out DIR)\nUsage: newsbrief card <story-folder|files…|url> [--speaker NAME] [--size landscape|square] --out DIR\n',
    });
    expect(newsbrief(['card', 'briefings/zuckerberg-eu-parliament', '--size', 'big', '--out', out])).toEqual({ code: 2, stdout: '', stderr: 'newsbrief: --size must be landscape or square (got "big")\n' });
    expect(newsbrief(['card', 'briefings/zuckerberg-eu-parliament', '--speaker', 'Nobody', '--out', out])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'newsbrief: no quotes from "Nobody" (quoted: Mark Zuckerberg, Damian Collins, Facebook)\n',
    });
    expect(readdirSync(out)).toEqual([]);
  }, 60_000);
});
