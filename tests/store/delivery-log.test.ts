import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChannelPoster } from '../../src/contracts/channel-poster.js';
import { createLogger } from '../../src/logging/logger.js';
import { Scheduler } from '../../src/schedule/scheduler.js';
import { ConfigError } from '../../src/contracts/config-error.js';
import { readYamlConfig } from '../../src/settings/read-yaml.js';
import { schedulesSchema } from '../../src/settings/schedules.js';
import { DeliveryLog } from '../../src/store/delivery-log.js';
import { record, rows } from './contract/delivery-log.contract.js';
import { commandContext, FakeClock, schedule, tempDb, type TempDb } from '../schedule/helpers.js';

const SLOT = '2026-11-23T07:00:00.000Z';

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
