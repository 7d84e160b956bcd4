import type { SubscriptionServices } from '../commands/subscriptions/subscription-services.js';
import type { Clock } from '../contracts/clock.js';
import type { SubscriptionStore } from '../contracts/stores.js';
import type { Logger } from '../logging/logger.js';
import { CronSlots } from '../schedule/cron-slots.js';
import { subscriptionSettings } from '../settings/commands.js';
import type { Settings } from '../settings/load.js';
import { openStores, type StoreSettings, type Stores } from '../store/open-stores.js';
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
 * The configured database's subscription store (PostgreSQL at DATABASE_URL, else the SQLite file at DATABASE_PATH),
 * opened and migrated on the first subscription command: the shell needs no database otherwise.
 */
export function lazySubscriptionStore(settings: StoreSettings, logger: Logger): { store: () => Promise<SubscriptionStore>; close(): Promise<void> } {
  let stores: Stores | undefined;
  return {
    store: async () => {
      if (!stores) {
        stores = openStores(settings, logger);
        // false (unreachable) is logged by the stores; the command's first store call then says so to the user.
        await stores.open();
      }
      return stores.subscriptions;
    },
    // Ends a PostgreSQL pool too, so the shell exits at the end of its input.
    close: async () => stores?.close(),
  };
}
