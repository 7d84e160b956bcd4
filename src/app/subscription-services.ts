import type { SubscriptionServices } from '../commands/subscriptions/subscription-services.js';
import type { Clock } from '../contracts/clock.js';
import type { SubscriptionStore } from '../contracts/stores.js';
import type { Logger } from '../logging/logger.js';
import { CronSlots } from '../schedule/cron-slots.js';
import { subscriptionSettings } from '../settings/commands.js';
import type { Settings } from '../settings/load.js';
import { DatabaseConnection } from '../store/database-connection.js';
import { SqliteSubscriptionStore } from '../store/sqlite-subscriptions.js';
import { createFeedChecker } from './feed-checker.js';
import { fetchOptionsFromSettings } from './fetch-options-from-settings.js';

/** The subscription commands' store, limits and helpers from loaded settings; `store` opens the database if needed. */
export function subscriptionServicesFromSettings(
  settings: Pick<Settings, 'commands' | 'feeds' | 'schedules'>,
  store: () => Promise<SubscriptionStore>,
  clock: Clock,
  logger: Logger,
): SubscriptionServices {
  const config = subscriptionSettings(settings.commands);
  return {
    store,
    clock,
    limits: { perChannel: config.max_per_channel, minIntervalMs: config.min_interval, feedsPerScope: config.max_feeds_per_workspace },
    defaultTimezone: config.default_timezone,
    // The scheduler's own slot maths: the runs a reply announces are the runs that happen, DST included.
    nextRuns: (cron, zone, after, count) => new CronSlots(cron, zone).nextN(after, count),
    feedIds: (settings.feeds?.feeds ?? []).map((f) => f.id),
    checkFeed: createFeedChecker(fetchOptionsFromSettings(settings, clock, logger), logger),
    configSchedules: (settings.schedules?.schedules ?? []).map((s) => ({
      id: s.id,
      cron: s.cron,
      timezone: s.timezone,
      platform: s.target.platform,
      channel: s.target.channel,
      enabled: s.enabled,
    })),
  };
}

/**
 * The SQLite store at `path`, opened on the first subscription command (the shell needs no database otherwise).
 * The one place that chooses the store: a PostgreSQL switch replaces this function.
 */
export function lazySqliteSubscriptionStore(path: string, logger: Logger): { store: () => Promise<SubscriptionStore>; close(): void } {
  let connection: DatabaseConnection | undefined;
  let store: SubscriptionStore | undefined;
  return {
    store: async () => {
      if (!store) {
        connection = new DatabaseConnection(path, logger);
        store = new SqliteSubscriptionStore(connection);
      }
      return store;
    },
    close: () => connection?.close(),
  };
}
