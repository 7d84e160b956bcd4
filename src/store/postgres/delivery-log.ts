import {
  DEFAULT_DELIVERY_RETENTION_DAYS,
  type DeliveryKey,
  type DeliveryLogStore,
  type DeliveryRow,
  type PlannedItem,
  type StoreState,
} from '../../contracts/stores.js';
import { toDeliveryRow, type RawDeliveryRow } from '../rows/delivery-row.js';
import type { PostgresConnection } from './postgres-connection.js';

const DAY_MS = 86_400_000;

/** Byte order, as SQLite compares text, whatever collation the database was created with. */
const C = 'COLLATE "C"';

/**
 * The delivery log on PostgreSQL, shared by every instance with the same DATABASE_URL, with the behaviour of the
 * SQLite DeliveryLog. A slot is claimed by exactly one instance: the claim takes a transaction-scoped advisory lock
 * on the slot before it looks, so two claims of one slot (even with different items) run one after the other, and
 * each row is an INSERT … ON CONFLICT DO NOTHING. Every other change is one conditional UPDATE. Times are the
 * caller's (its injected clock), never the server's now().
 */
export class PostgresDeliveryLog implements DeliveryLogStore {
  constructor(private readonly connection: PostgresConnection) {}

  state(): StoreState {
    return this.connection.state();
  }

  async hasSlot(scheduleId: string, slot: string): Promise<boolean> {
    const result = await this.connection.query('SELECT 1 FROM deliveries WHERE schedule_id = $1 AND slot = $2 LIMIT 1', [scheduleId, slot]);
    return result.rowCount === 1;
  }

  async claimSlot(scheduleId: string, slot: string, items: PlannedItem[], owner: string, now: Date, leaseMs: number): Promise<boolean> {
    return this.connection
      .transaction(async (client) => {
        await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [slotLockKey(scheduleId, slot)]);
        const taken = await client.query('SELECT 1 FROM deliveries WHERE schedule_id = $1 AND slot = $2 LIMIT 1', [scheduleId, slot]);
        if (taken.rowCount) return false;
        const at = now.toISOString();
        for (const item of items) {
          const skipped = item.skipReason !== undefined;
          const result = await client.query(
            `INSERT INTO deliveries (schedule_id, slot, item, status, story, platform, channel, owner, lease_until, late, error, content_hash, claimed_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13)
             ON CONFLICT DO NOTHING`,
            [
              scheduleId,
              slot,
              item.item,
              skipped ? 'skipped' : 'claimed',
              item.story,
              item.platform,
              item.channel,
              skipped ? null : owner,
              skipped ? null : new Date(now.getTime() + leaseMs).toISOString(),
              item.late ? 1 : 0,
              item.skipReason ?? null,
              item.contentHash,
              at,
            ],
          );
          if (result.rowCount !== 1) throw new ClaimLost();
        }
        return true;
      })
      .catch((error: unknown) => {
        if (error instanceof ClaimLost) return false;
        throw error;
      });
  }

  /** Under the claim's slot lock: any row of the slot (a claim of other items too) is a decision already made. */
  async markMissed(scheduleId: string, slot: string, reason: string, now: Date): Promise<boolean> {
    return this.connection.transaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [slotLockKey(scheduleId, slot)]);
      const result = await client.query(
        `INSERT INTO deliveries (schedule_id, slot, item, status, error, updated_at)
         SELECT $1, $2, '', 'missed', $3, $4 WHERE NOT EXISTS (SELECT 1 FROM deliveries WHERE schedule_id = $1 AND slot = $2)
         ON CONFLICT DO NOTHING`,
        [scheduleId, slot, reason, now.toISOString()],
      );
      return result.rowCount === 1;
    });
  }

  async renewLease(key: DeliveryKey, owner: string, until: Date, now: Date, attempt = false): Promise<boolean> {
    const result = await this.connection.query(
      `UPDATE deliveries SET lease_until = $1, attempts = attempts + $2, updated_at = $3
       WHERE schedule_id = $4 AND slot = $5 AND item = $6 AND status = 'claimed' AND owner = $7`,
      [until.toISOString(), attempt ? 1 : 0, now.toISOString(), key.scheduleId, key.slot, key.item, owner],
    );
    return result.rowCount === 1;
  }

  async markPosted(key: DeliveryKey, owner: string, messageId: string, now: Date, late?: boolean): Promise<boolean> {
    return this.finish(key, owner, 'posted', { messageId, late }, now);
  }

  async markFailed(key: DeliveryKey, owner: string, error: string, now: Date): Promise<boolean> {
    return this.finish(key, owner, 'failed', { error }, now);
  }

  async release(key: DeliveryKey, owner: string, note: string, now: Date): Promise<boolean> {
    const result = await this.connection.query(
      `UPDATE deliveries SET lease_until = $1, error = $2, updated_at = $1
       WHERE schedule_id = $3 AND slot = $4 AND item = $5 AND status = 'claimed' AND owner = $6`,
      [now.toISOString(), note, key.scheduleId, key.slot, key.item, owner],
    );
    return result.rowCount === 1;
  }

  /**
   * One UPDATE takes every lapsed claim: of two instances running it at once, the second waits on the rows the
   * first changed, reads them again, finds their new lease and leaves them alone.
   */
  async takeOverStale(owner: string, now: Date, leaseMs: number): Promise<DeliveryRow[]> {
    const at = now.toISOString();
    const result = await this.connection.query<RawDeliveryRow>(
      `UPDATE deliveries SET owner = $1, lease_until = $2, updated_at = $3
       WHERE status = 'claimed' AND lease_until <= $3
       RETURNING *`,
      [owner, new Date(now.getTime() + leaseMs).toISOString(), at],
    );
    return result.rows.map(toDeliveryRow).sort((a, b) => compare(a.slot, b.slot) || compare(a.scheduleId, b.scheduleId) || compare(a.item, b.item));
  }

  async lastPostedHash(scheduleId: string, item: string): Promise<string | null> {
    const result = await this.connection.query<{ content_hash: string | null }>(
      `SELECT content_hash FROM deliveries WHERE schedule_id = $1 AND item = $2 AND status = 'posted' ORDER BY slot ${C} DESC LIMIT 1`,
      [scheduleId, item],
    );
    return result.rows[0]?.content_hash ?? null;
  }

  async lastRunSlot(scheduleId: string, before: string): Promise<string | null> {
    const result = await this.connection.query<{ slot: string }>(
      `SELECT slot FROM deliveries WHERE schedule_id = $1 AND slot ${C} < $2 AND status IN ('posted', 'skipped') ORDER BY slot ${C} DESC LIMIT 1`,
      [scheduleId, before],
    );
    return result.rows[0]?.slot ?? null;
  }

  async checkedUntil(scheduleId: string): Promise<string | null> {
    const result = await this.connection.query<{ checked_until: string }>('SELECT checked_until FROM schedule_state WHERE schedule_id = $1', [scheduleId]);
    return result.rows[0]?.checked_until ?? null;
  }

  async setCheckedUntil(scheduleId: string, until: Date): Promise<void> {
    await this.connection.query(
      `INSERT INTO schedule_state (schedule_id, checked_until) VALUES ($1, $2)
       ON CONFLICT (schedule_id) DO UPDATE SET checked_until = GREATEST(schedule_state.checked_until ${C}, excluded.checked_until ${C})`,
      [scheduleId, until.toISOString()],
    );
  }

  async reserveAdminNotice(scheduleId: string, kind: string): Promise<boolean> {
    const result = await this.connection.query(
      `UPDATE schedule_state SET admin_notified = $1 WHERE schedule_id = $2 AND (admin_notified IS NULL OR admin_notified <> $1)`,
      [kind, scheduleId],
    );
    return result.rowCount === 1;
  }

  async clearAdminNotice(scheduleId: string): Promise<void> {
    await this.connection.query('UPDATE schedule_state SET admin_notified = NULL WHERE schedule_id = $1', [scheduleId]);
  }

  async prune(now: Date, retentionDays: number = DEFAULT_DELIVERY_RETENTION_DAYS): Promise<number> {
    if (!Number.isFinite(retentionDays) || retentionDays < 0) throw new RangeError(`retention must be a number of days >= 0, got ${retentionDays}`);
    const cutoff = new Date(now.getTime() - retentionDays * DAY_MS).toISOString();
    const result = await this.connection.query(
      `DELETE FROM deliveries
       WHERE slot ${C} < $1 AND status IN ('posted', 'failed', 'missed', 'skipped')
         AND NOT (status = 'posted' AND (schedule_id, item, slot) IN
           (SELECT schedule_id, item, MAX(slot ${C}) FROM deliveries WHERE status = 'posted' GROUP BY schedule_id, item))
         AND NOT (status IN ('posted', 'skipped') AND (schedule_id, slot) IN
           (SELECT schedule_id, MAX(slot ${C}) FROM deliveries WHERE status IN ('posted', 'skipped') GROUP BY schedule_id))`,
      [cutoff],
    );
    return result.rowCount ?? 0;
  }

  async get(key: DeliveryKey): Promise<DeliveryRow | undefined> {
    const result = await this.connection.query<RawDeliveryRow>('SELECT * FROM deliveries WHERE schedule_id = $1 AND slot = $2 AND item = $3', [key.scheduleId, key.slot, key.item]);
    return result.rows[0] && toDeliveryRow(result.rows[0]);
  }

  async latest(scheduleId: string): Promise<DeliveryRow | undefined> {
    const result = await this.connection.query<RawDeliveryRow>(`SELECT * FROM deliveries WHERE schedule_id = $1 ORDER BY slot ${C} DESC, item ${C} DESC LIMIT 1`, [scheduleId]);
    return result.rows[0] && toDeliveryRow(result.rows[0]);
  }

  async list(scheduleId?: string): Promise<DeliveryRow[]> {
    const result = scheduleId
      ? await this.connection.query<RawDeliveryRow>(`SELECT * FROM deliveries WHERE schedule_id = $1 ORDER BY slot ${C}, item ${C}`, [scheduleId])
      : await this.connection.query<RawDeliveryRow>(`SELECT * FROM deliveries ORDER BY schedule_id ${C}, slot ${C}, item ${C}`);
    return result.rows.map(toDeliveryRow);
  }

  private async finish(key: DeliveryKey, owner: string, status: 'posted' | 'failed', fields: { messageId?: string; error?: string; late?: boolean | undefined }, now: Date): Promise<boolean> {
    const result = await this.connection.query(
      `UPDATE deliveries SET status = $1, message_id = $2, error = $3, late = COALESCE($4::integer, late), lease_until = NULL, updated_at = $5
       WHERE schedule_id = $6 AND slot = $7 AND item = $8 AND status = 'claimed' AND owner = $9`,
      [status, fields.messageId ?? null, fields.error ?? null, fields.late === undefined ? null : fields.late ? 1 : 0, now.toISOString(), key.scheduleId, key.slot, key.item, owner],
    );
    return result.rowCount === 1;
  }
}

class ClaimLost extends Error {}

/** What claims and missed marks of one slot lock, so that they run one after the other across instances. */
function slotLockKey(scheduleId: string, slot: string): string {
  return `newsbrief slot\n${scheduleId}\n${slot}`;
}

/** Code-unit order, as SQLite's BINARY collation. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

