import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/database.js';
import { SqliteSubscriptionStore } from '../../src/store/sqlite-subscriptions.js';

const SCRIPT = fileURLToPath(new URL('./fixtures/add-within-limits-process.ts', import.meta.url));

let dir: string | undefined;
const children: ChildProcessWithoutNullStreams[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill();
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** Resolves with each stdout line of the child, one at a time. */
function lineReader(child: ChildProcessWithoutNullStreams): () => Promise<string> {
  const iterator = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  return async () => {
    const next = await iterator.next();
    if (next.done) throw new Error(`the process ended early: ${child.stderr.read() ?? ''}`);
    return next.value as string;
  };
}

describe('SqliteSubscriptionStore, several processes on one file', () => {
  it('holds a channel at its limit while four processes add into it as fast as they can', async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsbrief-processes-'));
    const path = join(dir, 'news.db');
    const started = ['A', 'B', 'C', 'D'].map((name) => {
      const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, path, '40', '60', name], { stdio: ['pipe', 'pipe', 'pipe'] });
      children.push(child);
      return { child, line: lineReader(child) };
    });
    for (const { line } of started) expect(await line()).toBe('ready');
    for (const { child } of started) child.stdin.write('go\n');
    const results = await Promise.all(started.map(async ({ line }) => JSON.parse(await line()) as { added: number; refused: number }));
    expect(results.reduce((sum, r) => sum + r.added, 0)).toBe(60);
    expect(results.reduce((sum, r) => sum + r.refused, 0)).toBe(100);
    const db = openDatabase(path);
    try {
      expect(await new SqliteSubscriptionStore(db).listForChannel({ platform: 'slack', channelId: 'C0CROWDED' })).toHaveLength(60);
    } finally {
      db.close();
    }
  }, 60_000);
});
