import type { CommandReply } from '../../contracts/command-reply.js';
import { DatabaseUnavailableError } from '../../contracts/database-unavailable-error.js';
import type { SubscriptionStore } from '../../contracts/stores.js';
import type { CommandContext } from '../command-context.js';
import type { CommandRequest } from '../types.js';
import { addSubscription } from './add-subscription.js';
import { changeSubscription } from './change-subscription.js';
import { channelListing, listingReply } from './list-subscriptions.js';
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
  const services = context.subscriptions;
  if (command.action === 'usage') {
    return subscriptionMessage(command.problem ?? 'Subscriptions: scheduled briefings for this channel', [...(command.problem ? ['Usage:'] : []), ...subscriptionUsage(request.platform)]);
  }
  if (!services) return subscriptionMessage('Subscriptions are not enabled here.', ['They are kept in the database, which this process has not opened.']);
  const origin = request.origin;
  if (!origin) return subscriptionMessage('Subscriptions can only be managed from a channel.', []);
  if (origin.direct) {
    return subscriptionMessage('A direct message cannot subscribe.', ['Subscriptions post to a channel: run the command in the channel that should receive the briefings.']);
  }
  if (command.action !== 'list') {
    const check = await origin.mayManage();
    if (!check.allowed) return subscriptionMessage('You cannot manage this channel’s subscriptions.', [check.who]);
  }
  try {
    const store = await services.store();
    return await run(command, request, context, services, store, origin);
  } catch (error) {
    if (error instanceof DatabaseUnavailableError) {
      return subscriptionMessage('Subscriptions are unavailable right now.', [`The database could not be used: ${error.message}`]);
    }
    throw error;
  }
}

async function run(
  command: Exclude<SubscriptionCommand, { action: 'usage' }>,
  request: CommandRequest,
  context: CommandContext,
  services: SubscriptionServices,
  store: SubscriptionStore,
  origin: RequestOrigin,
): Promise<CommandReply> {
  if (command.action === 'list') return listingReply(await channelListing(services, store, origin.channel));
  if (command.action === 'add') {
    return addSubscription({ command, origin, userId: request.userId ?? 'unknown', library: context.library, services, store });
  }
  return changeSubscription(command.action, command.id, origin.channel, store, services);
}
