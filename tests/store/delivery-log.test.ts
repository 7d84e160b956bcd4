import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/database.js';
import { DeliveryLog, type PlannedItem } from '../../src/store/delivery-log.js';
import { tempDb, type TempDb } from '../schedule/helpers.js';

const NOW = new Date('2026-11-23T07:00:00.000Z');
const SLOT = '2026-11-23T07:00:00.000Z';
const item = (fields: Partial<PlannedItem> = {}): PlannedItem => ({ item: '', story: 'inquiry', platform: 'slack', channel: 'C0NEWS', contentHash: 'h1', late: false, ...fields });

describe('DeliveryLog', () => {
  let tmp: TempDb;
  afterEach(() => tmp?.cleanup());

  it('lets only the first of two connections claim a slot', () => {
    tmp = tempDb();
    const first = new DeliveryLog(tmp.db);
    const secondDb = openDatabase(tmp.path);
    const second = new DeliveryLog(secondDb);
    expect(first.claimSlot('morning', SLOT, [item()], 'a', NOW, 90_000)).toBe(true);
    expect(second.claimSlot('morning', SLOT, [item()], 'b', NOW, 90_000)).toBe(false);
    expect(second.list()).toMatchObject([{ scheduleId: 'morning', slot: SLOT, item: '', status: 'claimed', owner: 'a', leaseUntil: '2026-11-23T07:01:30.000Z' }]);
    secondDb.close();
  });

  it('writes every item of a slot or none', () => {
    tmp = tempDb();
    const log = new DeliveryLog(tmp.db);
    expect(log.claimSlot('digest', SLOT, [item({ item: 'a', story: 'a' }), item({ item: 'b', story: 'b', skipReason: 'unchanged' })], 'p', NOW, 1000)).toBe(true);
    expect(log.list().map((r) => [r.item, r.status, r.error])).toEqual([
      ['a', 'claimed', null],
      ['b', 'skipped', 'unchanged'],
    ]);
    expect(log.claimSlot('digest', SLOT, [item({ item: 'c', story: 'c' })], 'q', NOW, 1000)).toBe(false);
    expect(log.list()).toHaveLength(2);
  });

  it('records posted only for the claim owner, and keeps the hash for skip-unchanged', () => {
    tmp = tempDb();
    const log = new DeliveryLog(tmp.db);
    log.claimSlot('morning', SLOT, [item()], 'a', NOW, 90_000);
    const key = { scheduleId: 'morning', slot: SLOT, item: '' };
    expect(log.markPosted(key, 'someone-else', '1.2', NOW)).toBe(false);
    expect(log.markPosted(key, 'a', '1800000000.000001', NOW)).toBe(true);
    expect(log.get(key)).toMatchObject({ status: 'posted', messageId: '1800000000.000001', leaseUntil: null });
    expect(log.lastPostedHash('morning', '')).toBe('h1');
    expect(log.lastRunSlot('morning', '2026-11-24T07:00:00.000Z')).toBe(SLOT);
  });

  it('hands an expired claim to exactly one taker', () => {
    tmp = tempDb();
    const log = new DeliveryLog(tmp.db);
    log.claimSlot('morning', SLOT, [item()], 'dead', NOW, 90_000);
    expect(log.takeOverStale('b', new Date('2026-11-23T07:01:00Z'), 90_000)).toEqual([]);
    const later = new Date('2026-11-23T07:02:00Z');
    const taken = log.takeOverStale('b', later, 90_000);
    expect(taken).toMatchObject([{ owner: 'b', status: 'claimed', leaseUntil: '2026-11-23T07:03:30.000Z' }]);
    expect(log.takeOverStale('c', later, 90_000)).toEqual([]);
  });

  it('records a missed slot once and never over a decision already made', () => {
    tmp = tempDb();
    const log = new DeliveryLog(tmp.db);
    expect(log.markMissed('morning', SLOT, 'down', NOW)).toBe(true);
    expect(log.markMissed('morning', SLOT, 'down again', NOW)).toBe(false);
    expect(log.claimSlot('morning', SLOT, [item()], 'a', NOW, 1000)).toBe(false);
    expect(log.list()).toMatchObject([{ status: 'missed', error: 'down' }]);
  });

  it('only moves checked_until forward and reserves each admin notice once until cleared', () => {
    tmp = tempDb();
    const log = new DeliveryLog(tmp.db);
    expect(log.checkedUntil('morning')).toBeNull();
    log.setCheckedUntil('morning', new Date('2026-11-23T08:00:00Z'));
    log.setCheckedUntil('morning', new Date('2026-11-23T07:00:00Z'));
    expect(log.checkedUntil('morning')).toBe('2026-11-23T08:00:00.000Z');
    expect(log.reserveAdminNotice('morning', 'channel_not_found')).toBe(true);
    expect(log.reserveAdminNotice('morning', 'channel_not_found')).toBe(false);
    log.clearAdminNotice('morning');
    expect(log.reserveAdminNotice('morning', 'channel_not_found')).toBe(true);
  });
});
