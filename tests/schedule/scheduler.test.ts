import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logging/logger.js';
import { Scheduler, type Posters } from '../../src/schedule/scheduler.js';
import type { ScheduleConfig } from '../../src/settings/schedules.js';
import { DeliveryLog } from '../../src/store/delivery-log.js';
import { startSlackStandIn, type SlackStandIn } from '../stand-ins/slack-api.js';
import { commandContext, FakeClock, keepSlackChannel, schedule, slackPoster, story, tempDb, type PostedSlackMessage, type TempDb } from './helpers.js';

// 08:00 Brussels on Monday 23 November 2026 is 07:00 UTC.
const SLOT = '2026-11-23T07:00:00.000Z';

describe('Scheduler with the real Slack poster and the Slack stand-in', () => {
  let slack: SlackStandIn;
  let tmp: TempDb;
  let channel: PostedSlackMessage[];
  let log: DeliveryLog;

  beforeEach(async () => {
    slack = await startSlackStandIn();
    channel = keepSlackChannel(slack);
    tmp = tempDb();
    log = new DeliveryLog(tmp.db);
  });
  afterEach(async () => {
    await slack.close();
    tmp.cleanup();
  });

  function scheduler(clock: FakeClock, schedules: ScheduleConfig[], options: { context?: ReturnType<typeof commandContext>; posters?: Posters } = {}): Scheduler {
    return new Scheduler({
      schedules,
      posters: options.posters ?? { slack: slackPoster(slack) },
      context: options.context ?? commandContext(),
      log,
      logger: silentLogger(),
      clock,
      random: () => 0.5,
      owner: 'test',
    });
  }

  /** A scheduler for the real-time loop, on a clock read by `now`, the log checked up to a minute before the slot. */
  async function loopScheduler(now: () => Date): Promise<Scheduler> {
    await log.setCheckedUntil('morning', new Date(Date.parse(SLOT) - 60_000));
    return new Scheduler({ schedules: [schedule({})], posters: { slack: slackPoster(slack) }, context: commandContext(), log, logger: silentLogger(), clock: { now, sleep: async () => undefined }, owner: 'loop' });
  }

  it('posts a slot once, however many passes run at its time', async () => {
    const clock = new FakeClock('2026-11-23T06:59:00Z');
    const s = scheduler(clock, [schedule({})]);
    await s.tick();
    expect(channel).toHaveLength(0);
    clock.set('2026-11-23T07:00:00Z');
    await Promise.all([s.tick(), s.tick()]);
    clock.set('2026-11-23T07:00:30Z');
    await s.tick();
    expect(channel).toEqual([
      { ts: '1800000000.000001', channel: 'C0NEWS', text: expect.stringContaining('Inquiry opened'), metadata: { event_type: 'newsbrief_delivery', event_payload: { slot: `morning@${SLOT}` } } },
    ]);
    expect(await log.list('morning')).toMatchObject([{ slot: SLOT, status: 'posted', messageId: '1800000000.000001', late: false, attempts: 1 }]);
    // On time: one API call, the channel is not read first.
    expect(slack.calls.map((c) => c.method)).toEqual(['chat.postMessage']);
    expect(s.status()).toEqual([
      {
        id: 'morning',
        cron: '0 8 * * *',
        timezone: 'Europe/Brussels',
        target: 'slack:C0NEWS',
        next: '2026-11-24T07:00:00.000Z',
        nextLocal: 'Tue 2026-11-24 08:00 +01:00',
        last: { slot: SLOT, status: 'posted', late: false },
      },
    ]);
  });

  it('the real-time loop wakes at the slot and posts it (clock shifted to just before 08:00 Brussels)', async () => {
    // Real time passes; the clock reads it shifted so that 08:00 comes about 300 ms after start().
    const offset = Date.parse(SLOT) - 300 - Date.now();
    const s = await loopScheduler(() => new Date(Date.now() + offset));
    s.start();
    await slack.waitFor((c) => c.method === 'chat.postMessage');
    await s.stop();
    expect(channel.map((m) => m.metadata?.event_payload?.slot)).toEqual([`morning@${SLOT}`]);
    expect(await log.list('morning')).toMatchObject([{ slot: SLOT, status: 'posted', late: false }]);
  });

  it('a slot that falls while a pass is deciding is posted at once, not at the next 30-second wake-up', async () => {
    // The first pass reads the clock 100 ms before 08:00; by the time it has decided (a slow machine),
    // 08:00 has passed. The next wake-up must be armed for that slot, not for tomorrow's.
    let reads = 0;
    const s = await loopScheduler(() => new Date(Date.parse(SLOT) + (reads++ === 0 ? -100 : 100)));
    s.start();
    // Without the fix nothing posts until the 30-second wake-up (the cron trigger rings at the real
    // 08:00, hours away), past this test's time limit.
    await slack.waitFor((c) => c.method === 'chat.postMessage');
    await s.stop();
    expect(channel.map((m) => m.metadata?.event_payload?.slot)).toEqual([`morning@${SLOT}`]);
    expect(await log.list('morning')).toMatchObject([{ slot: SLOT, status: 'posted', late: false }]);
  }, 15_000);

  it('after downtime across a slot, posts it once within the grace window, marked late', async () => {
    const clock = new FakeClock('2026-11-23T06:50:00Z');
    await scheduler(clock, [schedule({})]).tick();
    // Down at 08:00 local; a new process starts at 09:30 local, inside the 2 h grace window.
    clock.set('2026-11-23T08:30:00Z');
    const restarted = scheduler(clock, [schedule({})]);
    await restarted.tick();
    await restarted.tick();
    expect(channel).toHaveLength(1);
    expect(channel[0]!.text).toContain('late');
    // Late: the channel is read once for the slot's tag (nothing there), then the post is made.
    expect(slack.calls.map((c) => c.method)).toEqual(['conversations.history', 'chat.postMessage']);
    expect(slack.apiCalls('conversations.history')[0]!.body).toMatchObject({ channel: 'C0NEWS', oldest: String(Date.parse(SLOT) / 1000 - 60) + '.000000' });
    expect(await log.list('morning')).toMatchObject([{ slot: SLOT, status: 'posted', late: true }]);
  });

  it('a late post whose tag is already in the channel is recorded with that message, not posted again', async () => {
    const clock = new FakeClock('2026-11-23T06:50:00Z');
    await scheduler(clock, [schedule({})]).tick();
    // Posted at 08:00 local by a process whose delivery log row is gone (a restore from an older backup).
    const earlier = await slackPoster(slack).post('C0NEWS', { kind: 'message', visibility: 'public', title: 'the earlier post', lines: [] }, { slot: `morning@${SLOT}` });
    clock.set('2026-11-23T07:30:00Z');
    await scheduler(clock, [schedule({})]).tick();
    expect(channel.map((m) => m.ts)).toEqual([earlier.messageId]);
    expect(slack.apiCalls('chat.postMessage')).toHaveLength(1);
    expect(slack.apiCalls('conversations.history')).toHaveLength(1);
    expect(await log.list('morning')).toMatchObject([{ slot: SLOT, status: 'posted', messageId: earlier.messageId, attempts: 1 }]);
  });

  it('a late post whose channel check fails for a moment checks again after the backoff, then posts once', async () => {
    slack.queue('conversations.history', { status: 503, body: 'unavailable' });
    const clock = new FakeClock('2026-11-23T06:50:00Z');
    await scheduler(clock, [schedule({})]).tick();
    clock.set('2026-11-23T07:30:00Z');
    await scheduler(clock, [schedule({})]).tick();
    expect(slack.calls.map((c) => `${c.method} ${c.status}`)).toEqual(['conversations.history 503', 'conversations.history 200', 'chat.postMessage 200']);
    expect(clock.sleeps).toHaveLength(1);
    expect(channel).toHaveLength(1);
    expect(await log.list('morning')).toMatchObject([{ slot: SLOT, status: 'posted', late: true, attempts: 2 }]);
  });

  it('a late post whose channel cannot be read (missing_scope) is not posted blind: failed, with the reason', async () => {
    slack.on('conversations.history', () => ({ body: { ok: false, error: 'missing_scope', needed: 'channels:history' } }));
    const clock = new FakeClock('2026-11-23T06:50:00Z');
    await scheduler(clock, [schedule({})]).tick();
    clock.set('2026-11-23T07:30:00Z');
    await scheduler(clock, [schedule({})]).tick();
    expect(slack.apiCalls('chat.postMessage')).toHaveLength(0);
    expect(slack.apiCalls('conversations.history')).toHaveLength(1);
    expect(await log.list('morning')).toMatchObject([{ slot: SLOT, status: 'failed', error: expect.stringMatching(/^permanent failure, not retried: could not check the channel for an earlier post: .*missing_scope/) }]);
  });

  it('after downtime longer than the grace window, posts nothing and logs the slot as missed', async () => {
    const clock = new FakeClock('2026-11-23T06:50:00Z');
    await scheduler(clock, [schedule({})]).tick();
    clock.set('2026-11-23T09:00:01Z');
    await scheduler(clock, [schedule({})]).tick();
    expect(channel).toEqual([]);
    expect(await log.list('morning')).toMatchObject([
      { slot: SLOT, status: 'missed', error: `not posted: nothing was running at ${SLOT}, and 2 h 1 s later is past the grace window of 2 h` },
    ]);
  });

  it('does not catch up slots from before a schedule was first seen', async () => {
    const clock = new FakeClock('2026-11-23T07:30:00Z');
    const s = scheduler(clock, [schedule({})]);
    await s.tick();
    await s.tick();
    expect(channel).toEqual([]);
    expect(await log.list()).toEqual([]);
  });

  it('retries a rate-limited post after Retry-After and posts it once (429, 429, 200)', async () => {
    slack.queue('chat.postMessage', { status: 429, headers: { 'retry-after': '1' } }, { status: 429, headers: { 'retry-after': '1' } });
    const clock = new FakeClock('2026-11-23T06:59:00Z');
    const s = scheduler(clock, [schedule({})]);
    await s.tick();
    clock.set(SLOT);
    await s.tick();
    expect(slack.apiCalls('chat.postMessage').map((c) => c.status)).toEqual([429, 429, 200]);
    expect(clock.sleeps).toEqual([1125, 1125]);
    expect(channel).toHaveLength(1);
    expect(await log.list('morning')).toMatchObject([{ status: 'posted', attempts: 3, messageId: channel[0]!.ts }]);
  });

  it('after a 503 whose message went out after all, finds the tagged post and does not post again', async () => {
    let answered = 0;
    slack.on('chat.postMessage', (call) => {
      // Slack kept the message but the answer was lost: the channel has it, the poster saw a 503.
      channel.push({ ts: `1800000003.00000${++answered}`, channel: String(call.body['channel']), text: String(call.body['text']), metadata: call.body['metadata'] as PostedSlackMessage['metadata'] });
      return answered === 1 ? { status: 503, body: 'unavailable' } : { body: { ok: true, channel: call.body['channel'], ts: `1800000003.00000${answered}` } };
    });
    const clock = new FakeClock('2026-11-23T06:59:00Z');
    const s = scheduler(clock, [schedule({})]);
    await s.tick();
    clock.set(SLOT);
    await s.tick();
    expect(slack.apiCalls('chat.postMessage')).toHaveLength(1);
    expect(slack.apiCalls('conversations.history')).toHaveLength(1);
    expect(channel).toHaveLength(1);
    expect(await log.list('morning')).toMatchObject([{ status: 'posted', messageId: '1800000003.000001' }]);
  });

  it('after a 503 that posted nothing, looks in the channel, then posts once', async () => {
    slack.queue('chat.postMessage', { status: 503, body: 'unavailable' });
    const clock = new FakeClock('2026-11-23T06:59:00Z');
    const s = scheduler(clock, [schedule({})]);
    await s.tick();
    clock.set(SLOT);
    await s.tick();
    expect(slack.apiCalls('chat.postMessage').map((c) => c.status)).toEqual([503, 200]);
    expect(slack.apiCalls('conversations.history')).toHaveLength(1);
    expect(channel).toHaveLength(1);
    expect(await log.list('morning')).toMatchObject([{ status: 'posted', attempts: 2, messageId: channel[0]!.ts }]);
  });

  it('does not retry channel_not_found, and tells the admin channel once', async () => {
    slack.on('chat.postMessage', (call) =>
      call.body['channel'] === 'C0GONE'
        ? { body: { ok: false, error: 'channel_not_found' } }
        : { body: { ok: true, channel: call.body['channel'], ts: '1800000001.000001' } },
    );
    const clock = new FakeClock('2026-11-23T06:59:00Z');
    const config = schedule({ target: { platform: 'slack', channel: 'C0GONE' }, admin: { platform: 'slack', channel: 'C0ADMIN' } });
    const s = scheduler(clock, [config]);
    await s.tick();
    clock.set(SLOT);
    await s.tick();
    clock.set('2026-11-24T07:00:00Z');
    await s.tick();
    const posts = slack.apiCalls('chat.postMessage');
    expect(posts.map((c) => c.body['channel'])).toEqual(['C0GONE', 'C0ADMIN', 'C0GONE']);
    expect(String(posts[1]!.body['text'])).toContain('Scheduled post “morning” failed');
    expect(String(posts[1]!.body['text'])).toContain('channel_not_found');
    expect(clock.sleeps).toEqual([]);
    expect((await log.list('morning')).map((r) => [r.status, r.error])).toEqual([
      ['failed', 'permanent failure, not retried: posting to Slack channel C0GONE: Slack answered channel_not_found'],
      ['failed', 'permanent failure, not retried: posting to Slack channel C0GONE: Slack answered channel_not_found'],
    ]);
  });

  it('keeps posting to one target while another keeps failing', async () => {
    slack.on('chat.postMessage', (call) => {
      if (call.body['channel'] === 'C0DOWN') return { status: 503, body: 'unavailable' };
      channel.push({ ts: '1800000002.000001', channel: String(call.body['channel']), text: String(call.body['text']) });
      return { body: { ok: true, channel: call.body['channel'], ts: '1800000002.000001' } };
    });
    const clock = new FakeClock('2026-11-23T06:59:00Z');
    const down = schedule({ id: 'down', target: { platform: 'slack', channel: 'C0DOWN' }, grace: '10m' });
    const up = schedule({ id: 'up', target: { platform: 'slack', channel: 'C0UP' } });
    const s = scheduler(clock, [down, up]);
    await s.tick();
    clock.set(SLOT);
    await s.tick();
    expect(channel.map((m) => m.channel)).toEqual(['C0UP']);
    expect(await log.list('up')).toMatchObject([{ status: 'posted' }]);
    const [failed] = await log.list('down');
    expect(failed).toMatchObject({ status: 'failed' });
    expect(failed!.error).toMatch(/^gave up after \d+ attempts: the grace window ends 2026-11-23T07:10:00.000Z; last error: posting to Slack channel C0DOWN: Slack HTTP 503$/);
    // Backoff doubles from 2 s (with jitter fixed at 0.5: 1.5, 3, 6, 12, 24, 45, 45 …) and never passes the window.
    expect(clock.sleeps.slice(0, 6)).toEqual([1500, 3000, 6000, 12000, 24000, 45000]);
    expect(clock.sleeps.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(10 * 60_000);
  });

  it('skips an unchanged briefing with when_unchanged: skip-unchanged, and posts once it changes', async () => {
    const context = commandContext();
    const config = schedule({ when_unchanged: 'skip-unchanged' });
    const clock = new FakeClock('2026-11-22T06:59:00Z');
    const s = scheduler(clock, [config], { context });
    await s.tick();
    clock.set('2026-11-22T07:00:00Z');
    await s.tick();
    clock.set('2026-11-23T07:00:00Z');
    await s.tick();
    context.library.upsert(story('inquiry', 'Inquiry opened', '2026-11-23T06:00:00Z', 'Regulators widened the inquiry.'));
    clock.set('2026-11-24T07:00:00Z');
    await s.tick();
    expect((await log.list('morning')).map((r) => [r.slot, r.status, r.error])).toEqual([
      ['2026-11-22T07:00:00.000Z', 'posted', null],
      ['2026-11-23T07:00:00.000Z', 'skipped', 'unchanged since the last post (when_unchanged: skip-unchanged)'],
      ['2026-11-24T07:00:00.000Z', 'posted', null],
    ]);
    expect(channel).toHaveLength(2);
  });

  it('posts each story updated since the last run, one message each, tagged per story', async () => {
    const context = commandContext([
      story('old', 'Old story', '2026-11-20T09:00:00Z'),
      story('fresh', 'Fresh story', '2026-11-23T06:30:00Z'),
      story('late-news', 'Late news', '2026-11-23T06:45:00Z'),
    ]);
    const config = schedule({ id: 'digest', stories: 'updated-since-last-run' });
    const clock = new FakeClock('2026-11-22T06:59:00Z');
    const s = scheduler(clock, [config], { context });
    await s.tick();
    clock.set('2026-11-22T07:00:00Z');
    await s.tick(); // nothing updated in the 24 h before the first run
    clock.set(SLOT);
    await s.tick();
    expect(channel.map((m) => m.metadata?.event_payload?.slot)).toEqual([`digest/late-news@${SLOT}`, `digest/fresh@${SLOT}`]);
    expect((await log.list('digest')).map((r) => [r.slot, r.item, r.status])).toEqual([
      ['2026-11-22T07:00:00.000Z', '', 'skipped'],
      [SLOT, 'fresh', 'posted'],
      [SLOT, 'late-news', 'posted'],
    ]);
  });

  it('counts a story read late (published before the last run, read after it) as updated at the next run', async () => {
    const context = commandContext([story('old', 'Old story', '2026-11-20T09:00:00Z')]);
    const config = schedule({ id: 'digest', stories: 'updated-since-last-run' });
    const clock = new FakeClock('2026-11-22T06:59:00Z');
    const s = scheduler(clock, [config], { context });
    await s.tick();
    clock.set('2026-11-22T07:00:00Z');
    await s.tick();
    const late = story('late-read', 'Late read', '2026-11-22T06:58:00Z');
    late.briefing.sources = [{ id: 'wire', title: 'Late read', publisher: 'Wire', published: '2026-11-22T06:58:00Z' }];
    late.firstSeen = { wire: '2026-11-22T07:03:00Z' };
    context.library.upsert(late);
    clock.set(SLOT);
    await s.tick();
    expect(channel.map((m) => m.metadata?.event_payload?.slot)).toEqual([`digest/late-read@${SLOT}`]);
  });

  it('posts one speaker’s quotes when the schedule asks for them, and skips when that speaker is absent', async () => {
    const clock = new FakeClock('2026-11-23T06:59:00Z');
    const s = scheduler(clock, [schedule({ id: 'ann', post: 'quotes', speaker: 'Ann' }), schedule({ id: 'bob', post: 'quotes', speaker: 'Bob' })]);
    await s.tick();
    clock.set(SLOT);
    await s.tick();
    expect(channel).toHaveLength(1);
    expect(channel[0]!.text).toContain('We will cooperate fully');
    expect(await log.list('bob')).toMatchObject([{ status: 'skipped', error: 'nothing to post: No quotes from “Bob” in “Inquiry opened”.' }]);
  });

  it('reconciles a claim left by a dead process: finds the tagged post and does not post again', async () => {
    const clock = new FakeClock('2026-11-23T06:59:00Z');
    await scheduler(clock, [schedule({})]).tick();
    // A process claimed the slot, posted, and died before recording it.
    await log.claimSlot('morning', SLOT, [{ item: '', story: 'inquiry', platform: 'slack', channel: 'C0NEWS', contentHash: 'x', late: false }], 'dead', new Date(SLOT), 90_000);
    await slackPoster(slack).post('C0NEWS', { kind: 'message', visibility: 'public', title: 'the dead process’s post', lines: [] }, { slot: `morning@${SLOT}` });
    clock.set('2026-11-23T07:01:00Z');
    const s = scheduler(clock, [schedule({})]);
    await s.tick(); // lease still running: left alone
    expect(await log.list('morning')).toMatchObject([{ status: 'claimed', owner: 'dead' }]);
    clock.set('2026-11-23T07:02:00Z');
    await s.tick();
    expect(channel).toHaveLength(1);
    expect(slack.apiCalls('conversations.history')).toHaveLength(1);
    expect(await log.list('morning')).toMatchObject([{ status: 'posted', owner: 'test', messageId: channel[0]!.ts }]);
  });
});
