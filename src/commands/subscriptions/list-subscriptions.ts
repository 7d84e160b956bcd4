import type { CommandReply } from '../../contracts/command-reply.js';
import type { Subscription, SubscriptionChannel, SubscriptionStore } from '../../contracts/stores.js';
import { describeSubscription, nextRunTexts, subscriptionMessage } from './subscription-lines.js';
import type { ConfigSchedule, SubscriptionServices } from './subscription-services.js';

/** One row of a channel's listing: a subscription (with its id) or a config-file schedule (read-only). */
export type ListingRow =
  | { kind: 'subscription'; subscription: Subscription; summary: string; next?: string }
  | { kind: 'config'; schedule: ConfigSchedule; summary: string; next?: string };

/** A channel's subscriptions, oldest first, then the config-file schedules posting there. */
export async function channelListing(services: SubscriptionServices, store: SubscriptionStore, channel: SubscriptionChannel): Promise<ListingRow[]> {
  const subscriptions = await store.listForChannel(channel);
  const rows: ListingRow[] = subscriptions.map((subscription) => {
    const next = subscription.paused ? undefined : nextRunTexts(services, subscription.when.cron, subscription.timezone, 1)[0];
    return { kind: 'subscription', subscription, summary: describeSubscription(subscription), ...(next ? { next } : {}) };
  });
  for (const schedule of services.configSchedules) {
    if (schedule.platform !== channel.platform || schedule.channel !== channel.channelId) continue;
    const next = schedule.enabled ? nextRunTexts(services, schedule.cron, schedule.timezone, 1)[0] : undefined;
    rows.push({ kind: 'config', schedule, summary: `${schedule.cron} (${schedule.timezone})`, ...(next ? { next } : {}) });
  }
  return rows;
}

/** "12: top 3, daily 08:00 (Europe/Brussels); next 2026-03-03 08:00", "… ; paused (channel not found)". */
export function listingLine(row: ListingRow): string {
  if (row.kind === 'config') {
    const state = row.schedule.enabled ? (row.next ? `next ${row.next}` : 'no run ahead') : 'disabled';
    return `${row.schedule.id} (config file, read-only): ${row.summary}; ${state}`;
  }
  const s = row.subscription;
  const state = s.paused ? `paused${s.pausedReason ? ` (${s.pausedReason})` : ''}` : row.next ? `next ${row.next}` : 'no run ahead';
  return `${s.id}: ${row.summary}; ${state}`;
}

export function listingReply(rows: ListingRow[]): CommandReply {
  if (rows.length === 0) return subscriptionMessage('No subscriptions in this channel.', ['Add one with: subscribe <what> <when>, e.g. subscribe top daily 08:00']);
  return subscriptionMessage(`Subscriptions in this channel (${rows.length})`, rows.map(listingLine));
}
