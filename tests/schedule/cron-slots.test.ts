import { describe, expect, it } from 'vitest';
import { CronSlots, resolveLocalTime } from '../../src/schedule/cron-slots.js';

const iso = (dates: Date[]): string[] => dates.map((d) => d.toISOString());

describe('CronSlots in Europe/Brussels', () => {
  it('runs 08:00 once every day across the spring transition (29 March 2026)', () => {
    const slots = new CronSlots('0 8 * * *', 'Europe/Brussels');
    expect(iso(slots.between(new Date('2026-03-27T00:00:00Z'), new Date('2026-03-31T00:00:00Z')))).toEqual([
      '2026-03-27T07:00:00.000Z',
      '2026-03-28T07:00:00.000Z',
      '2026-03-29T06:00:00.000Z',
      '2026-03-30T06:00:00.000Z',
    ]);
  });

  it('runs 08:00 once every day across the autumn transition (25 October 2026)', () => {
    const slots = new CronSlots('0 8 * * *', 'Europe/Brussels');
    expect(iso(slots.between(new Date('2026-10-23T00:00:00Z'), new Date('2026-10-27T00:00:00Z')))).toEqual([
      '2026-10-23T06:00:00.000Z',
      '2026-10-24T06:00:00.000Z',
      '2026-10-25T07:00:00.000Z',
      '2026-10-26T07:00:00.000Z',
    ]);
  });

  it('runs 02:30 once at 03:00 local on the spring night, when 02:30 does not exist', () => {
    const slots = new CronSlots('30 2 * * *', 'Europe/Brussels');
    expect(iso(slots.between(new Date('2026-03-28T00:00:00Z'), new Date('2026-03-30T12:00:00Z')))).toEqual([
      '2026-03-28T01:30:00.000Z',
      '2026-03-29T01:00:00.000Z',
      '2026-03-30T00:30:00.000Z',
    ]);
  });

  it('runs 02:30 once, at its first (summer-time) occurrence, on the autumn night when 02:30 happens twice', () => {
    const slots = new CronSlots('30 2 * * *', 'Europe/Brussels');
    expect(iso(slots.between(new Date('2026-10-24T00:00:00Z'), new Date('2026-10-26T12:00:00Z')))).toEqual([
      '2026-10-24T00:30:00.000Z',
      '2026-10-25T00:30:00.000Z',
      '2026-10-26T01:30:00.000Z',
    ]);
  });

  it('merges cron times that the spring gap moves onto the same instant', () => {
    const slots = new CronSlots('0,30 2,3 * * *', 'Europe/Brussels');
    expect(iso(slots.between(new Date('2026-03-28T23:00:00Z'), new Date('2026-03-29T03:00:00Z')))).toEqual([
      '2026-03-29T01:00:00.000Z',
      '2026-03-29T01:30:00.000Z',
    ]);
  });

  it('lists the next three weekday runs after a Friday afternoon', () => {
    const slots = new CronSlots('0 8 * * 1-5', 'Europe/Brussels');
    expect(iso(slots.nextN(new Date('2026-11-27T15:00:00Z'), 3))).toEqual([
      '2026-11-30T07:00:00.000Z',
      '2026-12-01T07:00:00.000Z',
      '2026-12-02T07:00:00.000Z',
    ]);
  });

  it('treats a restricted day-of-month and day-of-week as either-or, like cron', () => {
    const slots = new CronSlots('0 12 1 * mon', 'UTC');
    expect(iso(slots.nextN(new Date('2026-11-27T00:00:00Z'), 3))).toEqual([
      '2026-11-30T12:00:00.000Z',
      '2026-12-01T12:00:00.000Z',
      '2026-12-07T12:00:00.000Z',
    ]);
  });

  it('finds the previous slot and nothing strictly at the boundary', () => {
    const slots = new CronSlots('0 8 * * *', 'Europe/Brussels');
    expect(slots.previous(new Date('2026-11-23T07:00:00Z'))?.toISOString()).toBe('2026-11-22T07:00:00.000Z');
    expect(slots.next(new Date('2026-11-23T07:00:00Z'))?.toISOString()).toBe('2026-11-24T07:00:00.000Z');
  });

  it('resolves local times in a zone with a 30-minute DST shift (Australia/Lord_Howe)', () => {
    // 2026-10-04 02:00 → 02:30: 02:15 does not exist and runs at 02:30 local (+11:00).
    expect(new Date(resolveLocalTime('Australia/Lord_Howe', 2026, 10, 4, 2, 15)).toISOString()).toBe('2026-10-03T15:30:00.000Z');
  });
});
