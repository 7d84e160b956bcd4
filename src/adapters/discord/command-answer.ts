import { dispatch, type CommandContext } from '../../commands/dispatch.js';
import type { RequestOrigin } from '../../commands/subscriptions/request-origin.js';
import { findCommand } from '../../commands/table.js';
import type { CommandReply } from '../../contracts/command-reply.js';
import type { Logger } from '../../logging/logger.js';
import { renderDiscordReply, type DiscordMessageBody } from '../../render/discord-embeds.js';
import { buildCommandRequest, type InteractionOption } from './interaction-options.js';

export interface CommandAnswer {
  /** The first is the reply itself (editReply / the original message); the rest are follow-ups. */
  bodies: DiscordMessageBody[];
  ephemeral: boolean;
  /** The reply the bodies were rendered from (quote cards are drawn from its quotes). */
  reply: CommandReply;
}

export interface InteractionInput {
  commandName: string;
  options: readonly InteractionOption[];
  userId?: string;
  interactionId: string;
  /** Guild, channel and the member's permissions there (the subscription commands need them). */
  origin?: RequestOrigin | undefined;
}

/** Follow-ups a reply may add after the original: 80 quotes become 3 messages and a count, not 8 messages. */
export const MAX_REPLY_MESSAGES = 3;

/**
 * The one path from an interaction to the message bodies, shared by the gateway and the HTTP endpoint,
 * so both answer the same command with the same bodies. Bugs become a short ephemeral apology and a log line.
 */
export async function answerCommand(input: InteractionInput, context: CommandContext, logger: Logger): Promise<CommandAnswer> {
  const def = findCommand(context.table, input.commandName, 'discord');
  if (!def) {
    logger.warn({ command: input.commandName, interaction: input.interactionId }, 'discord: command not in the table (re-run `newsbrief discord register`)');
  }
  const built = def ? buildCommandRequest(def, input.options, input.userId) : { command: input.commandName, platform: 'discord' as const };
  const request = input.origin ? { ...built, origin: input.origin } : built;
  const reply = await dispatch(request, context, logger.child({ interaction: input.interactionId }));
  const bodies = renderDiscordReply(reply, { maxMessages: MAX_REPLY_MESSAGES });
  logger.info(
    { command: input.commandName, interaction: input.interactionId, reply: reply.kind, visibility: reply.visibility, messages: bodies.length },
    'discord: command answered',
  );
  return { bodies, ephemeral: reply.visibility === 'ephemeral', reply };
}
