import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChannelPoster } from '../../src/contracts/channel-poster.js';
import { createLogger } from '../../src/logging/logger.js';
import { Scheduler } from '../../src/schedule/scheduler.js';
import { ConfigError } from '../../src/contracts/config-error.js';
import { readYamlConfig } from '../../src/settings/read-yaml.js';
import { schedulesSchema } from '../../src/settings/schedules.js';
import { openDatabase } from '../../src/store/database.js';
import { DeliveryLog } from '../../src/store/delivery-log.js';
import type { PlannedItem } from '../../src/contracts/stores.js';
import { commandContext, FakeClock, schedule, tempDb, type TempDb } from '../schedule/helpers.js';

const NOW = new Date('2026-11-23T07:00:00.000Z');
const SLOT = '2026-11-23T07:00:00.000Z';
const item = (fields: Partial<PlannedItem> = {}): PlannedItem => ({ item: '', story: 'inquiry', platform: 'slack', channel: 'C0NEWS', contentHash: 'h1', late: false, ...fields });

describe('DeliveryLog', () => {
  let tmp: TempDb;
  afterEach(() => tmp?.cleanup());

  it('lets only the first of two connections claim a slot', async () => {
    tmp = tempDb();
    const first = new DeliveryLog(tmp.db);
    const secondDb = openDatabase(tmp.path);
    const second = new DeliveryLog(secondDb);
    expect(await first.claimSlot('morning', SLOT, [item()], 'a', NOW, 90_000)).toBe(true);
    expect(await second.claimSlot('morning', SLOT, [item()], 'b', NOW, 90_000)).toBe(false);
    expect(await second.list()).toMatchObject([{ scheduleId: 'morning', slot: SLOT, item: '', status: 'claimed', owner: 'a', leaseUntil: '2026-11-23T07:01:30.000Z' }]);
    secondDb.close();
  });

  it('writes every item of a slot or none', async () => {
    tmp = tempDb();
    const log = new DeliveryLog(tmp.db);
    expect(await log.claimSlot('digest', SLOT, [item({ item: 'a', story: 'a' }), item({ item: 'b', story: 'b', skipReason: 'unchanged' })], 'p', NOW, 1000)).toBe(true);
    expect((await log.list()).map((r) => [r.item, r.status, r.error])).toEqual([
      ['a', 'claimed', null],
      ['b', 'skipped', 'unchanged'],
    ]);
    expect(await log.claimSlot('digest', SLOT, [item({ item: 'c', story: 'c' })], 'q', NOW, 1000)).toBe(false);
    expect(await log.list()).toHaveLength(2);
  });

  it('records posted only for the claim owner, and keeps the hash for skip-unchanged', async () => {
    tmp = tempDb();
    const log = new DeliveryLog(tmp.db);
    await log.claimSlot('morning', SLOT, [item()], 'a', NOW, 90_000);
    const key = { scheduleId: 'morning', slot: SLOT, item: '' };
    expect(await log.markPosted(key, 'someone-else', '1.2', NOW)).toBe(false);
    expect(await log.markPosted(key, 'a', '1800000000.000001', NOW)).toBe(true);
    expect(await log.get(key)).toMatchObject({ status: 'posted', messageId: '1800000000.000001', leaseUntil: null });
    expect(await log.lastPostedHash('morning', '')).toBe('h1');
    expect(await log.lastRunSlot('morning', '2026-11-24T07:00:00.000Z')).toBe(SLOT);
  });

  it('hands an expired claim to exactly one taker', async () => {
    tmp = tempDb();
    const log = new DeliveryLog(tmp.db);
    await log.claimSlot('morning', SLOT, [item()], 'dead', NOW, 90_000);
    expect(await log.takeOverStale('b', new Date('2026-11-23T07:01:00Z'), 90_000)).toEqual([]);
    const later = new Date('2026-11-23T07:02:00Z');
    const taken = await log.takeOverStale('b', later, 90_000);
    expect(taken).toMatchObject([{ owner: 'b', status: 'claimed', leaseUntil: '2026-11-23T07:03:30.000Z' }]);
    expect(await log.takeOverStale('c', later, 90_000)).toEqual([]);
  });

  it('records a missed slot once and never over a decision already made', async () => {
    tmp = tempDb();
    const log = new DeliveryLog(tmp.db);
    expect(await log.markMissed('morning', SLOT, 'down', NOW)).toBe(true);
    expect(await log.markMissed('morning', SLOT, 'down again', NOW)).toBe(false);
    expect(await log.claimSlot('morning', SLOT, [item()], 'a', NOW, 1000)).toBe(false);
    expect(await log.list()).toMatchObject([{ status: 'missed', error: 'down' }]);
  });

  it('only moves checked_until forward and reserves each admin notice once until cleared', async () => {
    tmp = tempDb();
    const log = new DeliveryLog(tmp.db);
    expect(await log.checkedUntil('morning')).toBeNull();
    await log.setCheckedUntil('morning', new Date('2026-11-23T08:00:00Z'));
    await log.setCheckedUntil('morning', new Date('2026-11-23T07:00:00Z'));
    expect(await log.checkedUntil('morning')).toBe('2026-11-23T08:00:00.000Z');
    expect(await log.reserveAdminNotice('morning', 'channel_not_found')).toBe(true);
    expect(await log.reserveAdminNotice('morning', 'channel_not_found')).toBe(false);
    await log.clearAdminNotice('morning');
    expect(await log.reserveAdminNotice('morning', 'channel_not_found')).toBe(true);
  });
});

/** Writes one row of each final state (and claims) at a given slot, through the log's own methods. */
async function record(log: DeliveryLog, scheduleId: string, slot: string, status: 'posted' | 'failed' | 'missed' | 'skipped' | 'claimed', item = '', hash = `h-${slot}`): Promise<void> {
  const at = new Date(slot);
  if (status === 'missed') {
    expect(await log.markMissed(scheduleId, slot, 'down', at)).toBe(true);
    return;
  }
  const planned = [{ item, story: item || 'inquiry', platform: 'slack', channel: 'C0NEWS', contentHash: hash, late: false, ...(status === 'skipped' ? { skipReason: 'unchanged' } : {}) }];
  expect(await log.claimSlot(scheduleId, slot, planned, 'p', at, 90_000)).toBe(true);
  const key = { scheduleId, slot, item };
  if (status === 'posted') expect(await log.markPosted(key, 'p', `m-${slot}`, at)).toBe(true);
  if (status === 'failed') expect(await log.markFailed(key, 'p', 'channel_not_found', at)).toBe(true);
}

const rows = async (log: DeliveryLog): Promise<string[]> => (await log.list()).map((r) => `${r.scheduleId}/${r.item}@${r.slot.slice(0, 10)} ${r.status}`);

describe('DeliveryLog.prune', () => {
  let tmp: TempDb;
  afterEach(() => tmp?.cleanup());

  it('deletes posted, failed, missed and skipped rows older than 90 days; keeps claimed rows and rows inside the window', async () => {
    tmp = tempDb();
    const log = new DeliveryLog(tmp.db);
    // NOW is 2026-11-23T07:00Z: 90 days back is 2026-08-25T07:00:00.000Z.
    await record(log, 'morning', '2026-06-01T07:00:00.000Z', 'posted');
    await record(log, 'morning', '2026-06-02T07:00:00.000Z', 'failed');
    await record(log, 'morning', '2026-06-03T07:00:00.000Z', 'missed');
    await record(log, 'morning', '2026-06-04T07:00:00.000Z', 'skipped');
    await record(log, 'morning', '2026-06-05T07:00:00.000Z', 'claimed');
    await record(log, 'morning', '2026-08-25T06:59:00.000Z', 'missed');
    await record(log, 'morning', '2026-08-25T07:00:00.000Z', 'missed');
    await record(log, 'morning', '2026-10-01T07:00:00.000Z', 'failed');
    await record(log, 'morning', '2026-11-20T07:00:00.000Z', 'posted');
    await record(log, 'morning', '2026-11-21T07:00:00.000Z', 'missed');
    await record(log, 'morning', '2026-11-22T07:00:00.000Z', 'skipped');
    expect(await log.list()).toHaveLength(11);

    expect(await log.prune(NOW)).toBe(5);
    expect(await rows(log)).toEqual([
      'morning/@2026-06-05 claimed',
      'morning/@2026-08-25 missed',
      'morning/@2026-10-01 failed',
      'morning/@2026-11-20 posted',
      'morning/@2026-11-21 missed',
      'morning/@2026-11-22 skipped',
    ]);
    expect((await log.list())[1]!.slot).toBe('2026-08-25T07:00:00.000Z');
    expect(await log.prune(NOW)).toBe(0);

    // A shorter window of its own: 7 days back is 2026-11-16; the claim still stays.
    expect(await log.prune(NOW, 7)).toBe(2);
    expect(await rows(log)).toEqual(['morning/@2026-06-05 claimed', 'morning/@2026-11-20 posted', 'morning/@2026-11-21 missed', 'morning/@2026-11-22 skipped']);
  });

  it('keeps the rows later slots are decided from: the latest posted row of each schedule and item, and the latest run', async () => {
    tmp = tempDb();
    const log = new DeliveryLog(tmp.db);
    // Every row is older than 90 days.
    await record(log, 'weekly', '2026-05-01T07:00:00.000Z', 'posted');
    await record(log, 'weekly', '2026-05-08T07:00:00.000Z', 'posted');
    await record(log, 'weekly', '2026-05-15T07:00:00.000Z', 'skipped');
    await record(log, 'weekly', '2026-05-22T07:00:00.000Z', 'failed');
    await record(log, 'digest', '2026-05-01T07:00:00.000Z', 'posted', 'a', 'a1');
    await record(log, 'digest', '2026-05-02T07:00:00.000Z', 'posted', 'b', 'b1');
    await record(log, 'digest', '2026-05-08T07:00:00.000Z', 'posted', 'a', 'a2');
    await record(log, 'digest', '2026-05-09T07:00:00.000Z', 'missed');
    expect(await log.list()).toHaveLength(8);

    expect(await log.prune(NOW)).toBe(4);
    expect(await rows(log)).toEqual([
      'digest/b@2026-05-02 posted',
      'digest/a@2026-05-08 posted',
      'weekly/@2026-05-08 posted',
      'weekly/@2026-05-15 skipped',
    ]);
    expect(await log.lastPostedHash('weekly', '')).toBe('h-2026-05-08T07:00:00.000Z');
    expect(await log.lastRunSlot('weekly', SLOT)).toBe('2026-05-15T07:00:00.000Z');
    expect(await log.lastPostedHash('digest', 'a')).toBe('a2');
    expect(await log.lastPostedHash('digest', 'b')).toBe('b1');
    expect(await log.prune(NOW)).toBe(0);
  });

  it('refuses a retention that is not a number of days', async () => {
    tmp = tempDb();
    const log = new DeliveryLog(tmp.db);
    await expect(log.prune(NOW, -1)).rejects.toThrow(RangeError);
    await expect(log.prune(NOW, Number.NaN)).rejects.toThrow(RangeError);
  });
});

describe('the scheduler prunes the delivery log', () => {
  let tmp: TempDb;
  afterEach(() => {
    vi.restoreAllMocks();
    tmp?.cleanup();
  });

  function capture(): { lines: Record<string, unknown>[]; logger: ReturnType<typeof createLogger> } {
    const lines: Record<string, unknown>[] = [];
    return { lines, logger: createLogger('info', { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) }) };
  }

  it('on its first pass, then once a day, logging how many rows it deleted', async () => {
    tmp = tempDb();
    const log = new DeliveryLog(tmp.db);
    await record(log, 'morning', '2026-06-01T07:00:00.000Z', 'failed');
    await record(log, 'morning', '2026-06-02T07:00:00.000Z', 'missed');
    await record(log, 'morning', '2026-11-22T07:00:00.000Z', 'posted');
    const { lines, logger } = capture();
    const clock = new FakeClock(SLOT);
    const scheduler = new Scheduler({ schedules: [], posters: {}, context: commandContext(), log, logger, clock, owner: 'p' });
    const pruned = (): unknown[] => lines.filter((l) => l['component'] === 'scheduler' && 'pruned' in l).map((l) => l['pruned']);

    await scheduler.tick();
    expect(pruned()).toEqual([2]);
    expect(await rows(log)).toEqual(['morning/@2026-11-22 posted']);

    // A row that falls out of the window 23 h later waits for the next day's pruning.
    await record(log, 'morning', '2026-08-25T08:00:00.000Z', 'missed');
    clock.advance(23 * 3_600_000);
    await scheduler.tick();
    expect(pruned()).toEqual([2]);
    expect(await log.list()).toHaveLength(2);

    clock.advance(3_600_000);
    await scheduler.tick();
    expect(pruned()).toEqual([2, 1]);
    expect(await rows(log)).toEqual(['morning/@2026-11-22 posted']);
    expect(lines.at(-1)).toMatchObject({ level: 30, retentionDays: 90, msg: 'delivery log pruned: 1 row older than 90 days deleted' });
  });

  it('with the retention it is given', async () => {
    tmp = tempDb();
    const log = new DeliveryLog(tmp.db);
    await record(log, 'morning', '2026-10-23T06:59:00.000Z', 'failed');
    await record(log, 'morning', '2026-10-23T07:00:00.000Z', 'failed');
    const { logger } = capture();
    const scheduler = new Scheduler({ schedules: [], posters: {}, context: commandContext(), log, logger, clock: new FakeClock(SLOT), logRetentionDays: 31 });
    await scheduler.tick();
    expect((await log.list()).map((r) => r.slot)).toEqual(['2026-10-23T07:00:00.000Z']);
  });

  it('logs a pruning failure and goes on: the pass still posts, and pruning is tried again a day later', async () => {
    tmp = tempDb();
    const log = new DeliveryLog(tmp.db);
    await log.setCheckedUntil('morning', new Date('2026-11-23T06:59:00Z'));
    await record(log, 'morning', '2026-06-01T07:00:00.000Z', 'failed');
    const prune = vi.spyOn(log, 'prune').mockImplementationOnce(async () => {
      throw new Error('SQLITE_BUSY: database is locked');
    });
    const posted: string[] = [];
    const poster: ChannelPoster = {
      platform: 'slack',
      post: async (channel) => {
        posted.push(channel);
        return { messageId: `1800000000.00000${posted.length}` };
      },
      findTagged: async () => null,
    };
    const { lines, logger } = capture();
    const clock = new FakeClock(SLOT);
    const scheduler = new Scheduler({ schedules: [schedule({})], posters: { slack: poster }, context: commandContext(), log, logger, clock, owner: 'p' });

    await expect(scheduler.tick()).resolves.toBeUndefined();
    expect(posted).toEqual(['C0NEWS']);
    expect(lines.filter((l) => l['level'] === 50).map((l) => [l['msg'], (l['err'] as { message: string }).message])).toEqual([
      ['could not prune the delivery log; will try again in a day', 'SQLITE_BUSY: database is locked'],
    ]);
    expect(await rows(log)).toEqual(['morning/@2026-06-01 failed', 'morning/@2026-11-23 posted']);

    clock.advance(86_400_000);
    await scheduler.tick();
    expect(prune).toHaveBeenCalledTimes(2);
    expect(posted).toEqual(['C0NEWS', 'C0NEWS']);
    expect(await rows(log)).toEqual(['morning/@2026-11-23 posted', 'morning/@2026-11-24 posted']);
  });
});

describe('log_retention_days in config/schedules.yaml', () => {
  let tmp: TempDb;
  afterEach(() => tmp?.cleanup());

  it('is optional, a whole number of days, at least 7; errors name the file and the key', () => {
    expect(schedulesSchema.parse({}).log_retention_days).toBeUndefined();
    expect(schedulesSchema.parse({ log_retention_days: 30 }).log_retention_days).toBe(30);
    tmp = tempDb();
    const file = join(tmp.dir, 'schedules.yaml');
    const read = (yaml: string): unknown => {
      writeFileSync(file, yaml);
      return readYamlConfig(file, schedulesSchema);
    };
    expect(() => read('log_retention_days: 3\n')).toThrow(ConfigError);
    expect(() => read('log_retention_days: 3\n')).toThrow(`${file}: log_retention_days: must be at least 7 (catch-up after downtime looks back 7 days)`);
    expect(() => read('log_retention_days: 90d\n')).toThrow(`${file}: log_retention_days: must be a whole number of days`);
    expect(() => read('log_retention_days: 30.5\n')).toThrow(`${file}: log_retention_days: must be a whole number of days`);
  });
});
