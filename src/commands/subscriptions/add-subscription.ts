import { IANAZone } from 'luxon';
import type { CommandReply } from '../../contracts/command-reply.js';
import { formatDuration } from '../../contracts/format-duration.js';
import type { NewSubscription, SubscriptionLimitReached, SubscriptionStore } from '../../contracts/stores.js';
import type { BriefingLibrary } from '../../stories/library.js';
import { UserFacingError } from '../user-facing-error.js';
import { parseKeywords, formatKeywords } from './parse-keywords.js';
import { parseWhen } from './parse-when.js';
import type { RequestOrigin } from './request-origin.js';
import { resolveTopic } from './resolve-topic.js';
import { formatRun, tooCloseRuns } from './run-times.js';
import type { SubscriptionCommand } from './subscription-command.js';
import { nextRunTexts, subscriptionMessage } from './subscription-lines.js';
import type { SubscriptionServices } from './subscription-services.js';

const NOT_SUBSCRIBED = 'Not subscribed.';

export interface AddInput {
  command: Extract<SubscriptionCommand, { action: 'add' }>;
  origin: RequestOrigin;
  userId: string;
  library: BriefingLibrary;
  services: SubscriptionServices;
  store: SubscriptionStore;
}

/** Checks everything a user typed before anything is stored, the limits as it is stored; the reply names what was created. */
export async function addSubscription(input: AddInput): Promise<CommandReply> {
  const { command, origin, services, store } = input;
  const refuse = (problem: string, lines: string[] = []) => subscriptionMessage(NOT_SUBSCRIBED, [problem, ...lines]);
  // Before anything else: a subscription that can never be delivered is worse than none.
  const undeliverable = services.cannotPost?.(origin.channel.platform);
  if (undeliverable) return refuse(undeliverable);

  const zone = command.timezone !== undefined ? canonicalZone(command.timezone) : (canonicalZone((await origin.userTimezone?.()) ?? '') ?? canonicalZone(services.defaultTimezone));
  if (!zone) {
    return refuse(`Unknown time zone “${command.timezone ?? services.defaultTimezone}”: use an IANA zone such as Europe/Brussels, America/New_York or UTC.`);
  }
  const when = parseWhen(command.when);
  if (!when.ok) return refuse(when.problem);
  const close = tooCloseRuns(when.when.cron, zone, services.clock.now(), services.limits.minIntervalMs, services.nextRuns);
  if (close) {
    const min = formatDuration(services.limits.minIntervalMs);
    return refuse(`“${when.when.text}” runs more often than once every ${min} (${formatRun(close[0], zone)} and ${formatRun(close[1], zone)}); the minimum interval here is ${min}.`);
  }
  let keywords: NewSubscription['keywords'];
  if (command.keywords !== undefined) {
    const parsed = parseKeywords(command.keywords);
    if (!parsed.ok) return refuse(parsed.problem);
    keywords = parsed.filter;
  }
  const topic = resolveTopic(command.what, input.library, services.feedIds);
  if (!topic.ok) return refuse(topic.problem, topic.lines);

  // A function: createdAt is the moment it is stored, after a feed URL was fetched, since the first slot counts from it.
  const subscription = (): NewSubscription => ({
    channel: origin.channel,
    scope: origin.scope,
    what: topic.topic,
    whatText: command.what,
    ...(keywords ? { keywords } : {}),
    when: when.when,
    timezone: zone,
    createdBy: input.userId,
    createdAt: services.clock.now().toISOString(),
  });
  if (topic.topic.kind === 'feed-url') {
    // An early answer, so that a feed URL past a limit is not fetched for nothing; addWithinLimits below decides.
    const reached = await store.limitReached(subscription(), services.limits);
    if (reached) return refuse(limitProblem(reached));
    if (!services.checkFeed) return refuse('Subscribing to feed URLs is not enabled here; use a feed id from config instead.');
    try {
      await services.checkFeed(topic.topic.url);
    } catch (error) {
      if (error instanceof UserFacingError) return refuse(error.message);
      throw error;
    }
  }

  // Counted and added in one step of the store: adds at once (or by another instance) cannot pass the limits.
  const result = await store.addWithinLimits(subscription(), services.limits);
  if ('refused' in result) return refuse(limitProblem(result.refused));
  const created = result.added;
  return subscriptionMessage(`Subscription ${created.id} created.`, [
    `What: ${created.whatText}`,
    `When: ${created.when.text} (${created.timezone})`,
    ...(created.keywords ? [`Keywords: ${formatKeywords(created.keywords)}`] : []),
    `Next runs: ${nextRunTexts(services, created.when.cron, created.timezone, 3).join(', ')}`,
    // The shell has no channel the scheduler posts to: say so rather than let the user wait for 08:00.
    ...(origin.channel.platform === 'shell' ? [SHELL_ONLY_STORES] : []),
  ]);
}

export const SHELL_ONLY_STORES = 'The shell only stores it: scheduled briefings are posted by the running bot (newsbrief serve) to Slack and Discord channels, never here.';

function limitProblem(reached: SubscriptionLimitReached): string {
  return reached.limit === 'per-channel'
    ? `This channel has ${reached.count} subscriptions, the most allowed (${reached.max}); remove one first.`
    : `This workspace already follows ${reached.count} feed URLs, the most allowed (${reached.max}); unsubscribe one first.`;
}

/** The zone's canonical spelling ("europe/brussels" → "Europe/Brussels"), or undefined when it is no IANA zone. */
export function canonicalZone(zone: string): string | undefined {
  const trimmed = zone.trim();
  if (!trimmed || !IANAZone.isValidZone(trimmed)) return undefined;
  return new Intl.DateTimeFormat('en', { timeZone: trimmed }).resolvedOptions().timeZone;
}
