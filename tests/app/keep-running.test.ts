import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SCRIPT = fileURLToPath(new URL('./fixtures/unhandled-rejection.ts', import.meta.url));

describe('logUnhandledRejections', () => {
  it('logs a rejection nobody handled, and the process goes on (Node alone would exit 1)', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', SCRIPT], { encoding: 'utf8', timeout: 30_000 });
    expect([result.status, result.stdout]).toEqual([0, 'still running\n']);
    const [line] = result.stderr.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { msg: string; err: { message: string } });
    expect([line!.msg, line!.err.message]).toEqual(['unhandled rejection: logged, the bot keeps running', 'a library rejected a promise nobody awaited']);
  });
});
