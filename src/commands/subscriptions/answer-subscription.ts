import type { CommandReply } from '../../contracts/command-reply.js';
import { DatabaseUnavailableError } from '../../contracts/database-unavailable-error.js';
import type { SubscriptionStore } from '../../contracts/stores.js';
import type { CommandContext } from '../command-context.js';
import type { CommandRequest } from '../types.js';
import { addSubscription } from './add-subscription.js';
import { changeSubscription } from './change-subscription.js';
import { channelListing, listingReply, type ListingRow } from './list-subscriptions.js';
import type { RequestOrigin } from './request-origin.js';
import { SUBSCRIPTION_USAGE, type SubscriptionCommand } from './subscription-command.js';
import { subscriptionMessage } from './subscription-lines.js';
import type { SubscriptionServices } from './subscription-services.js';

/** Usage in each platform's words: Discord has its own /subscriptions command. */
export function subscriptionUsage(platform: CommandRequest['platform']): string[] {
  if (platform === 'discord') {
    return [
      '/subscriptions add what:<what> when:<when> [keywords:"word, -word"] [timezone:Area/City]',
      '  what: a story, top (or top 3), a feed id, an RSS/Atom feed URL, or speaker:"Full Name"',
      '  when: daily 08:00, weekdays 07:30, weekends 10:00, weekly mon 09:00, every 2h, or a cron expression',
      '/subscriptions list, /subscriptions remove|pause|resume id:<id>',
    ];
  }
  return SUBSCRIPTION_USAGE.map((line) => (line.startsWith(' ') ? line : `/briefing ${line}`));
}

/** Every subscription command, on every platform: where it was typed, who may, then the store. */
export async function answerSubscription(command: SubscriptionCommand, request: CommandRequest, context: CommandContext): Promise<CommandReply> {
  if (command.action === 'usage') {
    return subscriptionMessage(command.problem ?? 'Subscriptions: scheduled briefings for this channel', [...(command.problem ? ['Usage:'] : []), ...subscriptionUsage(request.platform)]);
  }
  const ready = await prepare(command.action, request, context);
  if ('reply' in ready) return ready.reply;
  const { services, store, origin } = ready;
  const done = await withStore(async () => {
    if (command.action === 'list') return listingReply(await channelListing(services, store, origin.channel));
    if (command.action === 'add') {
      return addSubscription({ command, origin, userId: request.userId ?? 'unknown', library: context.library, services, store });
    }
    return changeSubscription(command.action, command.id, origin.channel, store, services);
  });
  return done.ok ? done.value : done.reply;
}

/**
 * The rows of the channel's listing, for a platform that shows them its own way (Slack's buttons); or the reply
 * saying why there are none to show (a DM, no database).
 */
export async function subscriptionListing(request: CommandRequest, context: CommandContext): Promise<{ rows: ListingRow[] } | { reply: CommandReply }> {
  const ready = await prepare('list', request, context);
  if ('reply' in ready) return ready;
  const { services, store, origin } = ready;
  const done = await withStore(() => channelListing(services, store, origin.channel));
  return done.ok ? { rows: done.value } : { reply: done.reply };
}

type Prepared = { reply: CommandReply } | { services: SubscriptionServices; store: SubscriptionStore; origin: RequestOrigin };

/** Where it was typed and who asked, then the store: the checks every subscription command passes first. */
async function prepare(action: SubscriptionCommand['action'], request: CommandRequest, context: CommandContext): Promise<Prepared> {
  const services = context.subscriptions;
  if (!services) return { reply: subscriptionMessage('Subscriptions are not enabled here.', ['They are kept in the database, which this process has not opened.']) };
  const origin = request.origin;
  if (!origin) return { reply: subscriptionMessage('Subscriptions can only be managed from a channel.', []) };
  if (origin.direct) {
    return { reply: subscriptionMessage('A direct message cannot subscribe.', ['Subscriptions post to a channel: run the command in the channel that should receive the briefings.']) };
  }
  if (action !== 'list') {
    const check = await origin.mayManage();
    if (!check.allowed) return { reply: subscriptionMessage('You cannot manage this channel’s subscriptions.', [check.who]) };
  }
  const opened = await withStore(() => services.store());
  return opened.ok ? { services, store: opened.value, origin } : { reply: opened.reply };
}

/** A database that cannot be used is a reply saying so, not an apology: nothing is wrong with the command. */
async function withStore<T>(work: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; reply: CommandReply }> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof DatabaseUnavailableError) {
      return { ok: false, reply: subscriptionMessage('Subscriptions are unavailable right now.', [`The database could not be used: ${error.message}`]) };
    }
    throw error;
  }
}
