import { describe, expect, it } from 'vitest';
import { parseWhen } from '../../../src/commands/subscriptions/parse-when.js';
import { formatRun, tooCloseRuns } from '../../../src/commands/subscriptions/run-times.js';
import { CronSlots } from '../../../src/schedule/cron-slots.js';

const nextRuns = (cron: string, zone: string, after: Date, count: number) => new CronSlots(cron, zone).nextN(after, count);
const HOUR = 3_600_000;

function cronOf(text: string): string {
  const parsed = parseWhen(text);
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.when.cron;
}

function problemOf(text: string): string {
  const parsed = parseWhen(text);
  if (parsed.ok) throw new Error(`read as ${parsed.when.cron}`);
  return parsed.problem;
}

describe('parseWhen: the words a user types, as five-field cron', () => {
  it('reads daily, weekdays, weekends, weekly, every and cron expressions', () => {
    expect(parseWhen('daily 08:00')).toEqual({ ok: true, when: { text: 'daily 08:00', cron: '0 8 * * *' } });
    expect(cronOf('weekdays 07:30')).toBe('30 7 * * 1-5');
    expect(cronOf('weekends 10:05')).toBe('5 10 * * 0,6');
    expect(cronOf('weekly mon 09:00')).toBe('0 9 * * 1');
    expect(cronOf('Weekly Sunday 9:15')).toBe('15 9 * * 0');
    expect(cronOf('every 2h')).toBe('0 */2 * * *');
    expect(cronOf('every 1 hour')).toBe('0 * * * *');
    expect(cronOf('every 24h')).toBe('0 0 * * *');
    expect(cronOf('every 30m')).toBe('*/30 * * * *');
    expect(cronOf('0 8 * * 1-5')).toBe('0 8 * * 1-5');
    expect(parseWhen('  daily   08:00 ')).toEqual({ ok: true, when: { text: 'daily 08:00', cron: '0 8 * * *' } });
  });

  it('refuses impossible times, unknown days and uneven steps, saying what was wrong', () => {
    expect(problemOf('daily 25:00')).toBe('“25:00” is not a time of day; hours go from 00 to 23 and minutes from 00 to 59.');
    expect(problemOf('daily 12:60')).toBe('“12:60” is not a time of day; hours go from 00 to 23 and minutes from 00 to 59.');
    expect(problemOf('daily 8am')).toBe('“8am” is not a time; use 24-hour HH:MM, e.g. 08:00 or 17:30.');
    expect(problemOf('weekly xyz 09:00')).toBe('“xyz” is not a day of the week; use mon, tue, wed, thu, fri, sat or sun.');
    expect(problemOf('weekly monkey 09:00')).toBe('“monkey” is not a day of the week; use mon, tue, wed, thu, fri, sat or sun.');
    expect(problemOf('weekly 09:00')).toBe('“weekly 09:00”: expected “weekly <day> HH:MM”, e.g. “weekly mon 09:00”.');
    expect(problemOf('every 5h')).toBe('“every 5h”: hours must divide a day evenly (1, 2, 3, 4, 6, 8, 12 or 24).');
    expect(problemOf('every 7m')).toBe('“every 7m”: minutes must divide an hour evenly (1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30).');
    expect(problemOf('every 0h')).toBe('“every 0h”: the interval must be more than zero.');
    expect(problemOf('0 8 * * 1L')).toBe('“0 8 * * 1L”: L, W, # and H are not supported in cron expressions; use plain values, ranges, lists and steps.');
    expect(problemOf('0 25 * * *')).toMatch(/^“0 25 \* \* \*” is not a valid cron expression/);
    expect(problemOf('sometimes')).toBe('“sometimes” is not a schedule I can read. Use daily 08:00, weekdays 07:30, weekends 10:00, weekly mon 09:00, every 2h, every 30m, or a cron expression such as "0 8 * * 1-5".');
  });
});

describe('run times of what parseWhen read (the scheduler’s own slots)', () => {
  it('daily 02:30 in Brussels across the spring change runs at 03:00 on the day 02:30 does not exist', () => {
    const runs = nextRuns(cronOf('daily 02:30'), 'Europe/Brussels', new Date('2026-03-28T12:00:00Z'), 3);
    expect(runs.map((r) => formatRun(r, 'Europe/Brussels'))).toEqual(['2026-03-29 03:00', '2026-03-30 02:30', '2026-03-31 02:30']);
    expect(runs.map((r) => r.toISOString())).toEqual(['2026-03-29T01:00:00.000Z', '2026-03-30T00:30:00.000Z', '2026-03-31T00:30:00.000Z']);
  });

  it('weekdays 07:30 in New York across the autumn change keeps 07:30 local, an hour later in UTC', () => {
    const runs = nextRuns(cronOf('weekdays 07:30'), 'America/New_York', new Date('2026-10-30T12:00:00Z'), 3);
    expect(runs.map((r) => formatRun(r, 'America/New_York'))).toEqual(['2026-11-02 07:30', '2026-11-03 07:30', '2026-11-04 07:30']);
    expect(runs.map((r) => r.toISOString())).toEqual(['2026-11-02T12:30:00.000Z', '2026-11-03T12:30:00.000Z', '2026-11-04T12:30:00.000Z']);
  });

  it('finds runs closer than the minimum from the real gaps, not the minute field', () => {
    const from = new Date('2026-03-02T09:00:00Z');
    expect(tooCloseRuns(cronOf('every 2h'), 'UTC', from, HOUR, nextRuns)).toBeUndefined();
    expect(tooCloseRuns(cronOf('every 1h'), 'UTC', from, HOUR, nextRuns)).toBeUndefined();
    const half = tooCloseRuns(cronOf('every 30m'), 'UTC', from, HOUR, nextRuns)!;
    expect(half.map((r) => r.toISOString())).toEqual(['2026-03-02T09:30:00.000Z', '2026-03-02T10:00:00.000Z']);
    // Each field is tame, yet two runs fall 30 minutes apart every Monday.
    const pair = tooCloseRuns('0,30 8 * * 1', 'UTC', from, HOUR, nextRuns)!;
    expect(pair.map((r) => r.toISOString())).toEqual(['2026-03-09T08:00:00.000Z', '2026-03-09T08:30:00.000Z']);
    expect(tooCloseRuns('10,30 0,23 * * *', 'UTC', from, HOUR, nextRuns)?.map((r) => r.toISOString())).toEqual(['2026-03-02T23:10:00.000Z', '2026-03-02T23:30:00.000Z']);
    expect(tooCloseRuns('30 23 * * *', 'UTC', from, HOUR, nextRuns)).toBeUndefined();
  });
});
