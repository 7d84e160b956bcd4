import { randomBytes } from 'node:crypto';
import { renameSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../src/logging/logger.js';
import { Scheduler } from '../../src/schedule/scheduler.js';
import { DatabaseConnection } from '../../src/store/database-connection.js';
import { DatabaseUnavailableError } from '../../src/contracts/database-unavailable-error.js';
import { DeliveryLog } from '../../src/store/delivery-log.js';
import { startSlackStandIn, type SlackStandIn } from '../stand-ins/slack-api.js';
import { commandContext, FakeClock, keepSlackChannel, schedule, slackPoster, tempDb, type PostedSlackMessage, type TempDb } from './helpers.js';

// 08:00 Brussels on Monday 23 November 2026 is 07:00 UTC.
const SLOT = '2026-11-23T07:00:00.000Z';

describe('Scheduler when the database fails while running (a real SQLite file replaced by garbage, then restored)', () => {
  let slack: SlackStandIn;
  let tmp: TempDb;
  let connection: DatabaseConnection;
  let log: DeliveryLog;
  let lines: { level: number; msg: string }[];

  beforeEach(async () => {
    slack = await startSlackStandIn();
    tmp = tempDb();
    tmp.db.close();
    lines = [];
    connection = new DatabaseConnection(tmp.path, logger());
    log = new DeliveryLog(connection);
    // The schedule existed before the slot: the 08:00 slot is due.
    await log.setCheckedUntil('morning', new Date('2026-11-23T06:59:00Z'));
  });
  afterEach(async () => {
    connection.close();
    await slack.close();
    tmp.cleanup();
  });

  function logger(): ReturnType<typeof createLogger> {
    return createLogger('info', { write: (line: string) => void lines.push(JSON.parse(line) as { level: number; msg: string }) });
  }

  function scheduler(clock: FakeClock): Scheduler {
    return new Scheduler({
      schedules: [schedule({})],
      posters: { slack: slackPoster(slack) },
      context: commandContext(),
      log,
      logger: logger(),
      clock,
      random: () => 0.5,
      owner: 'test',
      databaseRetry: { baseMs: 10, maxMs: 20 },
    });
  }

  /** Moves the good file aside (its WAL folded in first) and puts random bytes in its place. */
  function breakDatabase(): void {
    connection.db().pragma('wal_checkpoint(TRUNCATE)');
    renameSync(tmp.path, `${tmp.path}.good`);
    writeFileSync(tmp.path, randomBytes(8192));
  }
  function restoreDatabase(): void {
    renameSync(`${tmp.path}.good`, tmp.path);
  }

  it('posts nothing while the database is down, reports it, and posts the slot once (late) when it is back', async () => {
    const channel = keepSlackChannel(slack);
    const clock = new FakeClock('2026-11-23T06:59:30Z');
    const s = scheduler(clock);
    breakDatabase();
    clock.set('2026-11-23T07:00:00Z');
    await expect(s.tick()).rejects.toThrow(DatabaseUnavailableError);
    expect(channel).toEqual([]);
    expect(s.status()).toEqual([
      { id: 'morning', cron: '0 8 * * *', timezone: 'Europe/Brussels', target: 'slack:C0NEWS', next: '2026-11-24T07:00:00.000Z', nextLocal: 'Tue 2026-11-24 08:00 +01:00', paused: 'database unavailable' },
    ]);

    clock.set('2026-11-23T07:05:00Z');
    restoreDatabase();
    await s.tick();
    await s.tick();
    expect(channel).toHaveLength(1);
    expect(await log.list('morning')).toMatchObject([{ slot: SLOT, status: 'posted', late: true, messageId: channel[0]!.ts }]);
    expect(s.status()[0]).toMatchObject({ last: { slot: SLOT, status: 'posted', late: true } });
    expect(s.status()[0]!.paused).toBeUndefined();
  });

  it('a database that fails between the post and its record: the claim is reconciled after its lease, from the channel, never posted twice', async () => {
    const clock = new FakeClock('2026-11-23T07:00:00Z');
    const channel = keepSlackChannel(slack, () => breakDatabase());
    const s = scheduler(clock);
    await s.tick();
    expect(channel).toHaveLength(1);
    expect(lines.map((l) => l.msg)).toContain(
      'scheduled delivery stopped: the database is unavailable; its claim is reconciled (channel checked first) once the database is back and the lease has run out',
    );

    restoreDatabase();
    keepSlackChannel(slack).push(...channel);
    clock.set('2026-11-23T07:01:00Z');
    await s.tick();
    expect(await log.list('morning')).toMatchObject([{ status: 'claimed', owner: 'test', leaseUntil: '2026-11-23T07:01:30.000Z' }]);
    clock.set('2026-11-23T07:02:00Z');
    await s.tick();
    expect(await log.list('morning')).toMatchObject([{ slot: SLOT, status: 'posted', messageId: channel[0]!.ts }]);
    expect(slack.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);
  });

  it('the real-time loop backs off and resumes by itself, saying so once each way', async () => {
    const channel = keepSlackChannel(slack);
    const clock = new FakeClock('2026-11-23T07:00:10Z');
    const s = scheduler(clock);
    breakDatabase();
    s.start();
    try {
      await vi.waitFor(() => expect(lines.filter((l) => l.msg.startsWith('scheduled posts paused'))).toHaveLength(1), { timeout: 5_000, interval: 10 });
      // Several backed-off passes fail meanwhile; none of them posts or logs again at info or above.
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(channel).toEqual([]);
      restoreDatabase();
      await vi.waitFor(() => expect(channel).toHaveLength(1), { timeout: 5_000, interval: 10 });
      await vi.waitFor(async () => expect(await log.list('morning')).toMatchObject([{ status: 'posted' }]), { timeout: 5_000, interval: 10 });
    } finally {
      await s.stop(1_000);
    }
    expect(lines.filter((l) => l.level >= 30).map((l) => l.msg)).toEqual([
      `database unavailable: DATABASE_PATH: the database file ${tmp.path} was replaced while in use. Slash commands are still answered; scheduled posts and live feeds wait for it`,
      'scheduled posts paused: the database is unavailable; retrying until it is back (slots due meanwhile are posted late, within their grace)',
      'database available again: scheduled posts and live feeds resume',
      // The first pass that worked also did the pruning the failed ones could not.
      'delivery log pruned: 0 rows older than 90 days deleted',
      'scheduled posts resumed: the database is available again',
      'scheduled post delivered',
    ]);
  });
});
