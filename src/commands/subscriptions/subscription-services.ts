import type { Clock } from '../../contracts/clock.js';
import type { SubscriptionChannel, SubscriptionCountLimits, SubscriptionStore } from '../../contracts/stores.js';
import type { NextRuns } from './run-times.js';

/**
 * Limits from config/commands.yaml `subscriptions:` (src/settings/subscriptions.ts reads and checks them); the counted
 * ones (per channel, feed URLs per workspace) the store applies as it adds.
 */
export interface SubscriptionLimits extends SubscriptionCountLimits {
  /** The shortest gap allowed between two runs of one subscription. */
  minIntervalMs: number;
}

export const DEFAULT_SUBSCRIPTION_LIMITS: Readonly<SubscriptionLimits> = { perChannel: 10, minIntervalMs: 3_600_000, feedsPerScope: 5 };

/** A config-file schedule, shown read-only beside the subscriptions of the channel it posts to. */
export interface ConfigSchedule {
  id: string;
  cron: string;
  timezone: string;
  platform: string;
  channel: string;
  enabled: boolean;
}

/**
 * Fetches a URL through the safe fetcher and reads it as an RSS or Atom feed; resolves with its title, or
 * rejects with a UserFacingError saying why not (a private address, not a feed…).
 */
export type FeedChecker = (url: string) => Promise<{ title?: string }>;

/** What the subscription commands need beyond the library, given by the wiring (serve, the shell). */
export interface SubscriptionServices {
  /** The store; opened on first use where opening is costly (the shell). Rejects with DatabaseUnavailableError. */
  store(): Promise<SubscriptionStore>;
  clock: Pick<Clock, 'now'>;
  limits: SubscriptionLimits;
  /** The zone when the user's own is unknown (config `subscriptions.default_timezone`). */
  defaultTimezone: string;
  nextRuns: NextRuns;
  /** Feed ids from config/feeds.yaml. */
  feedIds: readonly string[];
  /** Absent: feed URLs cannot be subscribed here. */
  checkFeed?: FeedChecker;
  configSchedules: readonly ConfigSchedule[];
  /**
   * Why scheduled posts cannot reach this platform's channels (a Discord bot without DISCORD_TOKEN answers over HTTP
   * interactions but cannot post on its own); undefined when they can. Absent: they can.
   */
  cannotPost?(platform: SubscriptionChannel['platform']): string | undefined;
}
