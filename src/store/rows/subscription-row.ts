import type { KeywordFilter, NewSubscription, Subscription, SubscriptionChannel, SubscriptionTopic } from '../../contracts/stores.js';

/** A row of `subscriptions` as both stores read it: `what` and `keywords` are JSON, `paused` 0/1. */
export interface SubscriptionRow {
  /** INTEGER in SQLite; BIGINT, which pg reads as a string, in PostgreSQL. */
  id: number | string;
  platform: SubscriptionChannel['platform'];
  channel_id: string;
  scope: string;
  what: string;
  what_text: string;
  keywords: string | null;
  when_text: string;
  cron: string;
  timezone: string;
  paused: number;
  paused_reason: string | null;
  created_by: string;
  created_at: string;
}

export function subscriptionFromRow(row: SubscriptionRow): Subscription {
  const subscription: Subscription = {
    id: String(row.id),
    channel: { platform: row.platform, channelId: row.channel_id },
    scope: row.scope,
    what: JSON.parse(row.what) as SubscriptionTopic,
    whatText: row.what_text,
    when: { text: row.when_text, cron: row.cron },
    timezone: row.timezone,
    paused: row.paused === 1,
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
  if (row.keywords !== null) subscription.keywords = JSON.parse(row.keywords) as KeywordFilter;
  if (row.paused_reason !== null) subscription.pausedReason = row.paused_reason;
  return subscription;
}

/** The columns a new subscription fills, in the order `newSubscriptionValues` gives them (both stores insert with it). */
export const NEW_SUBSCRIPTION_COLUMNS = ['platform', 'channel_id', 'scope', 'what', 'what_text', 'keywords', 'when_text', 'cron', 'timezone', 'created_by', 'created_at'] as const;

export function newSubscriptionValues(subscription: NewSubscription): Array<string | null> {
  return [
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
  ];
}
