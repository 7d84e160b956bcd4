import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logging/logger.js';
import { Scheduler } from '../../src/schedule/scheduler.js';
import { DeliveryLog } from '../../src/store/delivery-log.js';
import { startSlackStandIn, type SlackStandIn } from '../stand-ins/slack-api.js';
import { commandContext, FakeClock, keepSlackChannel, schedule, slackPoster, tempDb, type PostedSlackMessage, type TempDb } from './helpers.js';

/** Runs a scheduler pass every `stepMinutes` from `from` to `to`, as the real-time loop would. */
async function runThrough(s: Scheduler, clock: FakeClock, from: string, to: string, stepMinutes = 15): Promise<void> {
  for (clock.set(from); clock.now().getTime() <= Date.parse(to); clock.advance(stepMinutes * 60_000)) await s.tick();
}

describe('Europe/Brussels DST nights, through the scheduler', () => {
  let slack: SlackStandIn;
  let tmp: TempDb;
  let channel: PostedSlackMessage[];

  beforeEach(async () => {
    slack = await startSlackStandIn();
    channel = keepSlackChannel(slack);
    tmp = tempDb();
  });
  afterEach(async () => {
    await slack.close();
    tmp.cleanup();
  });

  function scheduler(clock: FakeClock): Scheduler {
    return new Scheduler({
      schedules: [schedule({ id: 'eight', cron: '0 8 * * *' }), schedule({ id: 'night', cron: '30 2 * * *' })],
      posters: { slack: slackPoster(slack) },
      context: commandContext(),
      log: new DeliveryLog(tmp.db),
      logger: silentLogger(),
      clock,
      random: () => 0.5,
    });
  }

  const postedSlots = (): (string | undefined)[] => channel.map((m) => m.metadata?.event_payload?.slot);

  it('spring (29 March 2026): 08:00 runs once a day; 02:30, which does not exist, runs once at 03:00', async () => {
    const clock = new FakeClock('2026-03-27T22:00:00Z');
    await runThrough(scheduler(clock), clock, '2026-03-27T22:00:00Z', '2026-03-30T12:00:00Z');
    expect(postedSlots()).toEqual([
      'night@2026-03-28T01:30:00.000Z',
      'eight@2026-03-28T07:00:00.000Z',
      'night@2026-03-29T01:00:00.000Z',
      'eight@2026-03-29T06:00:00.000Z',
      'night@2026-03-30T00:30:00.000Z',
      'eight@2026-03-30T06:00:00.000Z',
    ]);
    expect((await new DeliveryLog(tmp.db).list()).every((r) => r.status === 'posted' && !r.late)).toBe(true);
  });

  it('autumn (25 October 2026): 08:00 runs once a day; 02:30, which happens twice, runs once (the first)', async () => {
    const clock = new FakeClock('2026-10-23T22:00:00Z');
    await runThrough(scheduler(clock), clock, '2026-10-23T22:00:00Z', '2026-10-26T12:00:00Z');
    expect(postedSlots()).toEqual([
      'night@2026-10-24T00:30:00.000Z',
      'eight@2026-10-24T06:00:00.000Z',
      'night@2026-10-25T00:30:00.000Z',
      'eight@2026-10-25T07:00:00.000Z',
      'night@2026-10-26T01:30:00.000Z',
      'eight@2026-10-26T07:00:00.000Z',
    ]);
  });
});
