import type { SeenRequestStore } from '../../contracts/stores.js';
import { pruneDue } from '../seen-requests-pruning.js';
import type { PostgresConnection } from './postgres-connection.js';

/** Byte order, as SQLite compares text, whatever collation the database was created with. */
const C = 'COLLATE "C"';

/** Signed requests already received, shared by every instance on the database. */
export class PostgresSeenRequestStore implements SeenRequestStore {
  private readonly lastPrune = { at: Number.NEGATIVE_INFINITY };

  constructor(private readonly connection: PostgresConnection) {}

  /** One statement decides: of instances offered the same request at once, exactly one inserts the row. */
  async firstSight(key: string, expiresAt: Date, now: Date): Promise<boolean> {
    if (pruneDue(this.lastPrune, now)) await this.connection.query(`DELETE FROM seen_requests WHERE expires_at ${C} < $1`, [now.toISOString()]);
    const result = await this.connection.query('INSERT INTO seen_requests (request_key, expires_at) VALUES ($1, $2) ON CONFLICT (request_key) DO NOTHING', [key, expiresAt.toISOString()]);
    return result.rowCount === 1;
  }
}
