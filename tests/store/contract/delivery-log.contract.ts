import { afterEach, describe, expect, it } from 'vitest';
import type { DeliveryLogStore, PlannedItem } from '../../../src/contracts/stores.js';
import type { OpenHarness, StoreHarness } from './harness.js';

const NOW = new Date('2026-11-23T07:00:00.000Z');
const SLOT = '2026-11-23T07:00:00.000Z';
const item = (fields: Partial<PlannedItem> = {}): PlannedItem => ({ item: '', story: 'inquiry', platform: 'slack', channel: 'C0NEWS', contentHash: 'h1', late: false, ...fields });

/** Writes one row of each final state (and claims) at a given slot, through the log's own methods. */
export async function record(log: DeliveryLogStore, scheduleId: string, slot: string, status: 'posted' | 'failed' | 'missed' | 'skipped' | 'claimed', item = '', hash = `h-${slot}`): Promise<void> {
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

export const rows = async (log: DeliveryLogStore): Promise<string[]> => (await log.list()).map((r) => `${r.scheduleId}/${r.item}@${r.slot.slice(0, 10)} ${r.status}`);

/** The delivery log's behaviour, the same on every store. */
export function deliveryLogContract(open: OpenHarness<DeliveryLogStore>): void {
  let harness: StoreHarness<DeliveryLogStore> | undefined;
  const start = async (): Promise<StoreHarness<DeliveryLogStore>> => (harness = await open());
  afterEach(async () => {
    await harness?.close();
    harness = undefined;
  });

  describe('claims', () => {
    it('lets only the first of two connections claim a slot', async () => {
      const { store: first, another } = await start();
      const second = await another();
      expect(await first.claimSlot('morning', SLOT, [item()], 'a', NOW, 90_000)).toBe(true);
      expect(await second.claimSlot('morning', SLOT, [item()], 'b', NOW, 90_000)).toBe(false);
      expect(await second.list()).toEqual([
        {
          scheduleId: 'morning',
          slot: SLOT,
          item: '',
          status: 'claimed',
          story: 'inquiry',
          platform: 'slack',
          channel: 'C0NEWS',
          owner: 'a',
          leaseUntil: '2026-11-23T07:01:30.000Z',
          attempts: 0,
          late: false,
          messageId: null,
          error: null,
          contentHash: 'h1',
          claimedAt: SLOT,
          updatedAt: SLOT,
        },
      ]);
    });

    it('of four connections claiming one slot at once (each with other items), exactly one wins, and only its items are written', async () => {
      const { store, another } = await start();
      const logs = [store, await another(), await another(), await another()];
      const won = await Promise.all(logs.map((log, i) => log.claimSlot('digest', SLOT, [item({ item: `a${i}` }), item({ item: `b${i}` })], `p${i}`, NOW, 90_000)));
      expect(won.filter(Boolean)).toHaveLength(1);
      const winner = won.indexOf(true);
      expect((await store.list()).map((r) => [r.item, r.owner])).toEqual([
        [`a${winner}`, `p${winner}`],
        [`b${winner}`, `p${winner}`],
      ]);
    });

    it('writes every item of a slot or none', async () => {
      const { store: log } = await start();
      expect(await log.claimSlot('digest', SLOT, [item({ item: 'a', story: 'a' }), item({ item: 'b', story: 'b', skipReason: 'unchanged' })], 'p', NOW, 1000)).toBe(true);
      expect((await log.list()).map((r) => [r.item, r.status, r.owner, r.leaseUntil, r.error])).toEqual([
        ['a', 'claimed', 'p', '2026-11-23T07:00:01.000Z', null],
        ['b', 'skipped', null, null, 'unchanged'],
      ]);
      expect(await log.claimSlot('digest', SLOT, [item({ item: 'c', story: 'c' })], 'q', NOW, 1000)).toBe(false);
      expect(await log.list()).toHaveLength(2);
      expect(await log.hasSlot('digest', SLOT)).toBe(true);
      expect(await log.hasSlot('digest', '2026-11-24T07:00:00.000Z')).toBe(false);
    });

    it('records posted only for the claim owner, and keeps the hash for skip-unchanged', async () => {
      const { store: log } = await start();
      await log.claimSlot('morning', SLOT, [item()], 'a', NOW, 90_000);
      const key = { scheduleId: 'morning', slot: SLOT, item: '' };
      expect(await log.markPosted(key, 'someone-else', '1.2', NOW)).toBe(false);
      expect(await log.markPosted(key, 'a', '1800000000.000001', new Date('2026-11-23T07:00:05Z'), true)).toBe(true);
      expect(await log.markPosted(key, 'a', '1800000000.000002', NOW)).toBe(false);
      expect(await log.get(key)).toMatchObject({ status: 'posted', messageId: '1800000000.000001', leaseUntil: null, late: true, updatedAt: '2026-11-23T07:00:05.000Z' });
      expect(await log.lastPostedHash('morning', '')).toBe('h1');
      expect(await log.lastPostedHash('morning', 'other')).toBeNull();
      expect(await log.lastRunSlot('morning', '2026-11-24T07:00:00.000Z')).toBe(SLOT);
      expect(await log.lastRunSlot('morning', SLOT)).toBeNull();
      expect(await log.latest('morning')).toMatchObject({ slot: SLOT, status: 'posted' });
      expect(await log.latest('evening')).toBeUndefined();
    });

    it('renews, fails and releases only its own claim', async () => {
      const { store: log } = await start();
      await log.claimSlot('digest', SLOT, [item({ item: 'a' }), item({ item: 'b' })], 'p', NOW, 90_000);
      const a = { scheduleId: 'digest', slot: SLOT, item: 'a' };
      const b = { scheduleId: 'digest', slot: SLOT, item: 'b' };
      expect(await log.renewLease(a, 'q', new Date('2026-11-23T07:05:00Z'), NOW, true)).toBe(false);
      expect(await log.renewLease(a, 'p', new Date('2026-11-23T07:05:00Z'), new Date('2026-11-23T07:00:30Z'), true)).toBe(true);
      expect(await log.get(a)).toMatchObject({ leaseUntil: '2026-11-23T07:05:00.000Z', attempts: 1, updatedAt: '2026-11-23T07:00:30.000Z' });
      expect(await log.markFailed(a, 'p', 'channel_not_found', NOW)).toBe(true);
      expect(await log.get(a)).toMatchObject({ status: 'failed', error: 'channel_not_found', leaseUntil: null, late: false });
      expect(await log.release(b, 'q', 'shutdown', NOW)).toBe(false);
      expect(await log.release(b, 'p', 'shutdown', new Date('2026-11-23T07:00:40Z'))).toBe(true);
      expect(await log.get(b)).toMatchObject({ status: 'claimed', owner: 'p', leaseUntil: '2026-11-23T07:00:40.000Z', error: 'shutdown' });
      // Released: the next process takes it over at once.
      expect(await log.takeOverStale('r', new Date('2026-11-23T07:00:40Z'), 90_000)).toMatchObject([{ item: 'b', owner: 'r', leaseUntil: '2026-11-23T07:02:10.000Z' }]);
    });

    it('hands an expired claim to exactly one taker', async () => {
      const { store: log, another } = await start();
      await log.claimSlot('morning', SLOT, [item()], 'dead', NOW, 90_000);
      await log.claimSlot('morning', '2026-11-22T07:00:00.000Z', [item()], 'dead', new Date('2026-11-22T07:00:00.000Z'), 90_000);
      expect(await log.takeOverStale('b', new Date('2026-11-23T07:01:00Z'), 90_000)).toMatchObject([{ slot: '2026-11-22T07:00:00.000Z', owner: 'b' }]);
      const later = new Date('2026-11-23T07:02:00Z');
      const others = [log, await another(), await another()];
      const taken = await Promise.all(others.map((taker, i) => taker.takeOverStale(`t${i}`, later, 90_000)));
      expect(taken.flat()).toHaveLength(1);
      expect(taken.flat()[0]).toMatchObject({ slot: SLOT, status: 'claimed', leaseUntil: '2026-11-23T07:03:30.000Z', updatedAt: '2026-11-23T07:02:00.000Z' });
      expect(await log.get({ scheduleId: 'morning', slot: SLOT, item: '' })).toMatchObject({ owner: taken.flat()[0]!.owner });
    });

    it('records a missed slot once and never over a decision already made', async () => {
      const { store: log } = await start();
      expect(await log.markMissed('morning', SLOT, 'down', NOW)).toBe(true);
      expect(await log.markMissed('morning', SLOT, 'down again', NOW)).toBe(false);
      expect(await log.claimSlot('morning', SLOT, [item()], 'a', NOW, 1000)).toBe(false);
      expect(await log.list()).toMatchObject([{ status: 'missed', error: 'down', owner: null, updatedAt: SLOT }]);
    });

    it('never marks missed a slot another instance claimed, whatever its items', async () => {
      const { store: log, another } = await start();
      expect(await log.claimSlot('digest', SLOT, [item({ item: 'a' }), item({ item: 'b' })], 'p', NOW, 90_000)).toBe(true);
      expect(await (await another()).markMissed('digest', SLOT, 'down', NOW)).toBe(false);
      expect((await log.list()).map((r) => [r.item, r.status])).toEqual([
        ['a', 'claimed'],
        ['b', 'claimed'],
      ]);
      // Missed first: no claim of any items after it.
      const other = '2026-11-24T07:00:00.000Z';
      expect(await log.markMissed('digest', other, 'down', NOW)).toBe(true);
      expect(await log.claimSlot('digest', other, [item({ item: 'a' })], 'p', NOW, 90_000)).toBe(false);
    });

    it('only moves checked_until forward and reserves each admin notice once until cleared', async () => {
      const { store: log } = await start();
      expect(await log.checkedUntil('morning')).toBeNull();
      await log.setCheckedUntil('morning', new Date('2026-11-23T08:00:00Z'));
      await log.setCheckedUntil('morning', new Date('2026-11-23T07:00:00Z'));
      expect(await log.checkedUntil('morning')).toBe('2026-11-23T08:00:00.000Z');
      expect(await log.reserveAdminNotice('morning', 'channel_not_found')).toBe(true);
      expect(await log.reserveAdminNotice('morning', 'channel_not_found')).toBe(false);
      expect(await log.reserveAdminNotice('morning', 'not_in_channel')).toBe(true);
      await log.clearAdminNotice('morning');
      expect(await log.reserveAdminNotice('morning', 'channel_not_found')).toBe(true);
      expect(await log.reserveAdminNotice('never-seen', 'channel_not_found')).toBe(false);
    });

    it('lists rows by schedule, slot and item in byte order', async () => {
      const { store: log } = await start();
      await record(log, 'b-schedule', '2026-11-22T07:00:00.000Z', 'posted', 'Zeta');
      await record(log, 'b-schedule', '2026-11-22T08:00:00.000Z', 'posted', 'alpha');
      await record(log, 'B-schedule', '2026-11-23T07:00:00.000Z', 'posted');
      await record(log, 'a-schedule', '2026-11-21T07:00:00.000Z', 'missed');
      expect(await rows(log)).toEqual(['B-schedule/@2026-11-23 posted', 'a-schedule/@2026-11-21 missed', 'b-schedule/Zeta@2026-11-22 posted', 'b-schedule/alpha@2026-11-22 posted']);
      expect((await log.list('b-schedule')).map((r) => r.item)).toEqual(['Zeta', 'alpha']);
    });

    it('keeps its rows across a restart', async () => {
      const { store: log, reopen } = await start();
      await record(log, 'morning', SLOT, 'posted');
      await log.setCheckedUntil('morning', NOW);
      const again = await reopen();
      expect(await rows(again)).toEqual(['morning/@2026-11-23 posted']);
      expect(await again.checkedUntil('morning')).toBe(SLOT);
    });
  });

  describe('prune', () => {
    it('deletes posted, failed, missed and skipped rows older than 90 days; keeps claimed rows and rows inside the window', async () => {
      const { store: log } = await start();
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
      const { store: log } = await start();
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
      const { store: log } = await start();
      await expect(log.prune(NOW, -1)).rejects.toThrow(new RangeError('retention must be a number of days >= 0, got -1'));
      await expect(log.prune(NOW, Number.NaN)).rejects.toThrow(RangeError);
    });
  });
}
