import { CronExpressionParser } from 'cron-parser';
import { DateTime } from 'luxon';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/** Far enough for "29 Feb on a Monday" (28 years would be exact; 8 covers every leap day). */
const MAX_SCAN_DAYS = 8 * 366;

/**
 * The instants a cron expression names in one IANA zone.
 *
 * cron-parser reads the expression; the walk over local days is ours, so the DST rules are explicit:
 * - a local time that does not exist (spring forward, e.g. 02:30 in Europe/Brussels) runs once, at the
 *   first minute after the gap (03:00 local);
 * - a local time that exists twice (fall back) runs once, at its first occurrence (summer time);
 * - two cron times landing on the same instant (02:00 and 02:30 both moved to 03:00) are one slot.
 */
export class CronSlots {
  private readonly minutes: number[];
  private readonly hours: number[];
  private readonly daysOfMonth: Set<number>;
  private readonly months: Set<number>;
  private readonly daysOfWeek: Set<number>;
  private readonly dayOfMonthWild: boolean;
  private readonly dayOfWeekWild: boolean;

  constructor(
    readonly cron: string,
    readonly zone: string,
  ) {
    const fields = CronExpressionParser.parse(cron).fields;
    this.minutes = [...fields.minute.values].map(Number).sort((a, b) => a - b);
    this.hours = [...fields.hour.values].map(Number).sort((a, b) => a - b);
    this.daysOfMonth = new Set(fields.dayOfMonth.values.map(Number));
    this.months = new Set(fields.month.values.map(Number));
    // 7 and 0 both mean Sunday; luxon's weekday is 1 (Monday) … 7 (Sunday).
    this.daysOfWeek = new Set(fields.dayOfWeek.values.map((d) => (Number(d) === 0 ? 7 : Number(d))));
    this.dayOfMonthWild = fields.dayOfMonth.isWildcard;
    this.dayOfWeekWild = fields.dayOfWeek.isWildcard;
    if (!DateTime.now().setZone(zone).isValid) throw new Error(`unknown time zone "${zone}"`);
  }

  /** The first slot strictly after `after`, or null when none within eight years. */
  next(after: Date): Date | null {
    return this.nextN(after, 1)[0] ?? null;
  }

  /** The next `count` slots strictly after `after`. */
  nextN(after: Date, count: number): Date[] {
    const out: Date[] = [];
    const t = after.getTime();
    let day = this.localDay(t - DAY_MS);
    for (let i = 0; i < MAX_SCAN_DAYS && out.length < count; i++, day = day.plus({ days: 1 })) {
      for (const ms of this.slotsOnDay(day)) {
        if (ms > t && (out.length === 0 || ms > out[out.length - 1]!.getTime())) out.push(new Date(ms));
        if (out.length === count) break;
      }
    }
    return out;
  }

  /** The latest slot strictly before `before`, looking back at most `lookbackMs`. */
  previous(before: Date, lookbackMs = 8 * DAY_MS): Date | null {
    const slots = this.between(new Date(before.getTime() - lookbackMs), new Date(before.getTime() - 1));
    return slots[slots.length - 1] ?? null;
  }

  /** Every slot in (from, to], oldest first. */
  between(from: Date, to: Date): Date[] {
    const start = from.getTime();
    const end = to.getTime();
    if (end <= start) return [];
    const seen = new Set<number>();
    let day = this.localDay(start - DAY_MS);
    const lastDay = this.localDay(end + DAY_MS);
    for (; day <= lastDay; day = day.plus({ days: 1 })) {
      for (const ms of this.slotsOnDay(day)) if (ms > start && ms <= end) seen.add(ms);
    }
    return [...seen].sort((a, b) => a - b).map((ms) => new Date(ms));
  }

  private localDay(ms: number): DateTime {
    return DateTime.fromMillis(ms, { zone: this.zone }).startOf('day');
  }

  private dayMatches(day: DateTime): boolean {
    if (!this.months.has(day.month)) return false;
    const dom = this.daysOfMonth.has(day.day);
    const dow = this.daysOfWeek.has(day.weekday);
    // Classic cron: when both day fields are restricted, either may match.
    if (!this.dayOfMonthWild && !this.dayOfWeekWild) return dom || dow;
    return dom && dow;
  }

  /** Slot instants (ms) of one local calendar day, sorted and without duplicates. */
  private slotsOnDay(day: DateTime): number[] {
    if (!this.dayMatches(day)) return [];
    const out = new Set<number>();
    for (const hour of this.hours) {
      for (const minute of this.minutes) out.add(resolveLocalTime(this.zone, day.year, day.month, day.day, hour, minute));
    }
    return [...out].sort((a, b) => a - b);
  }
}

/**
 * The instant of a local wall time: the earliest one when it exists twice, the first minute after the gap
 * when it does not exist. (luxon alone would pick the later of two and shift a missing time by the gap.)
 */
export function resolveLocalTime(zone: string, year: number, month: number, day: number, hour: number, minute: number): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  for (let shift = 0; shift <= 24 * 60; shift++) {
    const target = wall + shift * MINUTE_MS;
    const offsets = new Set(
      [target - DAY_MS, target, target + DAY_MS].map((ms) => DateTime.fromMillis(ms, { zone }).offset),
    );
    const candidates = [...offsets]
      .map((offset) => target - offset * MINUTE_MS)
      .filter((instant) => DateTime.fromMillis(instant, { zone }).offset * MINUTE_MS === target - instant)
      .sort((a, b) => a - b);
    if (candidates.length > 0) return candidates[0]!;
  }
  throw new Error(`no local time ${year}-${month}-${day} ${hour}:${minute} in ${zone}`);
}
