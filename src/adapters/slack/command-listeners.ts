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

/**
 * Slash commands, the "Post to channel" button and @mentions. Every handler acknowledges first (Slack
 * allows 3 seconds) and answers afterwards through response_url or chat.postMessage.
 */
export function registerCommandListeners(app: App, context: CommandContext, logger: Logger, cards?: CardsConfig): void {
  const log = logger.child({ component: 'slack-commands' });

  const table = commandsOn(context.table, 'slack');
  for (const def of table) {
    app.command(`/${def.name}`, async ({ command, ack, respond, client }) => {
      await ack();
      const request = parseCommandText(def, unescapeSlackText(command.text ?? ''), context.library, 'slack', command.user_id);
      const reply = await dispatch(request, context, log);
      const message = renderSlackReply(reply, { postButtonValue: buttonValue(reply, request, context) });
      log.info({ command: def.name, user: command.user_id, channel: command.channel_id, answer: reply.kind, visibility: reply.visibility }, 'slash command');
      const images = cards && cardsWanted(cards, def.name, command.channel_id) ? drawCards(reply, cards, log) : [];
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

  app.event('app_mention', async ({ event, client }) => {
    const { command, rest } = splitMentionText(event.text ?? '');
    const def = command ? findCommand(table, command) : undefined;
    let reply: CommandReply;
    if (!def) {
      reply = usageReply(table, command ? `Unknown command “${command}”.` : undefined);
    } else {
      const request = parseCommandText(def, unescapeSlackText(rest), context.library, 'slack', event.user);
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

function drawCards(reply: CommandReply, cards: CardsConfig, log: Logger): CardImage[] {
  if (reply.kind !== 'quotes') return [];
  try {
    return replyCards(reply.briefing, reply.quotes, { size: 'landscape', theme: cards.theme, accent: cards.accent });
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
