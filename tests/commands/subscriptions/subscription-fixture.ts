import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SUBSCRIPTION_LIMITS, type FeedChecker, type SubscriptionServices } from '../../../src/commands/subscriptions/subscription-services.js';
import { silentLogger } from '../../../src/logging/logger.js';
import { CronSlots } from '../../../src/schedule/cron-slots.js';
import { DatabaseConnection } from '../../../src/store/database-connection.js';
import { SqliteSubscriptionStore } from '../../../src/store/sqlite-subscriptions.js';
import { FakeClock } from '../../schedule/helpers.js';

export interface SubscriptionFixture {
  services: SubscriptionServices;
  clock: FakeClock;
  store: SqliteSubscriptionStore;
  path: string;
  cleanup(): void;
}

/** Real subscription services on a temporary SQLite file, standing at a fixed instant. */
export function subscriptionFixture(options: { now?: string; checkFeed?: FeedChecker; services?: Partial<SubscriptionServices> } = {}): SubscriptionFixture {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-subscriptions-'));
  const path = join(dir, 'newsbrief.db');
  const connection = new DatabaseConnection(path, silentLogger());
  const store = new SqliteSubscriptionStore(connection);
  const clock = new FakeClock(options.now ?? '2026-03-02T09:00:00Z');
  const services: SubscriptionServices = {
    store: async () => store,
    clock,
    limits: { ...DEFAULT_SUBSCRIPTION_LIMITS },
    defaultTimezone: 'UTC',
    nextRuns: (cron, zone, after, count) => new CronSlots(cron, zone).nextN(after, count),
    feedIds: ['wire'],
    ...(options.checkFeed ? { checkFeed: options.checkFeed } : {}),
    configSchedules: [],
    ...options.services,
  };
  return {
    services,
    clock,
    store,
    path,
    cleanup: () => {
      connection.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
