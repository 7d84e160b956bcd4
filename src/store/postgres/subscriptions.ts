import type { NewSubscription, Subscription, SubscriptionChannel, SubscriptionStore } from '../../contracts/stores.js';
import { subscriptionFromRow, type SubscriptionRow } from '../rows/subscription-row.js';
import type { PostgresConnection } from './postgres-connection.js';

/** Subscriptions made in chat on PostgreSQL, with the behaviour of SqliteSubscriptionStore; ids come from an identity column. */
export class PostgresSubscriptionStore implements SubscriptionStore {
  constructor(private readonly connection: PostgresConnection) {}

  async add(subscription: NewSubscription): Promise<Subscription> {
    const result = await this.connection.query<SubscriptionRow>(
      `INSERT INTO subscriptions (platform, channel_id, scope, what, what_text, keywords, when_text, cron, timezone, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING *`,
      [
        subscription.channel.platform,
        subscription.channel.channelId,
        subscription.scope,
        JSON.stringify(subscription.what),
        subscription.whatText,
        subscription.keywords ? JSON.stringify(subscription.keywords) : null,
        subscription.when.text,
        subscription.when.cron,
        subscription.timezone,
        subscription.createdBy,
        subscription.createdAt,
      ],
    );
    return subscriptionFromRow(result.rows[0]!);
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

