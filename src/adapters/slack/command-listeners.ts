import type { App, RespondFn } from '@slack/bolt';
import { dispatch, usageReply, type CommandContext } from '../../commands/dispatch.js';
import { parseCommandText, splitMentionText } from '../../commands/parse-text.js';
import { commandsOn, findCommand } from '../../commands/table.js';
import type { CommandReply } from '../../contracts/command-reply.js';
import type { CommandRequest } from '../../commands/types.js';
import type { Logger } from '../../logging/logger.js';
import { renderSlackReply, SLACK_LIMITS, SLACK_POST_ACTION_ID, type SlackMessage } from '../../render/slack-blocks.js';
import { unescapeSlackText } from '../../render/slack-escape.js';
import { replyCards, type CardImage } from '../../render/card/reply-cards.js';
import { cardsWanted, type CardsConfig } from '../../contracts/cards.js';
import { uploadCards, type SlackFileImageBlock } from './card-uploads.js';
import { decodePostButtonValue, encodePostButtonValue } from './post-button-value.js';
import { APOLOGY } from '../../commands/dispatch.js';
import { subscriptionListing } from '../../commands/subscriptions/answer-subscription.js';
import type { SlackAccess } from './slack-access.js';
import { SUBSCRIPTION_ACTION_PATTERN, subscriptionListBlocks, type SubscriptionListMessage } from './subscription-blocks.js';

/**
 * Slash commands, the "Post to channel" button and @mentions. Every handler acknowledges first (Slack
 * allows 3 seconds) and answers afterwards through response_url or chat.postMessage.
 */
export function registerCommandListeners(app: App, context: CommandContext, logger: Logger, cards?: CardsConfig, access?: SlackAccess): void {
  const log = logger.child({ component: 'slack-commands' });

  const table = commandsOn(context.table, 'slack');
  for (const def of table) {
    app.command(`/${def.name}`, async ({ command, ack, respond, client }) => {
      await ack();
      const request = parseCommandText(def, unescapeSlackText(command.text ?? ''), context.library, 'slack', command.user_id);
      if (request.subscription && access) {
        request.origin = access.origin(client, { teamId: command.team_id, channelId: command.channel_id, channelName: command.channel_name, userId: command.user_id });
        if (request.subscription.action === 'list') {
          // The list comes with Pause/Resume and Remove buttons: Block Kit of its own rather than the plain reply.
          const list = await listMessage(request, undefined);
          log.info({ command: def.name, user: command.user_id, channel: command.channel_id, answer: 'subscriptions' }, 'slash command');
          await sendList(respond, list, log, false);
          return;
        }
      }
      const reply = await dispatch(request, context, log);
      const message = renderSlackReply(reply, { postButtonValue: buttonValue(reply, request, context) });
      log.info({ command: def.name, user: command.user_id, channel: command.channel_id, answer: reply.kind, visibility: reply.visibility }, 'slash command');
      const images = cards && cardsWanted(cards, def.name, command.channel_id) ? await drawCards(reply, cards, log) : [];
      if (reply.visibility === 'public') {
        // Text first: the cards add to an answer that is already there, and a failed upload loses nothing.
        await send(respond, 'in_channel', message, log, request.command);
        await uploadCards(client, images, { channel: command.channel_id, log });
        return;
      }
      // Private answer: the files stay unshared and show only inside this ephemeral message.
      const blocks = await uploadCards(client, images, { log });
      await send(respond, 'ephemeral', withImages(message, blocks), log, request.command);
    });
  }

  app.action(SLACK_POST_ACTION_ID, async ({ ack, body, action, respond }) => {
    await ack();
    const raw = action.type === 'button' ? action.value : undefined;
    const value = raw ? decodePostButtonValue(raw) : undefined;
    if (!value) {
      log.warn({ user: body.user.id }, 'ignored a "Post to channel" click whose value this bot did not write');
      return;
    }
    const request: CommandRequest = {
      command: value.command,
      platform: 'slack',
      userId: body.user.id,
      public: true,
      ...(value.story ? { story: value.story } : {}),
      ...(value.speaker ? { speaker: value.speaker } : {}),
      ...(value.url ? { url: value.url } : {}),
    };
    const reply = await dispatch(request, context, log);
    if (reply.kind === 'message') {
      // The story went away since the ephemeral answer: tell the one who clicked, post nothing.
      await send(respond, 'ephemeral', renderSlackReply(reply), log, request.command, false);
      return;
    }
    if (await send(respond, 'in_channel', renderSlackReply(reply), log, request.command, false)) {
      // The shared copy is in the channel: the private one with its button has done its job.
      await respond({ delete_original: true }).catch((error: unknown) =>
        log.warn({ err: error }, 'could not remove the ephemeral answer after posting it'),
      );
    }
  });

  /** The channel's list as Block Kit, or the reply saying why there is none (a DM, no database), after `note`. */
  async function listMessage(request: CommandRequest, note: CommandReply | undefined): Promise<SubscriptionListMessage> {
    try {
      const listing = await subscriptionListing({ ...request, subscription: { action: 'list' } }, context);
      if ('rows' in listing) return subscriptionListBlocks(listing.rows, note);
      return renderSlackReply(listing.reply) as SubscriptionListMessage;
    } catch (error) {
      log.error({ err: error, command: request.command }, 'could not list subscriptions');
      return renderSlackReply(APOLOGY) as SubscriptionListMessage;
    }
  }

  // Pause, Resume and Remove under a list: the same command as typed, so the same permission check, every click.
  app.action(SUBSCRIPTION_ACTION_PATTERN, async ({ ack, body, action, respond, client }) => {
    await ack();
    const id = action.type === 'button' ? action.value : undefined;
    const verb = SUBSCRIPTION_ACTION_PATTERN.exec('action_id' in action ? action.action_id : '')?.[1] as 'pause' | 'resume' | 'remove' | undefined;
    const teamId = body.team?.id ?? body.user.team_id;
    const channelId = body.channel?.id;
    if (!id || !verb || !teamId || !channelId || !access) {
      log.warn({ user: body.user.id }, 'ignored a subscription button click without its id, team or channel');
      return;
    }
    const request: CommandRequest = {
      command: 'briefing',
      platform: 'slack',
      userId: body.user.id,
      subscription: { action: verb, id },
      origin: access.origin(client, { teamId, channelId, channelName: body.channel?.name, userId: body.user.id }),
    };
    const reply = await dispatch(request, context, log);
    log.info({ user: body.user.id, channel: channelId, action: verb, subscription: id, answer: reply.kind === 'message' ? reply.title : reply.kind }, 'subscription button');
    await sendList(respond, await listMessage(request, reply), log, true);
  });

  app.event('app_mention', async ({ event, client, body }) => {
    const { command, rest } = splitMentionText(event.text ?? '');
    const def = command ? findCommand(table, command) : undefined;
    let reply: CommandReply;
    if (!def) {
      reply = usageReply(table, command ? `Unknown command “${command}”.` : undefined);
    } else {
      const request = parseCommandText(def, unescapeSlackText(rest), context.library, 'slack', event.user);
      const teamId = (body as { team_id?: string }).team_id;
      if (request.subscription && access && teamId && event.user) {
        request.origin = access.origin(client, { teamId, channelId: event.channel, userId: event.user });
      }
      reply = await dispatch(request, context, log);
    }
    const message = renderSlackReply(reply);
    try {
      await client.chat.postMessage({
        channel: event.channel,
        thread_ts: event.thread_ts ?? event.ts,
        text: message.text,
        blocks: message.blocks,
        unfurl_links: false,
        unfurl_media: false,
      });
    } catch (error) {
      log.warn({ err: error, channel: event.channel }, 'could not answer an @mention in its thread');
    }
  });

  app.error(async (error) => {
    log.error({ err: error }, 'Slack listener failed');
  });
}

async function drawCards(reply: CommandReply, cards: CardsConfig, log: Logger): Promise<CardImage[]> {
  if (reply.kind !== 'quotes') return [];
  try {
    return await replyCards(reply.briefing, reply.quotes, { size: 'landscape', theme: cards.theme, accent: cards.accent });
  } catch (error) {
    log.warn({ err: error }, 'could not draw quote cards; the answer goes out as text only');
    return [];
  }
}

/** The message with the card images after the quotes, before a trailing "Post to channel" button, within Slack's block limit. */
function withImages(message: SlackMessage, images: SlackFileImageBlock[]): SlackMessage {
  if (images.length === 0) return message;
  const last = message.blocks[message.blocks.length - 1];
  const trailing = last && last.type === 'actions' ? [last] : [];
  const body = message.blocks.slice(0, message.blocks.length - trailing.length);
  const room = Math.max(0, SLACK_LIMITS.blocks - message.blocks.length);
  return { ...message, blocks: [...body, ...(images.slice(0, room) as unknown as SlackMessage['blocks']), ...trailing] };
}

function buttonValue(reply: CommandReply, request: CommandRequest, context: CommandContext): string | undefined {
  if (reply.kind === 'message' || reply.visibility !== 'ephemeral') return undefined;
  // The resolved story id, not the words typed: "newest story" may mean another story by the time of the click.
  const story = context.library.list().find((e) => e.briefing === reply.briefing)?.id;
  return encodePostButtonValue({
    command: request.command,
    ...(story ? { story } : {}),
    ...(request.speaker ? { speaker: request.speaker } : {}),
    ...(request.url && !story ? { url: request.url } : {}),
  });
}

async function send(
  respond: RespondFn,
  responseType: 'ephemeral' | 'in_channel',
  message: SlackMessage,
  log: Logger,
  command: string,
  replaceOriginal?: boolean,
): Promise<boolean> {
  try {
    await respond({
      response_type: responseType,
      text: message.text,
      blocks: message.blocks,
      ...(replaceOriginal === undefined ? {} : { replace_original: replaceOriginal }),
    });
    return true;
  } catch (error) {
    log.warn({ err: error, command }, 'could not deliver the answer through response_url');
    return false;
  }
}

async function sendList(respond: RespondFn, list: SubscriptionListMessage, log: Logger, replaceOriginal: boolean): Promise<void> {
  try {
    await respond({ response_type: 'ephemeral', text: list.text, blocks: list.blocks as never, replace_original: replaceOriginal });
  } catch (error) {
    log.warn({ err: error }, 'could not deliver the subscription list through response_url');
  }
}
