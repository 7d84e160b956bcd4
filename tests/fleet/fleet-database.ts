import type { DeliveryRow } from '../../src/contracts/stores.js';
import { openDatabase } from '../../src/store/database.js';
import { DeliveryLog } from '../../src/store/delivery-log.js';

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
