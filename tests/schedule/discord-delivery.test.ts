import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDiscordPoster } from '../../src/adapters/discord/channel-poster.js';
import { createDiscordRest } from '../../src/adapters/discord/rest-client.js';
import { silentLogger } from '../../src/logging/logger.js';
import { buildScheduledReply } from '../../src/schedule/plan-slot.js';
import { Scheduler } from '../../src/schedule/scheduler.js';
import type { ScheduleConfig } from '../../src/settings/schedules.js';
import { DeliveryLog } from '../../src/store/delivery-log.js';
import { startDiscordStandIn, type DiscordStandIn } from '../stand-ins/discord-api.js';
import { manyQuotesBriefing } from '../adapters/discord/briefing-fixture.js';
import { commandContext, FakeClock, schedule, tempDb, type TempDb } from './helpers.js';

const SLOT = '2026-11-23T07:00:00.000Z';
const NEWS = '222222222222222222';

describe('Scheduler with the real Discord poster and the Discord stand-in', () => {
  let discord: DiscordStandIn;
  let tmp: TempDb;
  let log: DeliveryLog;

  beforeEach(async () => {
    discord = await startDiscordStandIn();
    tmp = tempDb();
    log = new DeliveryLog(tmp.db);
    await log.setCheckedUntil('morning', new Date('2026-11-23T06:59:00Z'));
  });
  afterEach(async () => {
    await discord.close();
    tmp.cleanup();
  });

  const poster = () => createDiscordPoster(createDiscordRest(discord.apiUrl, 'discord-test-token', { retries: 0 }), silentLogger());
  const scheduler = (clock: FakeClock, schedules: ScheduleConfig[]) =>
    new Scheduler({ schedules, posters: { discord: poster() }, context: commandContext(), log, logger: silentLogger(), clock, random: () => 0.5, owner: 'test' });
  const posts = () => discord.calls.filter((c) => c.method === 'POST' && c.path.startsWith('/channels/'));

  it('posts the slot once with a nonce, and a restart after a crash finds it by its footer instead of posting again', async () => {
    const config = schedule({ target: { platform: 'discord', channel: NEWS } });
    // A process claimed and posted, then died before recording the message id.
    await log.claimSlot('morning', SLOT, [{ item: '', story: 'inquiry', platform: 'discord', channel: NEWS, contentHash: 'x', late: false }], 'dead', new Date(SLOT), 90_000);
    const reply = await buildScheduledReply(config, 'inquiry', commandContext());
    const sent = await poster().post(NEWS, reply, { slot: `morning@${SLOT}` });
    expect(posts()).toHaveLength(1);
    expect(posts()[0]!.body).toMatchObject({ enforce_nonce: true, nonce: expect.stringMatching(/^nb.{23}$/) });

    const clock = new FakeClock('2026-11-23T07:02:00Z');
    await scheduler(clock, [config]).tick();
    expect(posts()).toHaveLength(1);
    expect(await log.list('morning')).toMatchObject([{ status: 'posted', messageId: sent.messageId }]);
  });

  it('does not retry Unknown Channel (10003) and records the reason', async () => {
    discord.intercept((call) => (call.method === 'POST' && call.path === '/channels/333333333333333333/messages' ? { status: 404, body: { message: 'Unknown Channel', code: 10003 } } : undefined));
    const clock = new FakeClock(SLOT);
    await scheduler(clock, [schedule({ target: { platform: 'discord', channel: '333333333333333333' } })]).tick();
    expect(posts()).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
    expect(await log.list('morning')).toMatchObject([
      { status: 'failed', error: 'permanent failure, not retried: Discord: Unknown Channel: the channel does not exist or the bot cannot see it (10003)' },
    ]);
  });

  it('retries a Discord 502 and posts once', async () => {
    discord.intercept((call) => (call.method === 'POST' && call.path === `/channels/${NEWS}/messages` ? { status: 502, body: { message: 'Bad Gateway', code: 0 } } : undefined), 2);
    const clock = new FakeClock(SLOT);
    await scheduler(clock, [schedule({ target: { platform: 'discord', channel: NEWS } })]).tick();
    expect(posts().map((c) => c.status)).toEqual([502, 502, 200]);
    expect(discord.channels.get(NEWS)).toHaveLength(1);
    expect(await log.list('morning')).toMatchObject([{ status: 'posted', attempts: 3 }]);
  });

  describe('a scheduled answer that takes several messages', () => {
    // 15 quotes: two messages (10 embeds, then 5), posted in order as part 0 and part 1.
    const many = { id: 'many-quotes', title: 'A story with many quotes', briefing: manyQuotesBriefing(15), updated: '2026-11-20T10:00:00Z' };
    const quotesSchedule = () => schedule({ post: 'quotes', story: 'many-quotes', target: { platform: 'discord', channel: NEWS } });
    const quotesScheduler = (clock: FakeClock) =>
      new Scheduler({ schedules: [quotesSchedule()], posters: { discord: poster() }, context: commandContext([many]), log, logger: silentLogger(), clock, random: () => 0.5, owner: 'test' });
    const stored = () => discord.channels.get(NEWS) ?? [];
    /** Which quotes each message in the channel shows, by their numbers. */
    const quoteNumbers = () => stored().map((m) => (m.embeds as { description?: string }[]).map((e) => Number(/Quote number (\d+)/.exec(e.description ?? '')?.[1])));
    const bothParts = [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [11, 12, 13, 14, 15]];
    /** The first POST of part 1 fails with a 502 (once), after part 0 went out. */
    const failSecondPartOnce = () => {
      let seen = 0;
      discord.intercept((call) => (call.method === 'POST' && call.path === `/channels/${NEWS}/messages` && ++seen === 2 ? { status: 502, body: { message: 'Bad Gateway', code: 0 } } : undefined), 1);
    };

    it('posts each part once', async () => {
      await quotesScheduler(new FakeClock(SLOT)).tick();
      expect(quoteNumbers()).toEqual(bothParts);
      expect(posts()).toHaveLength(2);
      expect(await log.list('morning')).toMatchObject([{ status: 'posted', messageId: stored()[0]!.id }]);
    });

    it('a 502 on the second part: the retry posts only the missing part, nothing twice and nothing lost', async () => {
      failSecondPartOnce();
      const clock = new FakeClock(SLOT);
      await quotesScheduler(clock).tick();
      expect(quoteNumbers()).toEqual(bothParts);
      expect(posts().map((c) => c.status)).toEqual([200, 502, 200]);
      expect((posts()[2]!.body as { nonce: string }).nonce).toBe((posts()[1]!.body as { nonce: string }).nonce);
      expect(await log.list('morning')).toMatchObject([{ status: 'posted', messageId: stored()[0]!.id, attempts: 2 }]);
    });

    it('a process that died after the first part: reconciliation posts only the missing part', async () => {
      await log.claimSlot('morning', SLOT, [{ item: '', story: 'many-quotes', platform: 'discord', channel: NEWS, contentHash: 'x', late: false }], 'dead', new Date(SLOT), 90_000);
      failSecondPartOnce();
      const reply = await buildScheduledReply(quotesSchedule(), 'many-quotes', commandContext([many]));
      await expect(poster().post(NEWS, reply, { slot: `morning@${SLOT}` })).rejects.toThrow('502');
      expect(quoteNumbers()).toEqual([bothParts[0]]);

      await quotesScheduler(new FakeClock('2026-11-23T07:02:00Z')).tick();
      expect(quoteNumbers()).toEqual(bothParts);
      // Part 0 once, the failed part 1, then part 1 once more: nothing re-sent that was already there.
      expect(posts().map((c) => c.status)).toEqual([200, 502, 200]);
      expect(await log.list('morning')).toMatchObject([{ status: 'posted', messageId: stored()[0]!.id }]);
    });

    it('a late post finds both parts already in the channel and posts nothing', async () => {
      const reply = await buildScheduledReply(quotesSchedule(), 'many-quotes', commandContext([many]));
      await poster().post(NEWS, reply, { slot: `morning@${SLOT}` });
      await quotesScheduler(new FakeClock('2026-11-23T07:30:00Z')).tick();
      expect(quoteNumbers()).toEqual(bothParts);
      expect(posts()).toHaveLength(2);
      expect(await log.list('morning')).toMatchObject([{ status: 'posted', messageId: stored()[0]!.id }]);
    });
  });
});
