import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { subscriptionsWithReload } from '../../src/app/subscriptions-with-reload.js';
import type { NewSubscription } from '../../src/contracts/stores.js';
import { openDatabase, type Db } from '../../src/store/database.js';
import { SqliteSubscriptionStore } from '../../src/store/sqlite-subscriptions.js';

const top: NewSubscription = {
  channel: { platform: 'slack', channelId: 'C0NEWS' },
  scope: 'T0TEAM',
  what: { kind: 'top', count: 3 },
  whatText: 'top',
  when: { text: 'daily 08:00', cron: '0 8 * * *' },
  timezone: 'UTC',
  createdBy: 'U0ADMIN',
  createdAt: '2026-03-02T09:00:00.000Z',
};

let dir: string | undefined;
let db: Db | undefined;
afterEach(() => {
  db?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  db = dir = undefined;
});

describe('subscriptionsWithReload', () => {
  it('asks the scheduler for a pass after an add within the limits, not after a refused one', async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsbrief-reload-'));
    db = openDatabase(join(dir, 'news.db'));
    let passes = 0;
    const store = subscriptionsWithReload(new SqliteSubscriptionStore(db), () => void passes++);
    const limits = { perChannel: 1, feedsPerScope: 5 };
    expect(await store.addWithinLimits(top, limits)).toMatchObject({ added: { id: '1' } });
    expect(passes).toBe(1);
    expect(await store.addWithinLimits(top, limits)).toEqual({ refused: { limit: 'per-channel', count: 1, max: 1 } });
    expect(await store.limitReached(top, limits)).toEqual({ limit: 'per-channel', count: 1, max: 1 });
    expect(passes).toBe(1);
  });
});
