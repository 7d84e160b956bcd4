import {
  DEFAULT_DELIVERY_RETENTION_DAYS,
  type DeliveryKey,
  type DeliveryLogStore,
  type DeliveryRow,
  type PlannedItem,
} from '../contracts/stores.js';
import { toDeliveryRow, type RawDeliveryRow } from './rows/delivery-row.js';
import type { Db } from './database.js';
import type { DatabaseConnection, DatabaseState } from './database-connection.js';
import { MigratedHandle } from './migrated-handle.js';

const DAY_MS = 86_400_000;

/**
 * The delivery log: every (schedule, slot, item) the scheduler decided about, in the shared SQLite file.
 * The primary key is what makes a slot post at most once: a claim is an INSERT that only one process can win.
 * better-sqlite3 is synchronous: each method does its work (a claim: one IMMEDIATE transaction) before it returns
 * its Promise, which is the DeliveryLogStore shape a networked database needs too.
 */
export class DeliveryLog implements DeliveryLogStore {
  private readonly handle: MigratedHandle;

  /** A Db is used as it is; a DatabaseConnection is asked for the handle at every call, so the log follows a reopen. */
  constructor(source: Db | DatabaseConnection) {
    this.handle = new MigratedHandle(source);
    // A log over a connection that is down starts anyway: its first use after the database is back creates the tables.
    if (this.handle.state().state === 'ok') this.use(() => undefined);
  }

  /** ok, or why the database cannot be used now (then every other method throws DatabaseUnavailableError). */
  state(): DatabaseState {
    return this.handle.state();
  }

  private use<T>(work: (db: Db) => T): T {
    return this.handle.use(work);
  }

  /** True when any row exists for the slot: someone already decided about it. */
  async hasSlot(scheduleId: string, slot: string): Promise<boolean> {
    return this.use((db) => {
      return db.prepare('SELECT 1 FROM deliveries WHERE schedule_id = ? AND slot = ? LIMIT 1').get(scheduleId, slot) !== undefined;
    });
  }

  /**
   * Claims a whole slot in one transaction: every planned item is inserted, as `claimed` or `skipped`.
   * Returns false (and writes nothing) when another process or trigger got there first.
   */
  async claimSlot(scheduleId: string, slot: string, items: PlannedItem[], owner: string, now: Date, leaseMs: number): Promise<boolean> {
    return this.use((db) => {
      const insert = db.prepare(
        `INSERT INTO deliveries (schedule_id, slot, item, status, story, platform, channel, owner, lease_until, late, error, content_hash, claimed_at, updated_at)
         VALUES (@scheduleId, @slot, @item, @status, @story, @platform, @channel, @owner, @leaseUntil, @late, @error, @contentHash, @now, @now)
         ON CONFLICT DO NOTHING`,
      );
      const claim = db.transaction((): boolean => {
        if (db.prepare('SELECT 1 FROM deliveries WHERE schedule_id = ? AND slot = ? LIMIT 1').get(scheduleId, slot) !== undefined) return false;
        for (const item of items) {
          const skipped = item.skipReason !== undefined;
          const result = insert.run({
            scheduleId,
            slot,
            item: item.item,
            status: skipped ? 'skipped' : 'claimed',
            story: item.story,
            platform: item.platform,
            channel: item.channel,
            owner: skipped ? null : owner,
            leaseUntil: skipped ? null : new Date(now.getTime() + leaseMs).toISOString(),
            late: item.late ? 1 : 0,
            error: item.skipReason ?? null,
            contentHash: item.contentHash,
            now: now.toISOString(),
          });
          if (result.changes !== 1) throw new ClaimLost();
        }
        return true;
      });
      try {
        // IMMEDIATE takes the write lock before reading, so two processes cannot both see the slot as free.
        return claim.immediate();
      } catch (error) {
        if (error instanceof ClaimLost) return false;
        throw error;
      }
    });
  }

  /** Records a slot nobody will post (down for longer than the grace window). First decision wins. */
  async markMissed(scheduleId: string, slot: string, reason: string, now: Date): Promise<boolean> {
    return this.use((db) => {
      // Any row of the slot is a decision already made (a multi-story claim has no '' item to conflict with).
      const result = db
        .prepare(
          `INSERT INTO deliveries (schedule_id, slot, item, status, error, updated_at)
           SELECT @scheduleId, @slot, '', 'missed', @reason, @now WHERE NOT EXISTS (SELECT 1 FROM deliveries WHERE schedule_id = @scheduleId AND slot = @slot)
           ON CONFLICT DO NOTHING`,
        )
        .run({ scheduleId, slot, reason, now: now.toISOString() });
      return result.changes === 1;
    });
  }

  /** Extends our claim (counting an attempt when `attempt`); false when the row is no longer ours. */
  async renewLease(key: DeliveryKey, owner: string, until: Date, now: Date, attempt = false): Promise<boolean> {
    return this.use((db) => {
      const result = db
        .prepare(
          `UPDATE deliveries SET lease_until = ?, attempts = attempts + ?, updated_at = ?
           WHERE schedule_id = ? AND slot = ? AND item = ? AND status = 'claimed' AND owner = ?`,
        )
        .run(until.toISOString(), attempt ? 1 : 0, now.toISOString(), key.scheduleId, key.slot, key.item, owner);
      return result.changes === 1;
    });
  }

  async markPosted(key: DeliveryKey, owner: string, messageId: string, now: Date, late?: boolean): Promise<boolean> {
    return this.finish(key, owner, 'posted', { messageId, late }, now);
  }

  async markFailed(key: DeliveryKey, owner: string, error: string, now: Date): Promise<boolean> {
    return this.finish(key, owner, 'failed', { error }, now);
  }

  /** Gives a claim back without deciding (shutdown): the next process reconciles it at once. */
  async release(key: DeliveryKey, owner: string, note: string, now: Date): Promise<boolean> {
    return this.use((db) => {
      const result = db
        .prepare(
          `UPDATE deliveries SET lease_until = ?, error = ?, updated_at = ?
           WHERE schedule_id = ? AND slot = ? AND item = ? AND status = 'claimed' AND owner = ?`,
        )
        .run(now.toISOString(), note, now.toISOString(), key.scheduleId, key.slot, key.item, owner);
      return result.changes === 1;
    });
  }

  /**
   * Claims whose lease ran out (their process died or gave them back) become ours, one compare-and-swap each,
   * so two recovering processes never both reconcile the same row.
   */
  async takeOverStale(owner: string, now: Date, leaseMs: number): Promise<DeliveryRow[]> {
    return this.use((db) => {
      const stale = db
        .prepare(`SELECT * FROM deliveries WHERE status = 'claimed' AND lease_until <= ? ORDER BY slot`)
        .all(now.toISOString()) as RawDeliveryRow[];
      const swap = db.prepare(
        `UPDATE deliveries SET owner = ?, lease_until = ?, updated_at = ?
         WHERE schedule_id = ? AND slot = ? AND item = ? AND status = 'claimed' AND owner IS ? AND lease_until = ?`,
      );
      const taken: DeliveryRow[] = [];
      for (const row of stale) {
        const leaseUntil = new Date(now.getTime() + leaseMs).toISOString();
        const result = swap.run(owner, leaseUntil, now.toISOString(), row.schedule_id, row.slot, row.item, row.owner, row.lease_until);
        if (result.changes === 1) taken.push(toDeliveryRow({ ...row, owner, lease_until: leaseUntil, updated_at: now.toISOString() }));
      }
      return taken;
    });
  }

  /** Hash of the last post actually made for this schedule and item (skip-unchanged compares with it). */
  async lastPostedHash(scheduleId: string, item: string): Promise<string | null> {
    return this.use((db) => {
      const row = db
        .prepare(
          `SELECT content_hash FROM deliveries WHERE schedule_id = ? AND item = ? AND status = 'posted' ORDER BY slot DESC LIMIT 1`,
        )
        .get(scheduleId, item) as { content_hash: string | null } | undefined;
      return row?.content_hash ?? null;
    });
  }

  /** The latest slot before `before` that ran (posted or skipped as unchanged/empty). */
  async lastRunSlot(scheduleId: string, before: string): Promise<string | null> {
    return this.use((db) => {
      const row = db
        .prepare(
          `SELECT slot FROM deliveries WHERE schedule_id = ? AND slot < ? AND status IN ('posted', 'skipped') ORDER BY slot DESC LIMIT 1`,
        )
        .get(scheduleId, before) as { slot: string } | undefined;
      return row?.slot ?? null;
    });
  }

  /** Until when this schedule's slots have all been decided; null for a schedule never seen. */
  async checkedUntil(scheduleId: string): Promise<string | null> {
    return this.use((db) => {
      const row = db.prepare('SELECT checked_until FROM schedule_state WHERE schedule_id = ?').get(scheduleId) as
        | { checked_until: string }
        | undefined;
      return row?.checked_until ?? null;
    });
  }

  /** Only moves forward, whichever process writes last. */
  async setCheckedUntil(scheduleId: string, until: Date): Promise<void> {
    this.use((db) => {
      db
        .prepare(
          `INSERT INTO schedule_state (schedule_id, checked_until) VALUES (?, ?)
           ON CONFLICT (schedule_id) DO UPDATE SET checked_until = MAX(checked_until, excluded.checked_until)`,
        )
        .run(scheduleId, until.toISOString());
    });
  }

  /**
   * Reserves the right to tell the admin channel about this kind of failure. True once per schedule and kind,
   * until a successful post clears it.
   */
  async reserveAdminNotice(scheduleId: string, kind: string): Promise<boolean> {
    return this.use((db) => {
      const result = db
        .prepare(
          `UPDATE schedule_state SET admin_notified = ? WHERE schedule_id = ? AND (admin_notified IS NULL OR admin_notified <> ?)`,
        )
        .run(kind, scheduleId, kind);
      return result.changes === 1;
    });
  }

  async clearAdminNotice(scheduleId: string): Promise<void> {
    this.use((db) => {
      db.prepare('UPDATE schedule_state SET admin_notified = NULL WHERE schedule_id = ?').run(scheduleId);
    });
  }

  /**
   * Deletes decided rows (posted, failed, missed, skipped) whose slot is more than `retentionDays` before `now`,
   * and returns how many. Claimed rows stay whatever their age: reconciliation may still need them. So do the rows
   * later slots are decided from: each schedule and item's latest posted row (skip-unchanged compares with its
   * hash) and each schedule's latest posted or skipped slot (where updated-since-last-run starts).
   */
  async prune(now: Date, retentionDays: number = DEFAULT_DELIVERY_RETENTION_DAYS): Promise<number> {
    return this.use((db) => {
      if (!Number.isFinite(retentionDays) || retentionDays < 0) throw new RangeError(`retention must be a number of days >= 0, got ${retentionDays}`);
      const cutoff = new Date(now.getTime() - retentionDays * DAY_MS).toISOString();
      const result = db
        .prepare(
          `DELETE FROM deliveries
           WHERE slot < ? AND status IN ('posted', 'failed', 'missed', 'skipped')
             AND NOT (status = 'posted' AND (schedule_id, item, slot) IN
               (SELECT schedule_id, item, MAX(slot) FROM deliveries WHERE status = 'posted' GROUP BY schedule_id, item))
             AND NOT (status IN ('posted', 'skipped') AND (schedule_id, slot) IN
               (SELECT schedule_id, MAX(slot) FROM deliveries WHERE status IN ('posted', 'skipped') GROUP BY schedule_id))`,
        )
        .run(cutoff);
      return result.changes;
    });
  }

  async get(key: DeliveryKey): Promise<DeliveryRow | undefined> {
    return this.use((db) => {
      const row = db
        .prepare('SELECT * FROM deliveries WHERE schedule_id = ? AND slot = ? AND item = ?')
        .get(key.scheduleId, key.slot, key.item) as RawDeliveryRow | undefined;
      return row ? toDeliveryRow(row) : undefined;
    });
  }

  /** The newest row of a schedule (for /healthz). */
  async latest(scheduleId: string): Promise<DeliveryRow | undefined> {
    return this.use((db) => {
      const row = db
        .prepare('SELECT * FROM deliveries WHERE schedule_id = ? ORDER BY slot DESC, item DESC LIMIT 1')
        .get(scheduleId) as RawDeliveryRow | undefined;
      return row ? toDeliveryRow(row) : undefined;
    });
  }

  /** Every row, oldest slot first (for tests, `schedule list` and debugging). */
  async list(scheduleId?: string): Promise<DeliveryRow[]> {
    return this.use((db) => {
      const rows = (
        scheduleId
          ? db.prepare('SELECT * FROM deliveries WHERE schedule_id = ? ORDER BY slot, item').all(scheduleId)
          : db.prepare('SELECT * FROM deliveries ORDER BY schedule_id, slot, item').all()
      ) as RawDeliveryRow[];
      return rows.map(toDeliveryRow);
    });
  }

  private finish(key: DeliveryKey, owner: string, status: 'posted' | 'failed', fields: { messageId?: string; error?: string; late?: boolean | undefined }, now: Date): boolean {
    return this.use((db) => {
      const result = db
        .prepare(
          `UPDATE deliveries SET status = ?, message_id = ?, error = ?, late = CASE WHEN ? IS NULL THEN late ELSE ? END,
             lease_until = NULL, updated_at = ?
           WHERE schedule_id = ? AND slot = ? AND item = ? AND status = 'claimed' AND owner = ?`,
        )
        .run(
          status,
          fields.messageId ?? null,
          fields.error ?? null,
          fields.late === undefined ? null : 1,
          fields.late ? 1 : 0,
          now.toISOString(),
          key.scheduleId,
          key.slot,
          key.item,
          owner,
        );
      return result.changes === 1;
    });
  }
}

class ClaimLost extends Error {}

