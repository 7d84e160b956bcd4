import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../../src/logging/logger.js';
import { ArticleStore } from '../../../src/store/articles.js';
import { openDatabase, type Db } from '../../../src/store/database.js';
import { DeliveryLog } from '../../../src/store/delivery-log.js';
import { SqliteSubscriptionStore } from '../../../src/store/sqlite-subscriptions.js';
import { SqliteSeenRequestStore } from '../../../src/store/sqlite-seen-requests.js';
import { PostgresSeenRequestStore } from '../../../src/store/postgres/seen-requests.js';
import { PostgresArticleStore } from '../../../src/store/postgres/articles.js';
import { PostgresDeliveryLog } from '../../../src/store/postgres/delivery-log.js';
import { PostgresConnection } from '../../../src/store/postgres/postgres-connection.js';
import { PostgresSubscriptionStore } from '../../../src/store/postgres/subscriptions.js';
import type { PostgresCluster } from '../../stand-ins/postgres-cluster.js';
import type { ArticleStore as ArticleStoreContract, DeliveryLogStore, SeenRequestStore, SubscriptionStore } from '../../../src/contracts/stores.js';

/** One database for one test, seen through stores of one kind. */
export interface StoreHarness<S> {
  store: S;
  /** Another store on the same database through a connection of its own: another process, in effect. */
  another(): Promise<S>;
  /** The database closed and opened again (a restart): a new store on it. */
  reopen(): Promise<S>;
  close(): Promise<void>;
}

export type OpenHarness<S> = () => Promise<StoreHarness<S>>;

export interface StoreKind {
  name: 'SQLite' | 'PostgreSQL';
  deliveryLog: OpenHarness<DeliveryLogStore>;
  articles: OpenHarness<ArticleStoreContract>;
  subscriptions: OpenHarness<SubscriptionStore>;
  seenRequests: OpenHarness<SeenRequestStore>;
}

function sqliteHarness<S>(make: (db: Db) => S): OpenHarness<S> {
  return async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsbrief-store-'));
    const path = join(dir, 'news.db');
    const handles: Db[] = [openDatabase(path)];
    const harness: StoreHarness<S> = {
      store: make(handles[0]!),
      async another() {
        const db = openDatabase(path);
        handles.push(db);
        return make(db);
      },
      async reopen() {
        for (const db of handles) if (db.open) db.close();
        const db = openDatabase(path);
        handles.push(db);
        return make(db);
      },
      async close() {
        for (const db of handles) if (db.open) db.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
    return harness;
  };
}

/** Real temp files, a new one per test. */
export const sqliteStores: StoreKind = {
  name: 'SQLite',
  deliveryLog: sqliteHarness((db) => new DeliveryLog(db)),
  articles: sqliteHarness((db) => new ArticleStore(db)),
  subscriptions: sqliteHarness((db) => new SqliteSubscriptionStore(db)),
  seenRequests: sqliteHarness((db) => new SqliteSeenRequestStore(db)),
};

function postgresHarness<S>(cluster: () => PostgresCluster, make: (connection: PostgresConnection) => S): OpenHarness<S> {
  return async () => {
    const url = await cluster().createDatabase();
    const connections: PostgresConnection[] = [];
    const connect = (): PostgresConnection => {
      const connection = new PostgresConnection(url, silentLogger(), { max: 3 });
      connections.push(connection);
      return connection;
    };
    return {
      store: make(connect()),
      another: async () => make(connect()),
      async reopen() {
        await Promise.all(connections.map((c) => c.close()));
        return make(connect());
      },
      async close() {
        await Promise.all(connections.map((c) => c.close()));
      },
    };
  };
}

/** The test file's cluster, a new database per test. */
export function postgresStores(cluster: () => PostgresCluster): StoreKind {
  return {
    name: 'PostgreSQL',
    deliveryLog: postgresHarness(cluster, (c) => new PostgresDeliveryLog(c)),
    articles: postgresHarness(cluster, (c) => new PostgresArticleStore(c)),
    subscriptions: postgresHarness(cluster, (c) => new PostgresSubscriptionStore(c)),
    seenRequests: postgresHarness(cluster, (c) => new PostgresSeenRequestStore(c)),
  };
}
