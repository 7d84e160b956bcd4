import type { CommandReply } from '../../contracts/command-reply.js';
import type { Subscription } from '../../contracts/stores.js';
import { formatKeywords } from './parse-keywords.js';
import { formatRun } from './run-times.js';
import type { SubscriptionServices } from './subscription-services.js';

/** "top 3, daily 08:00 (Europe/Brussels)": what and when as the user typed them, and the zone. */
export function describeSubscription(subscription: Pick<Subscription, 'whatText' | 'when' | 'timezone' | 'keywords'>): string {
  const keywords = subscription.keywords ? `, keywords ${formatKeywords(subscription.keywords)}` : '';
  return `${subscription.whatText}, ${subscription.when.text} (${subscription.timezone})${keywords}`;
}

/** The next `count` runs from the clock, as local "YYYY-MM-DD HH:MM" in the zone. */
export function nextRunTexts(services: SubscriptionServices, cron: string, zone: string, count: number): string[] {
  return services.nextRuns(cron, zone, services.clock.now(), count).map((run) => formatRun(run, zone));
}

export function subscriptionMessage(title: string, lines: string[]): CommandReply {
  return { kind: 'message', visibility: 'ephemeral', title, lines };
}
