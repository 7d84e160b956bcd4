import type { NewSubscription, SubscriptionCountLimits, SubscriptionLimitReached, SubscriptionTopic } from '../contracts/stores.js';

/**
 * The limit a new subscription would pass, given what its channel holds (`inChannel` subscriptions) and what its
 * scope's subscriptions follow: the one rule both stores apply, inside their transaction, so they refuse alike.
 */
export function subscriptionLimitReached(
  subscription: NewSubscription,
  inChannel: number,
  scopeTopics: readonly SubscriptionTopic[],
  limits: SubscriptionCountLimits,
): SubscriptionLimitReached | undefined {
  if (inChannel >= limits.perChannel) return { limit: 'per-channel', count: inChannel, max: limits.perChannel };
  if (subscription.what.kind !== 'feed-url') return undefined;
  const feeds = new Set(scopeTopics.flatMap((topic) => (topic.kind === 'feed-url' ? [topic.url] : [])));
  // A URL the scope already follows costs nothing more to poll, so it does not count again.
  if (feeds.has(subscription.what.url) || feeds.size < limits.feedsPerScope) return undefined;
  return { limit: 'feeds-per-scope', count: feeds.size, max: limits.feedsPerScope };
}
