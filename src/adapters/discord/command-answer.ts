import { handleCommand, type CommandContext } from '../../commands/dispatch.js';
import { findCommand } from '../../commands/table.js';
import type { CommandReply } from '../../commands/types.js';
import type { Logger } from '../../logging/logger.js';
import { renderDiscordReply, type DiscordMessageBody } from '../../render/discord-embeds.js';
import { safeError } from './safe-error.js';
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
}

/** Follow-ups a reply may add after the original: 80 quotes become 3 messages and a count, not 8 messages. */
export const MAX_REPLY_MESSAGES = 3;

/**
 * The one path from an interaction to the message bodies, shared by the gateway and the HTTP endpoint,
 * so both answer the same command with the same bodies. Bugs become a short ephemeral apology and a log line.
 */
export async function answerCommand(input: InteractionInput, context: CommandContext, logger: Logger): Promise<CommandAnswer> {
  let reply: CommandReply;
  const def = findCommand(context.table, input.commandName);
  try {
    if (!def) {
      logger.warn({ command: input.commandName, interaction: input.interactionId }, 'discord: command not in the table (re-run `newsbrief discord register`)');
    }
    const request = def
      ? buildCommandRequest(def, input.options, input.userId)
      : { command: input.commandName, platform: 'discord' as const };
    reply = await handleCommand(request, context);
  } catch (error) {
    logger.error({ err: safeError(error), command: input.commandName, interaction: input.interactionId }, 'discord: command failed');
    reply = {
      kind: 'message',
      visibility: 'ephemeral',
      title: 'Something went wrong while answering that.',
      lines: ['The error was logged. Try again, or ask for another story.'],
    };
  }
  const bodies = renderDiscordReply(reply, { maxMessages: MAX_REPLY_MESSAGES });
  logger.info(
    { command: input.commandName, interaction: input.interactionId, reply: reply.kind, visibility: reply.visibility, messages: bodies.length },
    'discord: command answered',
  );
  return { bodies, ephemeral: reply.visibility === 'ephemeral', reply };
}
