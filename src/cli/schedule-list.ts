import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { systemClock } from '../app/system-clock.js';
import { formatLocal } from '../schedule/scheduler.js';
import { CronSlots } from '../schedule/cron-slots.js';
import { describeKeywords, hasKeywords } from '../schedule/keyword-filter.js';
import { formatDuration } from '../contracts/format-duration.js';
import type { Subscription } from '../contracts/stores.js';
import { loadSettings } from '../settings/load.js';
import type { ScheduleConfig, SchedulesConfig } from '../settings/schedules.js';
import { createLogger, type Logger } from '../logging/logger.js';
import { DEFAULT_DATABASE_PATH } from '../store/database.js';
import { isPostgresUrl, openStores, type StoreSettings } from '../store/open-stores.js';
import { parseCliArgs } from './args.js';
import { UsageError } from './usage-error.js';

const USAGE = 'newsbrief schedule list [--now ISO-TIME] [--count N]';

/**
 * Every schedule with its next runs, each in its own zone: the config file's, then the subscriptions made in chat.
 * What `newsbrief schedule list` prints.
 */
export function formatScheduleList(config: SchedulesConfig, now: Date, count = 3, subscriptions: readonly Subscription[] = []): string {
  if (config.schedules.length === 0 && subscriptions.length === 0) {
    return 'No schedules: add them to config/schedules.yaml, or subscribe a channel with /briefing subscribe (see docs/schedules.md).\n';
  }
  const blocks = config.schedules.map((s) => {
    const head = `${s.id}${s.enabled ? '' : ' (disabled)'}: ${describe(s)}`;
    const meta = `  cron "${s.cron}" in ${s.timezone}, grace ${formatDuration(s.grace)}, when unchanged: ${s.when_unchanged}`;
    return [head, meta, ...nextRuns(s.cron, s.timezone, now, count)].join('\n');
  });
  const sections: string[] = [];
  if (blocks.length) sections.push(blocks.join('\n\n'));
  if (subscriptions.length) {
    sections.push(['Subscriptions (made in chat):', '', subscriptions.map((s) => describeSubscription(s, now, count)).join('\n\n')].join('\n'));
  }
  return `${sections.join('\n\n')}\n`;
}

function describeSubscription(sub: Subscription, now: Date, count: number): string {
  const channel = sub.channel.platform === 'shell' ? 'the shell' : `${sub.channel.platform} channel ${sub.channel.channelId}`;
  const lines = [
    `subscription ${sub.id}${sub.paused ? ' (paused)' : ''}: ${sub.whatText} → ${channel}`,
    `  when "${sub.when.text}" (cron "${sub.when.cron}") in ${sub.timezone}`,
  ];
  if (hasKeywords(sub.keywords)) lines.push(`  keywords: ${describeKeywords(sub.keywords)}`);
  if (sub.paused) {
    lines.push(`  paused: ${sub.pausedReason ?? 'by a user'}`, '  next: none while paused');
  } else {
    lines.push(...nextRuns(sub.when.cron, sub.timezone, now, count));
  }
  return lines.join('\n');
}

function nextRuns(cron: string, zone: string, now: Date, count: number): string[] {
  let next: Date[];
  try {
    next = new CronSlots(cron, zone).nextN(now, count);
  } catch (error) {
    return [`  next: never (${(error as Error).message})`];
  }
  return next.length ? next.map((t) => `  next: ${formatLocal(t, zone)}`) : ['  next: never (the expression names no time in the next 8 years)'];
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

/**
 * The stored subscriptions: from PostgreSQL when DATABASE_URL is set (migrated first, like serve), else from the
 * SQLite file, which is never created just to list nothing (no file: nothing was ever subscribed).
 */
export async function readSubscriptions(env: StoreSettings, logger: Logger): Promise<Subscription[]> {
  if (!isPostgresUrl(env.DATABASE_URL) && !existsSync(resolve(env.DATABASE_PATH ?? DEFAULT_DATABASE_PATH))) return [];
  const stores = openStores(env, logger);
  try {
    if (!(await stores.open())) {
      const state = stores.state();
      throw new Error(`cannot read the subscriptions: ${state.state === 'unavailable' ? state.error : 'the database is unavailable'}`);
    }
    return await stores.subscriptions.listAll();
  } finally {
    await stores.close();
  }
}

export async function run(args: string[]): Promise<number> {
  const { values } = parseCliArgs(args, { now: { type: 'string' }, count: { type: 'string' } }, USAGE);
  const now = values.now ? new Date(values.now) : systemClock.now();
  if (Number.isNaN(now.getTime())) throw new UsageError(`--now must be an ISO time such as 2026-03-28T12:00:00Z (got "${values.now}")\nUsage: ${USAGE}`);
  const count = values.count ? Number(values.count) : 3;
  if (!Number.isInteger(count) || count < 1 || count > 50) throw new UsageError(`--count must be a whole number from 1 to 50\nUsage: ${USAGE}`);
  const settings = loadSettings();
  const subscriptions = await readSubscriptions(settings.env, createLogger(settings.env.LOG_LEVEL ?? 'warn', process.stderr as never));
  process.stdout.write(formatScheduleList(settings.schedules ?? { schedules: [] }, now, count, subscriptions));
  return 0;
}
