import { createHash } from 'node:crypto';
import type { ScheduleConfig } from '../contracts/schedule.js';
import type { Subscription } from '../contracts/stores.js';

/** A subscription is posted late at most this long after its slot (catch-up, retries), as config schedules by default. */
export const SUBSCRIPTION_GRACE_MS = 2 * 3_600_000;

/**
 * The scheduler's id for a subscription: "sub:12". Config ids are lower-case letters, digits, "-" and "_", so the
 * colon keeps a subscription's delivery-log rows and post tags apart from any config schedule's.
 */
export function subscriptionScheduleId(subscriptionId: string): string {
  return `sub:${subscriptionId}`;
}

/**
 * The feed id the live poller reads a subscribed URL as: the same for every subscription to that URL (host case and
 * default ports do not count), and a valid feed id ("url-" and 10 hex digits) that starts its articles' ids.
 */
export function subscribedFeedId(url: string): string {
  let normal = url.trim();
  try {
    normal = new URL(normal).href;
  } catch {
    // Refused when subscribing; an odd stored URL still gets a stable id.
  }
  return `url-${createHash('sha256').update(normal).digest('hex').slice(0, 10)}`;
}

/**
 * What the scheduler runs for a subscription, or why it cannot (a shell subscription has no platform poster in
 * `serve`). Story and top-story briefings skip a post identical to the last one (a channel does not want the
 * same briefing every morning); new quotes and new articles are new by construction.
 */
export function subscriptionSchedule(sub: Subscription): { schedule: ScheduleConfig } | { unsupported: string } {
  const platform = sub.channel.platform;
  if (platform === 'shell') return { unsupported: "the shell's local channel is only shown in the shell, never posted to by serve" };
  const base = {
    id: subscriptionScheduleId(sub.id),
    enabled: !sub.paused,
    cron: sub.when.cron,
    timezone: sub.timezone,
    target: { platform, channel: sub.channel.channelId },
    grace: SUBSCRIPTION_GRACE_MS,
    ...(sub.keywords ? { keywords: sub.keywords } : {}),
  };
  const origin = { id: sub.id, createdAt: sub.createdAt, whatText: sub.whatText, whenText: sub.when.text };
  const what = sub.what;
  switch (what.kind) {
    case 'story':
      return { schedule: { ...base, post: 'briefing', story: what.story, when_unchanged: 'skip-unchanged', subscription: origin } };
    case 'top':
      return { schedule: { ...base, post: 'briefing', stories: { top: what.count }, when_unchanged: 'skip-unchanged', subscription: origin } };
    case 'feed':
      return { schedule: { ...base, post: 'new-articles', feed: what.feedId, when_unchanged: 'post', subscription: origin } };
    case 'feed-url':
      return { schedule: { ...base, post: 'new-articles', feed: subscribedFeedId(what.url), when_unchanged: 'post', subscription: { ...origin, feedUrl: what.url } } };
    case 'speaker':
      return { schedule: { ...base, post: 'new-quotes', speaker: what.speaker, when_unchanged: 'post', subscription: origin } };
  }
}

/** The feed URLs subscriptions ask for that are not paused, once each, for the live poller. */
export function subscribedFeeds(subscriptions: readonly Subscription[]): { id: string; url: string }[] {
  const feeds = new Map<string, string>();
  for (const sub of subscriptions) {
    if (sub.paused || sub.what.kind !== 'feed-url') continue;
    feeds.set(subscribedFeedId(sub.what.url), sub.what.url);
  }
  return [...feeds].map(([id, url]) => ({ id, url }));
}
