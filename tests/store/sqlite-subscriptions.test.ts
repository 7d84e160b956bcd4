import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewSubscription } from '../../src/contracts/stores.js';
import { openDatabase, type Db } from '../../src/store/database.js';
import { SqliteSubscriptionStore } from '../../src/store/sqlite-subscriptions.js';

let dir: string;
let db: Db;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-subscriptions-'));
  db = openDatabase(join(dir, 'news.db'));
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const morning: NewSubscription = {
  channel: { platform: 'slack', channelId: 'C0HARBOUR' },
  scope: 'T0PORT',
  what: { kind: 'story', story: 'harbour-bridge' },
  whatText: 'harbour-bridge',
  when: { text: 'weekdays 07:30', cron: '30 7 * * 1-5' },
  timezone: 'Europe/Lisbon',
  createdBy: 'U0ADMIN',
  createdAt: '2026-11-23T09:00:00.000Z',
};

const speaker: NewSubscription = {
  channel: { platform: 'discord', channelId: '222333444555666777' },
  scope: '111222333444555666',
  what: { kind: 'speaker', speaker: 'Aiko Brandt' },
  whatText: 'speaker:"Aiko Brandt"',
  keywords: { include: ['ferry', 'tolls'], exclude: ['opinion'] },
  when: { text: 'every 2h', cron: '0 */2 * * *' },
  timezone: 'UTC',
  createdBy: '999888777666555444',
  createdAt: '2026-11-23T10:00:00.000Z',
};

describe('SqliteSubscriptionStore', () => {
  it('gives ids in order and reads back exactly what was added', async () => {
    const store = new SqliteSubscriptionStore(db);
    expect(await store.add(morning)).toEqual({ ...morning, id: '1', paused: false });
    expect(await store.add(speaker)).toEqual({ ...speaker, id: '2', paused: false });
    expect(await store.get('2')).toEqual({ ...speaker, id: '2', paused: false });
    expect((await store.listAll()).map((s) => s.id)).toEqual(['1', '2']);
  });

  it('lists one channel, one scope', async () => {
    const store = new SqliteSubscriptionStore(db);
    await store.add(morning);
    await store.add(speaker);
    await store.add({ ...morning, channel: { platform: 'slack', channelId: 'C0OTHER' }, createdAt: '2026-11-23T11:00:00.000Z' });
    expect((await store.listForChannel({ platform: 'slack', channelId: 'C0HARBOUR' })).map((s) => s.id)).toEqual(['1']);
    // The same channel id on another platform is another channel.
    expect(await store.listForChannel({ platform: 'discord', channelId: 'C0HARBOUR' })).toEqual([]);
    expect((await store.listForScope('T0PORT')).map((s) => s.id)).toEqual(['1', '3']);
  });

  it('pauses with a reason, resumes without it', async () => {
    const store = new SqliteSubscriptionStore(db);
    await store.add(morning);
    expect(await store.setPaused('1', true, 'channel_not_found')).toBe(true);
    expect(await store.get('1')).toMatchObject({ paused: true, pausedReason: 'channel_not_found' });
    expect(await store.setPaused('1', false)).toBe(true);
    expect(await store.get('1')).toEqual({ ...morning, id: '1', paused: false });
    expect(await store.setPaused('7', true)).toBe(false);
  });

  it('removes, and never gives a removed id to a new subscription', async () => {
    const store = new SqliteSubscriptionStore(db);
    await store.add(morning);
    await store.add(speaker);
    expect(await store.remove('2')).toBe(true);
    expect(await store.remove('2')).toBe(false);
    expect((await store.add(speaker)).id).toBe('3');
  });

  it('treats what a user typed that is not an id as no subscription', async () => {
    const store = new SqliteSubscriptionStore(db);
    await store.add(morning);
    for (const typed of ['', '0', '-1', '1.0', '1; DROP TABLE subscriptions', 'abc', '01']) {
      expect(await store.get(typed)).toBeUndefined();
      expect(await store.remove(typed)).toBe(false);
    }
    expect(await store.get(' 1 ')).toMatchObject({ id: '1' });
    expect((await store.listAll()).length).toBe(1);
  });

  it('survives a reopen of the file', async () => {
    await new SqliteSubscriptionStore(db).add(morning);
    db.close();
    db = openDatabase(join(dir, 'news.db'));
    expect(await new SqliteSubscriptionStore(db).listAll()).toEqual([{ ...morning, id: '1', paused: false }]);
  });
});
