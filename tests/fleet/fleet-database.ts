import type { DeliveryRow } from '../../src/contracts/stores.js';
import { openDatabase } from '../../src/store/database.js';
import { DeliveryLog } from '../../src/store/delivery-log.js';
import { silentLogger } from '../../src/logging/logger.js';
import { PostgresConnection } from '../../src/store/postgres/postgres-connection.js';
import { PostgresDeliveryLog } from '../../src/store/postgres/delivery-log.js';
import type { PostgresCluster } from '../stand-ins/postgres-cluster.js';

/** The one database a fleet shares: the environment that points `serve` at it, and a way to read its delivery log. */
export interface FleetDatabase {
  /** DATABASE_PATH (SQLite) or DATABASE_URL (PostgreSQL). */
  env: Record<string, string>;
  /** Every delivery-log row, oldest slot first; read through the project's own store, as `serve` writes it. */
  rows(): Promise<DeliveryRow[]>;
  close(): Promise<void>;
}

/** One SQLite file on this machine, shared by every instance (WAL, busy timeout: several processes on one file). */
export function sqliteFleetDatabase(path: string): FleetDatabase {
  let log: { db: ReturnType<typeof openDatabase>; log: DeliveryLog } | undefined;
  return {
    env: { DATABASE_PATH: path },
    rows: async () => {
      if (!log) {
        const db = openDatabase(path);
        log = { db, log: new DeliveryLog(db) };
      }
      return log.log.list();
    },
    close: async () => {
      if (log?.db.open) log.db.close();
    },
  };
}

/** One PostgreSQL database of a throwaway cluster, shared by every instance through DATABASE_URL. */
export async function postgresFleetDatabase(cluster: PostgresCluster): Promise<FleetDatabase> {
  const url = await cluster.createDatabase();
  let connection: PostgresConnection | undefined;
  return {
    env: { DATABASE_URL: url },
    rows: async () => {
      // The instances migrate the database at start; this reader only reads.
      connection ??= new PostgresConnection(url, silentLogger(), { max: 1, migrate: false });
      return new PostgresDeliveryLog(connection).list();
    },
    close: async () => connection?.close(),
  };
}
