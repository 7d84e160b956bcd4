import type { ArticleStore as ArticleStoreContract, DeliveryLogStore, SeenRequestStore, StoreState, SubscriptionStore } from '../contracts/stores.js';
import { ConfigError } from '../contracts/config-error.js';
import type { Logger } from '../logging/logger.js';
import { ArticleStore } from './articles.js';
import { DEFAULT_DATABASE_PATH } from './database.js';
import { DatabaseConnection } from './database-connection.js';
import { DeliveryLog } from './delivery-log.js';
import { SqliteSubscriptionStore } from './sqlite-subscriptions.js';
import { SqliteSeenRequestStore } from './sqlite-seen-requests.js';
import { PostgresArticleStore } from './postgres/articles.js';
import { PostgresDeliveryLog } from './postgres/delivery-log.js';
import { PostgresConnection } from './postgres/postgres-connection.js';
import { PostgresSubscriptionStore } from './postgres/subscriptions.js';
import { PostgresSeenRequestStore } from './postgres/seen-requests.js';

/** The settings that choose the database (parsed from the environment by src/settings/env.ts). */
export interface StoreSettings {
  DATABASE_URL?: string | undefined;
  DATABASE_PATH?: string | undefined;
  DATABASE_POOL_SIZE?: number | undefined;
}

/** Every store of one database, and the database's state. */
export interface Stores {
  kind: 'sqlite' | 'postgres';
  /** The SQLite file, or DATABASE_URL without its password: safe to log and show. */
  where: string;
  deliveryLog: DeliveryLogStore;
  articles: ArticleStoreContract;
  subscriptions: SubscriptionStore;
  /** Signed requests already received, so a replay is refused by every instance, not only the one that saw it. */
  seenRequests: SeenRequestStore;
  /** Synchronous and without I/O, for /healthz. */
  state(): StoreState;
  /**
   * Opens the database now and applies the migrations; false when it cannot be used (the state says why, the
   * failure is logged once). Never throws for an unreachable database: every store method retries by itself.
   */
  open(): Promise<boolean>;
  /** Without waiting: tries a database marked unavailable again (health probes call it so they see it come back). */
  probe(): void;
  /** Called on every change between ok and unavailable. Returns an unsubscribe. */
  watch(listener: (state: StoreState) => void): () => void;
  /** Closes the file or ends the pool. */
  close(): Promise<void>;
}

/** What a DATABASE_URL must look like (never echoing the value given: it may hold a password). */
export const DATABASE_URL_MESSAGE =
  'DATABASE_URL: must be a PostgreSQL URL such as postgres://user:password@host:5432/newsbrief (postgres:// or postgresql://); unset it to use the SQLite file at DATABASE_PATH';

/** True when DATABASE_URL names a PostgreSQL database. */
export function isPostgresUrl(url: string | undefined): url is string {
  return url !== undefined && /^postgres(ql)?:\/\//i.test(url);
}

/**
 * The stores `serve`, the shell and `schedule list` use: PostgreSQL when DATABASE_URL is set (no SQLite file is
 * opened or created then), else the SQLite file at DATABASE_PATH. Nothing is opened until `open()` or a first use.
 */
export function openStores(settings: StoreSettings, logger: Logger): Stores {
  if (settings.DATABASE_URL !== undefined && !isPostgresUrl(settings.DATABASE_URL)) throw new ConfigError(DATABASE_URL_MESSAGE);
  if (isPostgresUrl(settings.DATABASE_URL)) {
    const connection = new PostgresConnection(settings.DATABASE_URL, logger, { ...(settings.DATABASE_POOL_SIZE ? { max: settings.DATABASE_POOL_SIZE } : {}) });
    if (settings.DATABASE_PATH) logger.warn({ database: connection.target }, 'DATABASE_URL is set: DATABASE_PATH is not used');
    return {
      kind: 'postgres',
      where: connection.target,
      deliveryLog: new PostgresDeliveryLog(connection),
      articles: new PostgresArticleStore(connection),
      subscriptions: new PostgresSubscriptionStore(connection),
      seenRequests: new PostgresSeenRequestStore(connection),
      state: () => connection.state(),
      open: () => connection.open(),
      probe: () => connection.probe(),
      watch: (listener) => connection.watch((state) => listener(state)),
      close: () => connection.close(),
    };
  }
  const connection = new DatabaseConnection(settings.DATABASE_PATH ?? DEFAULT_DATABASE_PATH, logger);
  return {
    kind: 'sqlite',
    where: connection.path,
    deliveryLog: new DeliveryLog(connection),
    articles: new ArticleStore(connection),
    subscriptions: new SqliteSubscriptionStore(connection),
    seenRequests: new SqliteSeenRequestStore(connection),
    state: () => connection.state(),
    open: async () => connection.open(),
    probe: () => void connection.open(),
    watch: (listener) => connection.watch((state) => listener(state)),
    close: async () => connection.close(),
  };
}
