import { CronExpressionParser } from 'cron-parser';
import cron from 'node-cron';
import { IANAZone } from 'luxon';
import { z } from 'zod';
import type { ScheduleConfig as Schedule } from '../contracts/schedule.js';
import { MIN_DELIVERY_RETENTION_DAYS } from '../contracts/stores.js';
import { formatDuration } from '../contracts/format-duration.js';
import { DEFAULT_LEASE_MS, MAX_PASS_INTERVAL_MS, MIN_GRACE_MS } from '../contracts/delivery-lease.js';

const platform = z.enum(['slack', 'discord'], { message: 'must be "slack" or "discord"' });

const channelTarget = z
  .object({
    platform,
    channel: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be a channel ID (Slack "C0123ABCD", Discord "123456789012345678")'),
  })
  .strict();

/** "2h", "90m", "30s", or a number of minutes. */
const duration = z
  .union([z.number().positive(), z.string()])
  .transform((value, ctx) => {
    if (typeof value === 'number') return Math.round(value * 60_000);
    const match = /^\s*(\d+(?:\.\d+)?)\s*(s|m|h)\s*$/i.exec(value);
    if (!match) {
      ctx.addIssue({ code: 'custom', message: 'must be a duration like "2h", "90m" or "30s"' });
      return z.NEVER;
    }
    const unit = { s: 1_000, m: 60_000, h: 3_600_000 }[match[2]!.toLowerCase() as 's' | 'm' | 'h'];
    return Math.round(Number(match[1]) * unit);
  });

/**
 * Five-field cron only (minute hour day-of-month month day-of-week). Seconds, L, W, # and H are refused:
 * the slot maths in src/schedule/cron-slots.ts works in whole local minutes and plain field values.
 */
const cronExpression = z.string().superRefine((value, ctx) => {
  const fields = value.trim().split(/\s+/);
  if (fields.length !== 5) {
    ctx.addIssue({ code: 'custom', message: `must have 5 fields (minute hour day-of-month month day-of-week), got ${fields.length}: "${value}"` });
    return;
  }
  if (/[LW#H]/.test(value.replace(/[a-z]{3}/gi, (name) => name.toLowerCase()))) {
    ctx.addIssue({ code: 'custom', message: `"${value}": L, W, # and H are not supported; use plain values, ranges, lists and steps` });
    return;
  }
  try {
    CronExpressionParser.parse(value, { strict: false });
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: `"${value}" is not a valid cron expression: ${(error as Error).message}` });
    return;
  }
  // node-cron wakes the scheduler at these times: it must read the expression the same way.
  if (!cron.validate(value)) ctx.addIssue({ code: 'custom', message: `"${value}" is not a cron expression node-cron can run` });
});

const timeZone = z.string().refine((zone) => IANAZone.isValidZone(zone), {
  message: 'must be an IANA time zone such as "Europe/Brussels" or "UTC"',
});

const storySelection = z.union([
  z.literal('updated-since-last-run'),
  z.object({ top: z.number().int().min(1).max(20) }).strict(),
]);

export const scheduleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, 'must be 1–40 lower-case letters, digits, "-" or "_"'),
    /** false keeps a schedule in the file without running it (the shipped example). */
    enabled: z.boolean().default(true),
    cron: cronExpression,
    timezone: timeZone,
    target: channelTarget,
    /** What each post shows: exactly what /briefing or /quotes would. */
    post: z.enum(['briefing', 'quotes'], { message: 'must be "briefing" or "quotes"' }).default('briefing'),
    /** Only with post: quotes: one speaker's quotes (any part of the name, as /quotes accepts). */
    speaker: z.string().min(1).optional(),
    /** One story, by id or title. Without story or stories: the newest story, as /briefing with no argument. */
    story: z.string().min(1).optional(),
    /** Several stories, one post each: those updated since the last run, or the top N of the last 24 h. */
    stories: storySelection.optional(),
    /** How late a slot may still be posted (catch-up after downtime, retries, a crash mid-post). Default 2 h. */
    grace: duration
      .pipe(
        z
          .number()
          .min(
            MIN_GRACE_MS,
            `must be at least ${formatDuration(MIN_GRACE_MS)}: a crash mid-post is recovered once the claim's ${formatDuration(DEFAULT_LEASE_MS)} lease has run out and the next pass (within ${formatDuration(MAX_PASS_INTERVAL_MS)}) sees it, and only a slot still within grace is posted then`,
          ),
      )
      .default(2 * 3_600_000),
    /** post: always post; skip-unchanged: skip when the post is identical to the last one posted. */
    when_unchanged: z.enum(['post', 'skip-unchanged'], { message: 'must be "post" or "skip-unchanged"' }).default('post'),
    /** Where permanent failures of this schedule are reported (once per kind of failure). */
    admin: channelTarget.optional(),
  })
  .strict()
  .superRefine((schedule, ctx) => {
    if (schedule.story && schedule.stories) {
      ctx.addIssue({ code: 'custom', path: ['stories'], message: 'use either "story" or "stories", not both' });
    }
    if (schedule.speaker && schedule.post !== 'quotes') {
      ctx.addIssue({ code: 'custom', path: ['speaker'], message: 'only applies with post: quotes' });
    }
  });

export const schedulesSchema = z
  .object({
    /** Default admin channel for every schedule that names none. */
    admin: channelTarget.optional(),
    schedules: z.array(scheduleSchema).default([]),
    /**
     * Decided delivery-log rows older than this many days are pruned (at start, then daily); default
     * DEFAULT_DELIVERY_RETENTION_DAYS (90). At least the 7 days catch-up looks back.
     */
    log_retention_days: z
      .number({ message: 'must be a whole number of days' })
      .int('must be a whole number of days')
      .min(MIN_DELIVERY_RETENTION_DAYS, `must be at least ${MIN_DELIVERY_RETENTION_DAYS} (catch-up after downtime looks back 7 days)`)
      .max(36_500, 'must be at most 36500 (100 years)')
      .optional(),
  })
  .strict()
  .superRefine((config, ctx) => {
    const seen = new Set<string>();
    config.schedules.forEach((schedule, index) => {
      if (seen.has(schedule.id)) ctx.addIssue({ code: 'custom', path: ['schedules', index, 'id'], message: `"${schedule.id}" is used by another schedule` });
      seen.add(schedule.id);
    });
  });

export type SchedulesConfig = z.infer<typeof schedulesSchema>;
export type ScheduleConfig = z.infer<typeof scheduleSchema>;
export type ChannelTarget = z.infer<typeof channelTarget>;

// The scheduler runs the contract's ScheduleConfig: a schedule read from the file must fit it, or this fails to compile.
const fitsTheScheduler: (schedule: ScheduleConfig) => Schedule = (schedule) => schedule;
void fitsTheScheduler;
