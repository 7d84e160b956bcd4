import type {
  AddWithinLimitsResult,
  NewSubscription,
  Subscription,
  SubscriptionChannel,
  SubscriptionCountLimits,
  SubscriptionLimitReached,
  SubscriptionStore,
  SubscriptionTopic,
} from '../contracts/stores.js';
import { NEW_SUBSCRIPTION_COLUMNS, newSubscriptionValues, subscriptionFromRow, type SubscriptionRow } from './rows/subscription-row.js';
import type { Db } from './database.js';
import type { DatabaseConnection } from './database-connection.js';
import { MigratedHandle } from './migrated-handle.js';
import { subscriptionLimitReached } from './subscription-limits.js';

/** Subscriptions made in chat, in the shared SQLite file beside the delivery log. */
export class SqliteSubscriptionStore implements SubscriptionStore {
  private readonly handle: MigratedHandle;

  /** A Db is used as it is; a DatabaseConnection is asked for the handle at every call, so the store follows a reopen. */
  constructor(source: Db | DatabaseConnection) {
    this.handle = new MigratedHandle(source);
  }

  async add(subscription: NewSubscription): Promise<Subscription> {
    return this.use((db) => insert(db, subscription));
  }

  async addWithinLimits(subscription: NewSubscription, limits: SubscriptionCountLimits): Promise<AddWithinLimitsResult> {
    return this.use((db) => {
      const add = db.transaction((): AddWithinLimitsResult => {
        const refused = limitReached(db, subscription, limits);
        return refused ? { refused } : { added: insert(db, subscription) };
      });
      // IMMEDIATE takes the write lock before counting, so another process on the file waits (busy_timeout) until this
      // add is committed and then counts it, rather than counting the same rows and adding one too many.
      return add.immediate();
    });
  }

  async limitReached(subscription: NewSubscription, limits: SubscriptionCountLimits): Promise<SubscriptionLimitReached | undefined> {
    return this.use((db) => limitReached(db, subscription, limits));
  }

  async get(id: string): Promise<Subscription | undefined> {
    const rowId = parseId(id);
    if (rowId === undefined) return undefined;
    return this.use((db) => {
      const row = db.prepare('SELECT * FROM subscriptions WHERE id = ?').get(rowId) as SubscriptionRow | undefined;
      return row && subscriptionFromRow(row);
    });
  }

  async listForChannel(channel: SubscriptionChannel): Promise<Subscription[]> {
    return this.list('WHERE platform = ? AND channel_id = ?', channel.platform, channel.channelId);
  }

  async listForScope(scope: string): Promise<Subscription[]> {
    return this.list('WHERE scope = ?', scope);
  }

  async listAll(): Promise<Subscription[]> {
    return this.list('');
  }

  async setPaused(id: string, paused: boolean, reason?: string): Promise<boolean> {
    const rowId = parseId(id);
    if (rowId === undefined) return false;
    return this.use((db) => {
      const result = db
        .prepare('UPDATE subscriptions SET paused = ?, paused_reason = ? WHERE id = ?')
        .run(paused ? 1 : 0, paused ? (reason ?? null) : null, rowId);
      return result.changes === 1;
    });
  }

  async remove(id: string): Promise<boolean> {
    const rowId = parseId(id);
    if (rowId === undefined) return false;
    return this.use((db) => db.prepare('DELETE FROM subscriptions WHERE id = ?').run(rowId).changes === 1);
  }

  private list(where: string, ...params: string[]): Subscription[] {
    return this.use((db) =>
      (db.prepare(`SELECT * FROM subscriptions ${where} ORDER BY id`).all(...params) as SubscriptionRow[]).map(subscriptionFromRow),
    );
  }

  private use<T>(work: (db: Db) => T): T {
    return this.handle.use(work);
  }
}

/** Ids are what users type ("/briefing unsubscribe 12"): anything but a plain positive integer names no subscription. */
function parseId(id: string): number | undefined {
  return /^[1-9]\d{0,15}$/.test(id.trim()) ? Number(id.trim()) : undefined;
}

function insert(db: Db, subscription: NewSubscription): Subscription {
  const result = db
    .prepare(`INSERT INTO subscriptions (${NEW_SUBSCRIPTION_COLUMNS.join(', ')}) VALUES (${NEW_SUBSCRIPTION_COLUMNS.map(() => '?').join(', ')})`)
    .run(...newSubscriptionValues(subscription));
  return subscriptionFromRow(db.prepare('SELECT * FROM subscriptions WHERE id = ?').get(result.lastInsertRowid) as SubscriptionRow);
}

function limitReached(db: Db, subscription: NewSubscription, limits: SubscriptionCountLimits): SubscriptionLimitReached | undefined {
  const { n } = db
    .prepare('SELECT count(*) AS n FROM subscriptions WHERE platform = ? AND channel_id = ?')
    .get(subscription.channel.platform, subscription.channel.channelId) as { n: number };
  const topics =
    subscription.what.kind === 'feed-url'
      ? (db.prepare('SELECT what FROM subscriptions WHERE scope = ?').all(subscription.scope) as { what: string }[]).map((row) => JSON.parse(row.what) as SubscriptionTopic)
      : [];
  return subscriptionLimitReached(subscription, n, topics, limits);
}
