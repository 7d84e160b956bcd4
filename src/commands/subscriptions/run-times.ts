import { DateTime } from 'luxon';

/**
 * The instants a cron expression runs at in a zone, strictly after `after`. The wiring passes the scheduler's own
 * (src/schedule/cron-slots.ts), so the runs a reply announces are the runs that happen, DST rules included.
 */
export type NextRuns = (cron: string, zone: string, after: Date, count: number) => Date[];

/**
 * How far ahead the gaps between runs are checked: a year and a month holds every weekday, month and DST change
 * (a pair of runs only on 29 February is the one pattern it can miss), and a cap on the work per command.
 */
const HORIZON_MS = 400 * 86_400_000;
const MAX_RUNS_CHECKED = 3_000;
const BATCH = 500;

/**
 * The first two consecutive runs closer together than `minMs`, looking ahead from `from`; undefined when none
 * are. Real gaps, not the minute field: "0,30 8 * * *" runs twice within half an hour although each field is tame.
 */
export function tooCloseRuns(cron: string, zone: string, from: Date, minMs: number, nextRuns: NextRuns): [Date, Date] | undefined {
  const end = from.getTime() + HORIZON_MS;
  let after = from;
  let previous: Date | undefined;
  for (let checked = 0; checked < MAX_RUNS_CHECKED; ) {
    const runs = nextRuns(cron, zone, after, BATCH);
    for (const run of runs) {
      if (run.getTime() > end) return undefined;
      if (previous && run.getTime() - previous.getTime() < minMs) return [previous, run];
      previous = run;
    }
    checked += runs.length;
    if (runs.length < BATCH) return undefined;
    after = runs[runs.length - 1]!;
  }
  return undefined;
}

/** "2026-03-29 08:00": 24-hour local time in the subscription's zone, as every reply shows runs. */
export function formatRun(run: Date, zone: string): string {
  return DateTime.fromJSDate(run, { zone }).toFormat('yyyy-MM-dd HH:mm');
}
