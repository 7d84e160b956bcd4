import { systemClock } from '../app/system-clock.js';
import { formatLocal } from '../schedule/scheduler.js';
import { CronSlots } from '../schedule/cron-slots.js';
import { formatDuration } from '../contracts/format-duration.js';
import { loadSettings } from '../settings/load.js';
import type { ScheduleConfig, SchedulesConfig } from '../settings/schedules.js';
import { parseCliArgs } from './args.js';
import { UsageError } from './usage-error.js';

const USAGE = 'newsbrief schedule list [--now ISO-TIME] [--count N]';

/** Every schedule with its next runs, each in its own zone: what `newsbrief schedule list` prints. */
export function formatScheduleList(config: SchedulesConfig, now: Date, count = 3): string {
  if (config.schedules.length === 0) return 'No schedules: add them to config/schedules.yaml (see docs/schedules.md).\n';
  const blocks = config.schedules.map((s) => {
    const next = new CronSlots(s.cron, s.timezone).nextN(now, count);
    const head = `${s.id}${s.enabled ? '' : ' (disabled)'}: ${describe(s)}`;
    const meta = `  cron "${s.cron}" in ${s.timezone}, grace ${formatDuration(s.grace)}, when unchanged: ${s.when_unchanged}`;
    const runs = next.length ? next.map((t) => `  next: ${formatLocal(t, s.timezone)}`) : ['  next: never (the expression names no time in the next 8 years)'];
    return [head, meta, ...runs].join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}

function describe(s: ScheduleConfig): string {
  const what = s.post === 'quotes' ? (s.speaker ? `quotes from ${s.speaker}` : 'quotes') : 'briefing';
  const which = s.story
    ? `story "${s.story}"`
    : s.stories === 'updated-since-last-run'
      ? 'each story updated since the last run'
      : s.stories
        ? `top ${s.stories.top} stories of the last 24 h`
        : 'the newest story';
  return `${what} of ${which} → ${s.target.platform} channel ${s.target.channel}`;
}

export async function run(args: string[]): Promise<number> {
  const { values } = parseCliArgs(args, { now: { type: 'string' }, count: { type: 'string' } }, USAGE);
  const now = values.now ? new Date(values.now) : systemClock.now();
  if (Number.isNaN(now.getTime())) throw new UsageError(`--now must be an ISO time such as 2026-03-28T12:00:00Z (got "${values.now}")\nUsage: ${USAGE}`);
  const count = values.count ? Number(values.count) : 3;
  if (!Number.isInteger(count) || count < 1 || count > 50) throw new UsageError(`--count must be a whole number from 1 to 50\nUsage: ${USAGE}`);
  const settings = loadSettings();
  process.stdout.write(formatScheduleList(settings.schedules ?? { schedules: [] }, now, count));
  return 0;
}
