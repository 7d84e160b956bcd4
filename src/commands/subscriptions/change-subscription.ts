import type { CommandReply } from '../../contracts/command-reply.js';
import type { SubscriptionChannel, SubscriptionStore } from '../../contracts/stores.js';
import { describeSubscription, nextRunTexts, subscriptionMessage } from './subscription-lines.js';
import type { SubscriptionServices } from './subscription-services.js';

export type Change = 'remove' | 'pause' | 'resume';

/** Unsubscribe, pause or resume one subscription, by an id of this channel only. */
export async function changeSubscription(
  change: Change,
  id: string,
  channel: SubscriptionChannel,
  store: SubscriptionStore,
  services: SubscriptionServices,
): Promise<CommandReply> {
  const subscription = await store.get(id);
  // Another channel's id is answered exactly like an unknown one: ids say nothing about other channels.
  if (!subscription || subscription.channel.platform !== channel.platform || subscription.channel.channelId !== channel.channelId) {
    return subscriptionMessage(`No subscription “${id}” in this channel.`, ['List this channel’s subscriptions to see their ids.']);
  }
  const summary = describeSubscription(subscription);
  if (change === 'remove') {
    await store.remove(subscription.id);
    return subscriptionMessage(`Subscription ${subscription.id} removed.`, [summary]);
  }
  if (change === 'pause') {
    if (subscription.paused) return subscriptionMessage(`Subscription ${subscription.id} is already paused.`, [summary]);
    await store.setPaused(subscription.id, true);
    return subscriptionMessage(`Subscription ${subscription.id} paused.`, [summary]);
  }
  if (!subscription.paused) return subscriptionMessage(`Subscription ${subscription.id} is not paused.`, [summary]);
  await store.setPaused(subscription.id, false);
  return subscriptionMessage(`Subscription ${subscription.id} resumed.`, [
    summary,
    `Next runs: ${nextRunTexts(services, subscription.when.cron, subscription.timezone, 3).join(', ')}`,
  ]);
}
