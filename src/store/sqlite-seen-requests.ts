import type { SeenRequestStore } from '../contracts/stores.js';
import type { Db } from './database.js';
import type { DatabaseConnection } from './database-connection.js';
import { MigratedHandle } from './migrated-handle.js';
import { pruneDue } from './seen-requests-pruning.js';

/** Signed requests already received, in the SQLite file every process on this machine shares. */
export class SqliteSeenRequestStore implements SeenRequestStore {
  private readonly handle: MigratedHandle;
  private readonly lastPrune = { at: Number.NEGATIVE_INFINITY };

  constructor(source: Db | DatabaseConnection) {
    this.handle = new MigratedHandle(source);
  }

  async firstSight(key: string, expiresAt: Date, now: Date): Promise<boolean> {
    return this.handle.use((db) => {
      if (pruneDue(this.lastPrune, now)) db.prepare('DELETE FROM seen_requests WHERE expires_at < ?').run(now.toISOString());
      // The key holds the request's timestamp, so once its record expires the request is refused as stale anyway.
      const result = db.prepare('INSERT INTO seen_requests (request_key, expires_at) VALUES (?, ?) ON CONFLICT (request_key) DO NOTHING').run(key, expiresAt.toISOString());
      return result.changes === 1;
    });
  }
}
