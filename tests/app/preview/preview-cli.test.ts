import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePort } from '../../../src/cli/preview.js';
import { FERRY_STORY, tempProject } from './preview-fixture.js';

const root = resolve(import.meta.dirname, '../../..');
const bin = join(root, 'bin/newsbrief.js');

/** A port that was free a moment ago on 127.0.0.1 (the CLI refuses port 0, so the test picks one). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

describe('newsbrief preview', () => {
  it('takes --port from 1 to 65535, default 4000', () => {
    expect(parsePort(undefined)).toBe(4000);
    expect(parsePort('8080')).toBe(8080);
    for (const bad of ['0', '65536', 'abc', '80.5', '-1']) {
      expect(() => parsePort(bad)).toThrow(`--port must be a whole number from 1 to 65535 (got "${bad}")`);
    }
  });

  it('refuses a bad port in one line with exit code 2', () => {
    const result = spawnSync(process.execPath, [bin, 'preview', '--port', 'abc'], { cwd: root, env: { PATH: process.env.PATH ?? '' }, encoding: 'utf8', timeout: 30_000 });
    expect([result.status, result.stdout, result.stderr]).toEqual([2, '', 'newsbrief: --port must be a whole number from 1 to 65535 (got "abc")\n']);
  });

  it('explains itself on --help', () => {
    const result = spawnSync(process.execPath, [bin, 'preview', '--help'], { cwd: root, env: { PATH: process.env.PATH ?? '' }, encoding: 'utf8', timeout: 30_000 });
    expect([result.status, result.stdout.split('\n')[0], result.stderr]).toEqual([0, 'Usage: newsbrief preview [--port N]', '']);
  });

  it('prints its address, serves the stories of the folder it runs in and stops on SIGTERM', async () => {
    const project = tempProject({ 'night-ferry': FERRY_STORY });
    const port = await freePort();
    const child = spawn(process.execPath, [bin, 'preview', '--port', String(port)], { cwd: project.root, env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn' } });
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    try {
      const firstLine = await new Promise<string>((done, fail) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString('utf8');
          if (out.includes('\n')) done(out);
        });
        child.on('exit', () => fail(new Error(`preview exited early: ${out}`)));
      });
      expect(firstLine).toBe(`newsbrief preview: http://127.0.0.1:${port}/ (Ctrl-C to stop)\n`);
      const index = await (await fetch(`http://127.0.0.1:${port}/`)).text();
      expect(index).toContain('<a href="/story/night-ferry">Island council votes to keep the night ferry</a>');
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  }, 40_000);
});
