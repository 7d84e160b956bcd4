import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logging/logger.js';
import { Scheduler } from '../../src/schedule/scheduler.js';
import { openDatabase } from '../../src/store/database.js';
import { DeliveryLog } from '../../src/store/delivery-log.js';
import { startSlackStandIn, type SlackStandIn } from '../stand-ins/slack-api.js';
import { commandContext, FakeClock, keepSlackChannel, schedule, slackPoster, tempDb, type PostedSlackMessage, type TempDb } from '../schedule/helpers.js';

// 08:00 Brussels on Monday 23 November 2026 is 07:00 UTC.
const SLOT = '2026-11-23T07:00:00.000Z';

/*
 * A deployment restores its database from a backup taken before a slot that was then posted (a bad migration, a
 * lost volume, a point-in-time recovery): the restored delivery log has never heard of that post.
 */
describe('a delivery log restored from an older backup', () => {
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

  const scheduler = (log: DeliveryLog, clock: FakeClock): Scheduler =>
    new Scheduler({ schedules: [schedule({})], posters: { slack: slackPoster(slack) }, context: commandContext(), log, logger: silentLogger(), clock, random: () => 0.5, owner: 'test' });

  // Catch-up posts are late, and a late post looks for its tag in the channel (findTagged) before posting: the
  // restored log does not know the post, the channel does.
  it('does not post again a slot that reached the channel after the backup', async () => {
    const clock = new FakeClock('2026-11-23T06:59:00Z');
    await scheduler(new DeliveryLog(tmp.db), clock).tick();
    const backup = join(tmp.dir, 'backup.db');
    tmp.db.exec(`VACUUM INTO '${backup}'`);
    clock.set(SLOT);
    await scheduler(new DeliveryLog(tmp.db), clock).tick();
    expect(channel).toHaveLength(1);

    tmp.db.close();
    for (const suffix of ['-wal', '-shm']) rmSync(tmp.path + suffix, { force: true });
    copyFileSync(backup, tmp.path);
    const restored = openDatabase(tmp.path);
    try {
      clock.set('2026-11-23T07:05:00Z');
      await scheduler(new DeliveryLog(restored), clock).tick();
      expect(channel.map((m) => m.metadata?.event_payload?.slot)).toEqual([`morning@${SLOT}`]);
      const rows = await new DeliveryLog(restored).list('morning');
      expect(rows).toMatchObject([{ slot: SLOT, status: 'posted', messageId: channel[0]!.ts }]);
    } finally {
      restored.close();
    }
  });
});
