import type { QueryResult, QueryResultRow } from 'pg';
import type {
  AddWithinLimitsResult,
  NewSubscription,
  Subscription,
  SubscriptionChannel,
  SubscriptionCountLimits,
  SubscriptionLimitReached,
  SubscriptionStore,
  SubscriptionTopic,
} from '../../contracts/stores.js';
import { NEW_SUBSCRIPTION_COLUMNS, newSubscriptionValues, subscriptionFromRow, type SubscriptionRow } from '../rows/subscription-row.js';
import { subscriptionLimitReached } from '../subscription-limits.js';
import type { PostgresConnection } from './postgres-connection.js';

/** The pool (one statement) or the client of a transaction: what the helpers below run their statements on. */
interface Runner {
  query<R extends QueryResultRow>(text: string, params: unknown[]): Promise<QueryResult<R>>;
}

/** Subscriptions made in chat on PostgreSQL, with the behaviour of SqliteSubscriptionStore; ids come from an identity column. */
export class PostgresSubscriptionStore implements SubscriptionStore {
  constructor(private readonly connection: PostgresConnection) {}

  async add(subscription: NewSubscription): Promise<Subscription> {
    return insert(this.connection, subscription);
  }

  async addWithinLimits(subscription: NewSubscription, limits: SubscriptionCountLimits): Promise<AddWithinLimitsResult> {
    return this.connection.transaction(async (client) => {
      // Under READ COMMITTED two adds would count the same rows and both insert. Transaction-scoped advisory locks on
      // the channel, and for a feed URL then on the scope, make adds that share either wait for one another; after
      // the wait, the next statement's snapshot sees the row the other committed. Channel before scope in every add,
      // so no two adds can wait on each other in a circle.
      await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [channelLockKey(subscription.channel)]);
      if (subscription.what.kind === 'feed-url') await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [scopeLockKey(subscription.scope)]);
      const refused = await limitReached(client, subscription, limits);
      return refused ? { refused } : { added: await insert(client, subscription) };
    });
  }

  async limitReached(subscription: NewSubscription, limits: SubscriptionCountLimits): Promise<SubscriptionLimitReached | undefined> {
    return limitReached(this.connection, subscription, limits);
  }

  async get(id: string): Promise<Subscription | undefined> {
    const rowId = parseId(id);
    if (rowId === undefined) return undefined;
    const result = await this.connection.query<SubscriptionRow>('SELECT * FROM subscriptions WHERE id = $1', [rowId]);
    return result.rows[0] && subscriptionFromRow(result.rows[0]);
  }

  async listForChannel(channel: SubscriptionChannel): Promise<Subscription[]> {
    return this.list('WHERE platform = $1 AND channel_id = $2', channel.platform, channel.channelId);
  }

  async listForScope(scope: string): Promise<Subscription[]> {
    return this.list('WHERE scope = $1', scope);
  }

  async listAll(): Promise<Subscription[]> {
    return this.list('');
  }

  async setPaused(id: string, paused: boolean, reason?: string): Promise<boolean> {
    const rowId = parseId(id);
    if (rowId === undefined) return false;
    const result = await this.connection.query('UPDATE subscriptions SET paused = $1, paused_reason = $2 WHERE id = $3', [paused ? 1 : 0, paused ? (reason ?? null) : null, rowId]);
    return result.rowCount === 1;
  }

  async remove(id: string): Promise<boolean> {
    const rowId = parseId(id);
    if (rowId === undefined) return false;
    return (await this.connection.query('DELETE FROM subscriptions WHERE id = $1', [rowId])).rowCount === 1;
  }

  private async list(where: string, ...params: string[]): Promise<Subscription[]> {
    const result = await this.connection.query<SubscriptionRow>(`SELECT * FROM subscriptions ${where} ORDER BY id`, params);
    return result.rows.map(subscriptionFromRow);
  }
}

/** Ids are what users type ("/briefing unsubscribe 12"): anything but a plain positive integer names no subscription. */
function parseId(id: string): string | undefined {
  return /^[1-9]\d{0,15}$/.test(id.trim()) ? id.trim() : undefined;
}

async function insert(db: Runner, subscription: NewSubscription): Promise<Subscription> {
  const result = await db.query<SubscriptionRow>(
    `INSERT INTO subscriptions (${NEW_SUBSCRIPTION_COLUMNS.join(', ')}) VALUES (${NEW_SUBSCRIPTION_COLUMNS.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING *`,
    newSubscriptionValues(subscription),
  );
  return subscriptionFromRow(result.rows[0]!);
}

async function limitReached(db: Runner, subscription: NewSubscription, limits: SubscriptionCountLimits): Promise<SubscriptionLimitReached | undefined> {
  const counted = await db.query<{ n: string }>('SELECT count(*) AS n FROM subscriptions WHERE platform = $1 AND channel_id = $2', [
    subscription.channel.platform,
    subscription.channel.channelId,
  ]);
  const topics =
    subscription.what.kind === 'feed-url'
      ? (await db.query<{ what: string }>('SELECT what FROM subscriptions WHERE scope = $1', [subscription.scope])).rows.map((row) => JSON.parse(row.what) as SubscriptionTopic)
      : [];
  return subscriptionLimitReached(subscription, Number(counted.rows[0]!.n), topics, limits);
}

function channelLockKey(channel: SubscriptionChannel): string {
  return `newsbrief subscriptions of channel\n${channel.platform}\n${channel.channelId}`;
}

function scopeLockKey(scope: string): string {
  return `newsbrief subscriptions of scope\n${scope}`;
}
