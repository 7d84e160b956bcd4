import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewSubscription } from '../../src/contracts/stores.js';
import { silentLogger } from '../../src/logging/logger.js';
import { Scheduler } from '../../src/schedule/scheduler.js';
import type { ScheduleConfig } from '../../src/contracts/schedule.js';
import type { StoryEntry } from '../../src/stories/library.js';
import { openDatabase, type Db } from '../../src/store/database.js';
import { DeliveryLog } from '../../src/store/delivery-log.js';
import { SqliteSubscriptionStore } from '../../src/store/sqlite-subscriptions.js';
import { startSlackStandIn, type SlackStandIn } from '../stand-ins/slack-api.js';
import { briefing, commandContext, FakeClock, keepSlackChannel, slackPoster, story, tempDb, type PostedSlackMessage, type TempDb } from './helpers.js';

// 08:00 Brussels on Monday 23 November 2026 is 07:00 UTC.
const SLOT = '2026-11-23T07:00:00.000Z';
const NEXT_DAY = '2026-11-24T07:00:00.000Z';

function subscription(fields: Partial<NewSubscription> = {}): NewSubscription {
  return {
    channel: { platform: 'slack', channelId: 'C0NEWS' },
    scope: 'T0TEAM',
    what: { kind: 'story', story: 'inquiry' },
    whatText: 'inquiry',
    when: { text: 'daily 08:00', cron: '0 8 * * *' },
    timezone: 'Europe/Brussels',
    createdBy: 'U0ADMIN',
    createdAt: '2026-11-23T06:30:00.000Z',
    ...fields,
  };
}

describe('Subscriptions delivered by the scheduler (real SQLite file, real Slack poster, Slack stand-in)', () => {
  let slack: SlackStandIn;
  let tmp: TempDb;
  let channel: PostedSlackMessage[];
  let store: SqliteSubscriptionStore;
  const extraDbs: Db[] = [];

  beforeEach(async () => {
    slack = await startSlackStandIn();
    channel = keepSlackChannel(slack);
    tmp = tempDb();
    store = new SqliteSubscriptionStore(tmp.db);
  });
  afterEach(async () => {
    await slack.close();
    for (const db of extraDbs.splice(0)) db.close();
    tmp.cleanup();
  });

  function scheduler(clock: FakeClock, options: { entries?: StoryEntry[]; schedules?: ScheduleConfig[]; db?: Db } = {}): Scheduler {
    const db = options.db ?? tmp.db;
    return new Scheduler({
      schedules: options.schedules ?? [],
      defaultAdmin: { platform: 'slack', channel: 'C0ADMIN' },
      posters: { slack: slackPoster(slack) },
      context: commandContext(options.entries),
      log: new DeliveryLog(db),
      subscriptions: new SqliteSubscriptionStore(db),
      logger: silentLogger(),
      clock,
      random: () => 0.5,
      owner: 'test',
    });
  }

  /** A second connection to the same file, as a restarted process opens it. */
  function reopen(): Db {
    const db = openDatabase(tmp.path);
    extraDbs.push(db);
    return db;
  }

  it('fires once at its time, and a new scheduler on the same file does not repeat it', async () => {
    const sub = await store.add(subscription());
    const clock = new FakeClock('2026-11-23T06:59:00Z');
    const first = scheduler(clock);
    await first.tick();
    expect(channel).toEqual([]);
    clock.set(SLOT);
    await Promise.all([first.tick(), first.tick()]);
    clock.set('2026-11-23T07:00:40Z');
    const restarted = scheduler(clock, { db: reopen() });
    await restarted.tick();
    expect(channel.map((m) => [m.channel, m.metadata?.event_payload?.slot])).toEqual([['C0NEWS', `sub:${sub.id}@${SLOT}`]]);
    expect(channel[0]!.text).toBe('Inquiry opened\n• Regulators opened an inquiry.');
    const log = new DeliveryLog(tmp.db);
    expect((await log.list(`sub:${sub.id}`)).map((r) => [r.slot, r.status, r.late])).toEqual([[SLOT, 'posted', false]]);
    // The next morning the story has not changed: a story subscription skips the same briefing.
    clock.set(NEXT_DAY);
    await restarted.tick();
    expect(channel).toHaveLength(1);
    expect((await log.list(`sub:${sub.id}`)).map((r) => [r.slot, r.status, r.error])).toEqual([
      [SLOT, 'posted', null],
      [NEXT_DAY, 'skipped', 'unchanged since the last post (when_unchanged: skip-unchanged)'],
    ]);
  });

  it('runs from its creation: a slot it was made before is posted even when first seen after it; one made after is not caught up', async () => {
    const clock = new FakeClock('2026-11-23T06:59:00Z');
    const s = scheduler(clock);
    await s.tick();
    const before = await store.add(subscription({ createdAt: '2026-11-23T06:59:40.000Z' }));
    const after = await store.add(subscription({ channel: { platform: 'slack', channelId: 'C0LATE' }, createdAt: '2026-11-23T07:00:10.000Z' }));
    clock.set('2026-11-23T07:00:20Z');
    await s.tick();
    expect(channel.map((m) => [m.channel, m.metadata?.event_payload?.slot])).toEqual([['C0NEWS', `sub:${before.id}@${SLOT}`]]);
    clock.set(NEXT_DAY);
    await s.tick();
    expect(channel.map((m) => [m.channel, m.metadata?.event_payload?.slot])).toEqual([
      ['C0NEWS', `sub:${before.id}@${SLOT}`],
      ['C0LATE', `sub:${after.id}@${NEXT_DAY}`],
    ]);
  });

  it('a pass picks up a subscription added while the scheduler runs, and stops one removed', async () => {
    const clock = new FakeClock('2026-11-23T06:59:00Z');
    const s = scheduler(clock);
    await s.tick();
    expect(s.status()).toEqual([]);
    // Made in chat 30 s before the slot, in another process: the next pass (at most 30 s later) reads it.
    clock.set('2026-11-23T06:59:30Z');
    const sub = await store.add(subscription({ createdAt: '2026-11-23T06:59:30.000Z' }));
    clock.set(SLOT);
    await s.tick();
    expect(channel.map((m) => m.metadata?.event_payload?.slot)).toEqual([`sub:${sub.id}@${SLOT}`]);
    expect(s.status()).toEqual([
      {
        id: `sub:${sub.id}`,
        cron: '0 8 * * *',
        timezone: 'Europe/Brussels',
        target: 'slack:C0NEWS',
        next: NEXT_DAY,
        nextLocal: 'Tue 2026-11-24 08:00 +01:00',
        last: { slot: SLOT, status: 'posted', late: false },
      },
    ]);
    expect(await store.remove(sub.id)).toBe(true);
    clock.set(NEXT_DAY);
    await s.tick();
    expect(channel).toHaveLength(1);
    expect(s.status()).toEqual([]);
  });

  it('reload() makes a new subscription live at once in the running loop', async () => {
    // Real time passes; the clock reads it shifted so that 08:00 Brussels comes about 700 ms after start().
    const offset = Date.parse(SLOT) - 700 - Date.now();
    const clock = { now: () => new Date(Date.now() + offset), sleep: async () => undefined };
    const s = new Scheduler({ schedules: [], posters: { slack: slackPoster(slack) }, context: commandContext(), log: new DeliveryLog(tmp.db), subscriptions: store, logger: silentLogger(), clock, owner: 'loop' });
    s.start();
    // The first pass has run and, with nothing to run, sleeps its full 30 s: only reload() can wake it for 08:00.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const sub = await store.add(subscription({ createdAt: clock.now().toISOString() }));
    await s.reload();
    await slack.waitFor((c) => c.method === 'chat.postMessage');
    await s.stop();
    expect(channel.map((m) => m.metadata?.event_payload?.slot)).toEqual([`sub:${sub.id}@${SLOT}`]);
  });

  it('a paused subscription does not fire; resumed, it fires at its next slot without catching up the paused one', async () => {
    const sub = await store.add(subscription());
    const clock = new FakeClock('2026-11-23T06:59:00Z');
    const s = scheduler(clock);
    await s.tick();
    await store.setPaused(sub.id, true);
    clock.set(SLOT);
    await s.tick();
    expect(s.status()).toMatchObject([{ id: `sub:${sub.id}`, disabled: 'subscription paused: paused by a user' }]);
    clock.set('2026-11-23T07:30:00Z');
    await store.setPaused(sub.id, false);
    await s.tick();
    expect(channel).toEqual([]);
    clock.set(NEXT_DAY);
    await s.tick();
    expect(channel.map((m) => m.metadata?.event_payload?.slot)).toEqual([`sub:${sub.id}@${NEXT_DAY}`]);
    expect((await new DeliveryLog(tmp.db).list(`sub:${sub.id}`)).map((r) => [r.slot, r.status])).toEqual([[NEXT_DAY, 'posted']]);
  });
});
