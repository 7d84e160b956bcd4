import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReplayGuard } from '../../../src/adapters/http/replay-guard.js';
import type { SeenRequestStore } from '../../../src/contracts/stores.js';
import { openDatabase, type Db } from '../../../src/store/database.js';
import { SqliteSeenRequestStore } from '../../../src/store/sqlite-seen-requests.js';

const T = 1_790_000_000;

describe('ReplayGuard', () => {
  it('accepts signed content once; the same body at another timestamp is another request', async () => {
    const guard = new ReplayGuard(300);
    expect(await guard.firstSightAnywhere(String(T), Buffer.from('a=1'), T)).toBe(true);
    expect(await guard.firstSightAnywhere(String(T), Buffer.from('a=1'), T + 10)).toBe(false);
    expect(await guard.firstSightAnywhere(String(T + 1), Buffer.from('a=1'), T + 10)).toBe(true);
    expect(await guard.firstSightAnywhere(String(T), Buffer.from('a=2'), T + 10)).toBe(true);
  });

  it('forgets entries once their timestamp is past the window, so memory holds one window of requests', async () => {
    const guard = new ReplayGuard(300);
    for (let i = 0; i < 100; i++) await guard.firstSightAnywhere(String(T + i), Buffer.from(`n=${i}`), T + i);
    expect(guard.size).toBe(100);
    await guard.firstSightAnywhere(String(T + 350), Buffer.from('late'), T + 350);
    // Entries stamped T..T+49 expired (stamp + 300 < T+350); T+50..T+99 and the new one stay.
    expect(guard.size).toBe(51);
    await guard.firstSightAnywhere(String(T + 1000), Buffer.from('later'), T + 1000);
    expect(guard.size).toBe(1);
  });
});

describe('ReplayGuard shared through the database (two instances, one real SQLite file)', () => {
  let dir: string;
  const handles: Db[] = [];
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsbrief-replays-'));
  });
  afterEach(() => {
    for (const db of handles.splice(0)) db.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const instance = (scope = 'slack'): ReplayGuard => {
    const db = openDatabase(join(dir, 'news.db'));
    handles.push(db);
    const store = new SqliteSeenRequestStore(db);
    return new ReplayGuard(300, { scope, store: () => store });
  };

  it('a request one instance received is refused by the other; another platform or timestamp is another request', async () => {
    const a = instance();
    const b = instance();
    expect(await a.firstSightAnywhere(String(T), Buffer.from('a=1'), T)).toBe(true);
    expect(await b.firstSightAnywhere(String(T), Buffer.from('a=1'), T + 5)).toBe(false);
    expect(await a.firstSightAnywhere(String(T), Buffer.from('a=1'), T + 6)).toBe(false);
    expect(await b.firstSightAnywhere(String(T + 1), Buffer.from('a=1'), T + 6)).toBe(true);
    expect(await instance('discord').firstSightAnywhere(String(T), Buffer.from('a=1'), T + 7)).toBe(true);
  });

  it('a database that fails or does not answer in time lets the request through on this process\'s memory, and says so', async () => {
    const heard: string[] = [];
    const failing: SeenRequestStore = { firstSight: async () => Promise.reject(new Error('database unavailable: disk I/O error')) };
    const silent: SeenRequestStore = { firstSight: () => new Promise<boolean>(() => undefined) };
    const onUnavailable = (error: unknown): void => void heard.push((error as Error).message);
    const broken = new ReplayGuard(300, { scope: 'slack', store: () => failing, onUnavailable });
    expect(await broken.firstSightAnywhere(String(T), Buffer.from('a=1'), T)).toBe(true);
    expect(await broken.firstSightAnywhere(String(T), Buffer.from('a=1'), T + 1)).toBe(false);
    const slow = new ReplayGuard(300, { scope: 'slack', store: () => silent, deadlineMs: 20, onUnavailable });
    expect(await slow.firstSightAnywhere(String(T), Buffer.from('a=1'), T)).toBe(true);
    expect(heard).toEqual(['database unavailable: disk I/O error', 'the database did not answer in time']);
  });
});
