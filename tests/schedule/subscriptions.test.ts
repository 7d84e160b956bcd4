import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDiscordPoster } from '../../src/adapters/discord/channel-poster.js';
import { createDiscordRest } from '../../src/adapters/discord/rest-client.js';
import type { NewSubscription } from '../../src/contracts/stores.js';
import { silentLogger } from '../../src/logging/logger.js';
import { Scheduler } from '../../src/schedule/scheduler.js';
import type { ScheduleConfig } from '../../src/contracts/schedule.js';
import type { StoryEntry } from '../../src/stories/library.js';
import type { CommandContext } from '../../src/commands/dispatch.js';
import { openDatabase, type Db } from '../../src/store/database.js';
import { DeliveryLog } from '../../src/store/delivery-log.js';
import { SqliteSubscriptionStore } from '../../src/store/sqlite-subscriptions.js';
import { startSlackStandIn, type SlackStandIn } from '../stand-ins/slack-api.js';
import { startDiscordStandIn, type DiscordStandIn } from '../stand-ins/discord-api.js';
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

  function scheduler(clock: FakeClock, options: { entries?: StoryEntry[]; schedules?: ScheduleConfig[]; db?: Db; context?: CommandContext } = {}): Scheduler {
    const db = options.db ?? tmp.db;
    return new Scheduler({
      schedules: options.schedules ?? [],
      defaultAdmin: { platform: 'slack', channel: 'C0ADMIN' },
      posters: { slack: slackPoster(slack) },
      context: options.context ?? commandContext(options.entries),
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

  it('a paused subscription moves its checked-until time once per slot that passes, not at every pass', async () => {
    const sub = await store.add(subscription());
    const log = new DeliveryLog(tmp.db);
    const clock = new FakeClock('2026-11-23T06:59:00Z');
    const s = scheduler(clock);
    await s.tick();
    await store.setPaused(sub.id, true);
    clock.set('2026-11-23T07:00:10Z');
    await s.tick();
    expect(await log.checkedUntil(`sub:${sub.id}`)).toBe('2026-11-23T07:00:10.000Z');
    // Passes with no new slot write nothing.
    clock.set('2026-11-23T07:00:40Z');
    await s.tick();
    clock.set('2026-11-23T09:00:00Z');
    await s.tick();
    expect(await log.checkedUntil(`sub:${sub.id}`)).toBe('2026-11-23T07:00:10.000Z');
    // The next day's slot has passed: once more.
    clock.set('2026-11-24T07:00:05Z');
    await s.tick();
    clock.set('2026-11-24T07:00:35Z');
    await s.tick();
    expect(await log.checkedUntil(`sub:${sub.id}`)).toBe('2026-11-24T07:00:05.000Z');
    expect(channel).toEqual([]);
  });

  const entries = (): StoryEntry[] => [
    story('eu-privacy', 'EU privacy fine', '2026-11-23T06:00:00Z', 'The regulator fined the company over privacy failures.'),
    story('trade-rumour', 'Trade deal rumour', '2026-11-23T05:00:00Z', 'A rumour of a privacy clause in the trade deal spread.'),
    story('volcano', 'Volcano erupts', '2026-11-23T04:00:00Z', 'Flights were cancelled across the region.'),
  ];

  it('keyword filters choose the top stories posted, and a slot with nothing left is skipped with the reason', async () => {
    const wanted = await store.add(subscription({ what: { kind: 'top', count: 3 }, whatText: 'top', keywords: { include: ['privacy'], exclude: ['rumour'] } }));
    const none = await store.add(subscription({ channel: { platform: 'slack', channelId: 'C0NONE' }, what: { kind: 'top', count: 3 }, whatText: 'top', keywords: { include: ['election'] } }));
    const clock = new FakeClock('2026-11-23T06:59:00Z');
    const s = scheduler(clock, { entries: entries() });
    await s.tick();
    clock.set(SLOT);
    await s.tick();
    expect(channel.map((m) => [m.channel, m.text, m.metadata?.event_payload?.slot])).toEqual([
      ['C0NEWS', 'EU privacy fine\n• The regulator fined the company over privacy failures.', `sub:${wanted.id}/eu-privacy@${SLOT}`],
    ]);
    const log = new DeliveryLog(tmp.db);
    expect((await log.list(`sub:${none.id}`)).map((r) => [r.status, r.error])).toEqual([['skipped', 'nothing left after the keyword filter (include "election"): 3 stories did not match']]);
  });

  it("a speaker subscription posts only the speaker's quotes published since the last run that pass the keywords", async () => {
    const quoted = (id: string, title: string, updated: string, quotes: [string, string][]): StoryEntry => {
      const b = briefing(id, title);
      b.quotes = quotes.map(([speaker, text]) => ({ text, speaker: { name: speaker }, sources: ['wire'], fragment: false }));
      return { id, title, briefing: b, updated };
    };
    const library = [
      quoted('old', 'Old hearing', '2026-11-22T05:00:00Z', [['Ann Lee', 'We said this yesterday about privacy']]),
      quoted('hearing', 'Privacy hearing', '2026-11-23T06:10:00Z', [
        ['Ann Lee', 'Privacy is not negotiable'],
        ['Ann Lee', 'We will appeal the fine'],
        ['Bob Stone', 'Privacy matters to everyone'],
      ]),
    ];
    const sub = await store.add(subscription({ what: { kind: 'speaker', speaker: 'Ann Lee' }, whatText: 'speaker:"Ann Lee"', keywords: { include: ['privacy'] }, createdAt: '2026-11-22T12:00:00.000Z' }));
    const clock = new FakeClock('2026-11-23T06:59:00Z');
    const s = scheduler(clock, { entries: library });
    await s.tick();
    clock.set(SLOT);
    await s.tick();
    expect(channel.map((m) => [m.text, m.metadata?.event_payload?.slot])).toEqual([['Quotes from Ann Lee\n“Privacy is not negotiable” (Ann Lee)', `sub:${sub.id}/hearing@${SLOT}`]]);
    clock.set(NEXT_DAY);
    await s.tick();
    expect(channel).toHaveLength(1);
    expect((await new DeliveryLog(tmp.db).list(`sub:${sub.id}`)).map((r) => [r.slot, r.status, r.error])).toEqual([
      [SLOT, 'posted', null],
      [NEXT_DAY, 'skipped', 'nothing new: no quotes from “Ann Lee” published since the last run'],
    ]);
  });

  it("a speaker's quote from an article read just after a run that it predates is posted at the next run; a feed's backlog is not", async () => {
    const read = (id: string, published: string, firstSeen: string, text: string): StoryEntry => {
      const b = briefing(id, id);
      b.sources = [{ id: `${id}-article`, title: id, publisher: 'Wire', published }];
      b.quotes = [{ text, speaker: { name: 'Ann Lee' }, sources: [`${id}-article`], fragment: false }];
      return { id, title: id, briefing: b, updated: published, firstSeen: { [`${id}-article`]: firstSeen } };
    };
    const context = commandContext([]);
    const sub = await store.add(subscription({ what: { kind: 'speaker', speaker: 'Ann Lee' }, whatText: 'speaker:"Ann Lee"', createdAt: '2026-11-22T12:00:00.000Z' }));
    const clock = new FakeClock('2026-11-23T06:59:00Z');
    const s = scheduler(clock, { context });
    await s.tick();
    clock.set(SLOT);
    await s.tick();
    // The feed is polled at 07:04: an article published at 06:58, and an item from last week the feed still carries.
    context.library.upsert(read('vote', '2026-11-23T06:58:00.000Z', '2026-11-23T07:04:00.000Z', 'The vote was fair'));
    context.library.upsert(read('archive', '2026-11-16T09:00:00.000Z', '2026-11-23T07:04:00.000Z', 'Last week we said no'));
    clock.set(NEXT_DAY);
    await s.tick();
    expect(channel.map((m) => [m.text, m.metadata?.event_payload?.slot])).toEqual([['Quotes from Ann Lee\n“The vote was fair” (Ann Lee)', `sub:${sub.id}/vote@${NEXT_DAY}`]]);
    expect((await new DeliveryLog(tmp.db).list(`sub:${sub.id}`)).map((r) => [r.slot, r.item, r.status])).toEqual([
      [SLOT, '', 'skipped'],
      [NEXT_DAY, 'vote', 'posted'],
    ]);
  });

  it("a claim whose process died is posted again with the speaker's new quotes, re-planned, once", async () => {
    const b = briefing('hearing', 'Privacy hearing');
    b.quotes = [{ text: 'Privacy is not negotiable', speaker: { name: 'Ann Lee' }, sources: ['wire'], fragment: false }];
    const library = [{ id: 'hearing', title: 'Privacy hearing', briefing: b, updated: '2026-11-23T06:45:00Z' }];
    const sub = await store.add(subscription({ what: { kind: 'speaker', speaker: 'Ann Lee' }, whatText: 'speaker:"Ann Lee"' }));
    const log = new DeliveryLog(tmp.db);
    await log.setCheckedUntil(`sub:${sub.id}`, new Date(SLOT));
    // A process claimed the slot at 08:00 and died before posting.
    await log.claimSlot(`sub:${sub.id}`, SLOT, [{ item: 'hearing', story: 'hearing', platform: 'slack', channel: 'C0NEWS', contentHash: 'x', late: false }], 'dead', new Date(SLOT), 90_000);
    const clock = new FakeClock('2026-11-23T07:02:00Z');
    const s = scheduler(clock, { entries: library });
    await s.tick();
    await s.tick();
    expect(channel.map((m) => [m.text, m.metadata?.event_payload?.slot])).toEqual([
      ['(Posted late)\nQuotes from Ann Lee\n“Privacy is not negotiable” (Ann Lee)', `sub:${sub.id}/hearing@${SLOT}`],
    ]);
    expect((await log.list(`sub:${sub.id}`)).map((r) => [r.item, r.status, r.late])).toEqual([['hearing', 'posted', true]]);
  });

  it('a channel gone (channel_not_found) pauses the subscription, tells the admin channel once, and is not retried', async () => {
    slack.on('chat.postMessage', (call) => {
      if (call.body['channel'] === 'C0GONE') return { body: { ok: false, error: 'channel_not_found' } };
      channel.push({ ts: `1800000009.00000${channel.length + 1}`, channel: String(call.body['channel']), text: String(call.body['text']) });
      return { body: { ok: true, channel: call.body['channel'], ts: `1800000009.00000${channel.length}` } };
    });
    const sub = await store.add(subscription({ channel: { platform: 'slack', channelId: 'C0GONE' }, what: { kind: 'top', count: 3 }, whatText: 'top' }));
    const clock = new FakeClock('2026-11-23T06:59:00Z');
    const s = scheduler(clock, { entries: entries() });
    await s.tick();
    clock.set(SLOT);
    await s.tick();
    clock.set(NEXT_DAY);
    await s.tick();
    const posts = slack.apiCalls('chat.postMessage').map((c) => c.body['channel']);
    // Three top stories went out at once and all failed; the admin hears of it once; nothing is tried the next day.
    expect(posts).toEqual(['C0GONE', 'C0GONE', 'C0GONE', 'C0ADMIN']);
    expect(clock.sleeps).toEqual([]);
    expect(channel.map((m) => [m.channel, m.text])).toEqual([
      [
        'C0ADMIN',
        [
          'Subscription 1 paused: its channel cannot be posted to',
          'top, daily 08:00 (Europe/Brussels), in slack channel C0GONE.',
          'posting to Slack channel C0GONE: Slack answered channel_not_found. Slot: Mon 2026-11-23 08:00 +01:00.',
          'Nothing more is posted there and nothing is retried. Once the bot can post there again, resume it with /briefing resume 1.',
        ].join('\n'),
      ],
    ]);
    const reason = 'the bot cannot post to slack channel C0GONE: posting to Slack channel C0GONE: Slack answered channel_not_found';
    expect(await store.get(sub.id)).toMatchObject({ paused: true, pausedReason: reason });
    expect(s.status()).toMatchObject([{ id: `sub:${sub.id}`, disabled: `subscription paused: ${reason}` }]);
    // Resumed while the channel is still gone: paused again at its next slot, and the admin hears of it again, once.
    await store.setPaused(sub.id, false);
    // (A restart, with the day's stories: top stories are those of the 24 h before the slot.)
    const resumed = scheduler(clock, { entries: entries().map((e) => ({ ...e, updated: '2026-11-25T06:00:00Z' })) });
    clock.set('2026-11-25T07:00:00Z');
    await resumed.tick();
    clock.set('2026-11-26T07:00:00Z');
    await resumed.tick();
    expect(slack.apiCalls('chat.postMessage').map((c) => c.body['channel'])).toEqual([...posts, 'C0GONE', 'C0GONE', 'C0GONE', 'C0ADMIN']);
    expect(await store.get(sub.id)).toMatchObject({ paused: true, pausedReason: reason });
  });
});

describe('Subscriptions to Discord channels the bot lost (real Discord poster, Discord stand-in)', () => {
  let discord: DiscordStandIn;
  let tmp: TempDb;
  const ADMIN = '111111111111111111';

  beforeEach(async () => {
    discord = await startDiscordStandIn();
    tmp = tempDb();
  });
  afterEach(async () => {
    await discord.close();
    tmp.cleanup();
  });

  it.each([
    [10003, 404, 'Unknown Channel', 'Discord: Unknown Channel: the channel does not exist or the bot cannot see it (10003)'],
    [50001, 403, 'Missing Access', 'Discord: Missing Access: the bot is not in that channel or server (50001)'],
  ])('Discord %i pauses the subscription and tells the admin channel once', async (code, status, message, said) => {
    const gone = '333333333333333333';
    discord.intercept((call) => (call.method === 'POST' && call.path === `/channels/${gone}/messages` ? { status, body: { message, code } } : undefined));
    const store = new SqliteSubscriptionStore(tmp.db);
    const sub = await store.add(subscription({ channel: { platform: 'discord', channelId: gone }, scope: 'G0GUILD' }));
    const poster = createDiscordPoster(createDiscordRest(discord.apiUrl, 'discord-test-token', { retries: 0 }), silentLogger());
    const clock = new FakeClock('2026-11-23T06:59:00Z');
    const s = new Scheduler({
      schedules: [],
      defaultAdmin: { platform: 'discord', channel: ADMIN },
      posters: { discord: poster },
      context: commandContext(),
      log: new DeliveryLog(tmp.db),
      subscriptions: store,
      logger: silentLogger(),
      clock,
      random: () => 0.5,
      owner: 'test',
    });
    await s.tick();
    clock.set(SLOT);
    await s.tick();
    clock.set(NEXT_DAY);
    await s.tick();
    const posts = discord.calls.filter((c) => c.method === 'POST' && c.path.startsWith('/channels/')).map((c) => c.path);
    expect(posts).toEqual([`/channels/${gone}/messages`, `/channels/${ADMIN}/messages`]);
    expect(await store.get(sub.id)).toMatchObject({ paused: true, pausedReason: `the bot cannot post to discord channel ${gone}: ${said}` });
    expect(JSON.stringify(discord.channels.get(ADMIN))).toContain('resume it with /subscriptions resume 1');
  });
});
