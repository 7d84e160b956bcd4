import { IANAZone } from 'luxon';
import { z } from 'zod';

/** "1h", "90m", "30s" → ms. */
const duration = z.string().transform((value, ctx) => {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(s|m|h)\s*$/i.exec(value);
  if (!match) {
    ctx.addIssue({ code: 'custom', message: 'must be a duration like "1h", "90m" or "30s"' });
    return z.NEVER;
  }
  const unit = { s: 1_000, m: 60_000, h: 3_600_000 }[match[2]!.toLowerCase() as 's' | 'm' | 'h'];
  return Math.round(Number(match[1]) * unit);
});

export const SUBSCRIPTION_DEFAULTS = {
  max_per_channel: 10,
  min_interval: 3_600_000,
  max_feeds_per_workspace: 5,
  default_timezone: 'UTC',
} as const;

/**
 * `subscriptions:` in config/commands.yaml: limits on what channels may subscribe to in chat, and who may in Slack
 * (workspace admins and owners always; members of this user group too). See docs/schedules.md, "Subscriptions".
 */
export const subscriptionsSchema = z
  .object({
    max_per_channel: z.number().int('must be a whole number').min(1, 'must be at least 1').max(100, 'must be at most 100').default(SUBSCRIPTION_DEFAULTS.max_per_channel),
    /** The shortest gap between two runs of one subscription; "every 30m" is refused under the default 1h. */
    min_interval: duration
      .pipe(z.number().min(60_000, 'must be at least 1m (the scheduler works in whole minutes)').max(7 * 86_400_000, 'must be at most 168h (a week)'))
      .default(SUBSCRIPTION_DEFAULTS.min_interval),
    /** Distinct feed URLs the subscriptions of one Slack workspace or Discord server may add. */
    max_feeds_per_workspace: z.number().int('must be a whole number').min(0, 'must be 0 or more (0: no feed URLs)').max(100, 'must be at most 100').default(SUBSCRIPTION_DEFAULTS.max_feeds_per_workspace),
    /** The zone used when the user's own is unknown (Discord without timezone:, the shell without TZ). */
    default_timezone: z
      .string()
      .refine((zone) => IANAZone.isValidZone(zone), { message: 'must be an IANA time zone such as "Europe/Brussels" or "UTC"' })
      .default(SUBSCRIPTION_DEFAULTS.default_timezone),
    /** Slack: members of this user group may manage subscriptions too (besides workspace admins and owners). */
    slack_user_group: z
      .object({
        id: z.string().regex(/^S[A-Z0-9]{2,20}$/, 'must be a Slack user group id such as "S0123ABCD" (usergroups.list shows it)'),
        /** Shown in refusals: "members of @newsbrief-admins". */
        handle: z.string().regex(/^[a-z0-9._-]{1,80}$/, 'must be the group’s handle without "@", e.g. "newsbrief-admins"').optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export type SubscriptionsConfig = z.infer<typeof subscriptionsSchema>;
