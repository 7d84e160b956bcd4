import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdirSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { useServeFixture } from './serve-fixture.js';

const BIN = fileURLToPath(new URL('../../bin/newsbrief.js', import.meta.url));

/** The parent's environment without any platform variables, so a developer's tokens never leak in. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^(SLACK_|DISCORD_|PORT$|DATABASE_PATH$|NEWSBRIEF_)/.test(key)) env[key] = value;
  return { ...env, ...extra };
}

describe('newsbrief serve (the CLI, as a process)', { timeout: 60_000 }, () => {
  const fixture = useServeFixture({ database: 'closed' });
  beforeEach(() => {
    const { tmp } = fixture;
    mkdirSync(join(tmp.dir, 'config'));
    mkdirSync(join(tmp.dir, 'briefings'));
    writeFileSync(join(tmp.dir, 'config', 'commands.yaml'), 'aliases: []\n');
  });

  const base = (): Record<string, string> => ({ NEWSBRIEF_CONFIG_DIR: join(fixture.tmp.dir, 'config'), NEWSBRIEF_BRIEFINGS_DIR: join(fixture.tmp.dir, 'briefings'), DATABASE_PATH: fixture.tmp.path });

  it('refuses to start without a platform, naming the variables to set (exit 1)', async () => {
    const child = spawn(process.execPath, [BIN, 'serve'], { cwd: fixture.tmp.dir, env: cleanEnv(base()), stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toContain('newsbrief serve: no chat platform is configured, so there is nothing to serve. Set one of:');
    expect(stderr).toContain('Slack (Socket Mode): SLACK_BOT_TOKEN and SLACK_APP_TOKEN');
  });

  async function runToExit(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
    const child = spawn(process.execPath, [BIN, 'serve'], { cwd: fixture.tmp.dir, env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    return { code, stderr };
  }

  it('refuses a DATABASE_PATH under /proc at once, saying which setting and why, without a stack trace (exit 1)', async () => {
    const result = await runToExit({ ...base(), DATABASE_PATH: '/proc/self/newsbrief.db', SLACK_BOT_TOKEN: 'xoxb-test', SLACK_APP_TOKEN: 'xapp-test', SLACK_API_URL: fixture.slack.apiUrl });
    expect(result).toEqual({
      code: 1,
      stderr:
        'newsbrief: environment: DATABASE_PATH: /proc/self/newsbrief.db is under /proc, a kernel file system that cannot hold a database; set DATABASE_PATH to a file on a local disk (default data/newsbrief.db)\n',
    });
  });

  it('a port already in use stops serve with one line naming PORT, not a stack trace (exit 1)', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const result = await runToExit({ ...base(), SLACK_BOT_TOKEN: 'xoxb-test', SLACK_APP_TOKEN: 'xapp-test', SLACK_API_URL: fixture.slack.apiUrl, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'silent' });
      expect(result).toEqual({ code: 1, stderr: `newsbrief serve: PORT: ${port} is already in use on 127.0.0.1; stop what listens there or set PORT to a free port\n` });
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it('a corrupt database does not stop serve: one error line names the path and DATABASE_PATH, and it keeps serving', async () => {
    writeFileSync(fixture.tmp.path, randomBytes(8192));
    const env = cleanEnv({ ...base(), SLACK_BOT_TOKEN: 'xoxb-test', SLACK_APP_TOKEN: 'xapp-test', SLACK_API_URL: fixture.slack.apiUrl, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info' });
    const child = spawn(process.execPath, [BIN, 'serve'], { cwd: fixture.tmp.dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: { level: number; msg: string; port?: number; path?: string }[] = [];
    let buffered = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const serving = await new Promise<{ port?: number }>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        buffered += d.toString();
        const parts = buffered.split('\n');
        buffered = parts.pop()!;
        for (const part of parts) if (part.trim()) lines.push(JSON.parse(part));
        const line = lines.find((l) => l.msg === 'newsbrief is serving');
        if (line) resolve(line);
      });
      void exited.then(() => reject(new Error(`serve exited early: ${stderr}`)));
    });
    const health = (await (await fetch(`http://127.0.0.1:${serving.port}/healthz`)).json()) as { status: string; database: unknown };
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    const why = `DATABASE_PATH: cannot use the database ${fixture.tmp.path}: file is not a database: the file is not a SQLite database or is damaged; move it aside (a new one is created) or restore a backup`;
    expect(health).toMatchObject({ status: 'ok', database: { state: 'unavailable', error: why } });
    expect(lines.filter((l) => l.level >= 50).map((l) => [l.path, l.msg])).toEqual([
      [fixture.tmp.path, `database unavailable: ${why}. Slash commands are still answered; scheduled posts and live feeds wait for it`],
    ]);
    expect(stderr).toBe('');
  });

  it('serves /healthz, then on SIGTERM stops cleanly and exits 0', async () => {
    const env = cleanEnv({ ...base(), SLACK_BOT_TOKEN: 'xoxb-test', SLACK_APP_TOKEN: 'xapp-test', SLACK_API_URL: fixture.slack.apiUrl, PORT: '0', LOG_LEVEL: 'info' });
    const child = spawn(process.execPath, [BIN, 'serve'], { cwd: fixture.tmp.dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: { msg?: string; port?: number; signal?: string }[] = [];
    let buffered = '';
    let onLine: (() => void) | undefined;
    child.stdout.on('data', (d: Buffer) => {
      buffered += d.toString();
      const parts = buffered.split('\n');
      buffered = parts.pop()!;
      for (const part of parts) if (part.trim()) lines.push(JSON.parse(part));
      onLine?.();
    });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    const serving = await new Promise<{ port?: number }>((resolve, reject) => {
      onLine = () => {
        const line = lines.find((l) => l.msg === 'newsbrief is serving');
        if (line) resolve(line);
      };
      void exited.then(() => reject(new Error(`serve exited early: ${JSON.stringify(lines)}`)));
    });
    expect(serving.port).toBeGreaterThan(0);
    const health = await fetch(`http://127.0.0.1:${serving.port}/healthz`);
    expect(await health.json()).toEqual({ status: 'ok', database: { state: 'ok' }, adapters: [{ platform: 'slack', state: 'connected' }], schedules: [] });

    child.kill('SIGTERM');
    expect(await exited).toEqual({ code: 0, signal: null });
    expect(lines.map((l) => l.msg)).toEqual(expect.arrayContaining(['shutting down: no new work; finishing in-flight deliveries', 'stopped']));
    expect(lines.find((l) => l.msg?.startsWith('shutting down'))?.signal).toBe('SIGTERM');
  });
});
