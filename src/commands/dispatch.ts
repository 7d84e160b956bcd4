import type { CommandReply } from '../contracts/command-reply.js';
import type { Logger } from '../logging/logger.js';
import type { CommandContext } from './command-context.js';
import { message, storyLines, usageReply } from './story-replies.js';
import { answerSubscription } from './subscriptions/answer-subscription.js';
import { commandModule, commandsOn, findCommand } from './table.js';
import type { CommandRequest } from './types.js';

export type { CommandContext, UrlBriefer, UrlBriefing } from './command-context.js';
export { UserFacingError } from './user-facing-error.js';
export { leftOutNote, usageReply } from './story-replies.js';

/** The one answer to a bug while answering: short, private, and pointing at the log (which has the stack). */
export const APOLOGY: CommandReply = {
  kind: 'message',
  visibility: 'ephemeral',
  title: 'Something went wrong while answering that.',
  lines: ['The error was logged. Try again, or ask for another story.'],
};

/**
 * Every platform answers through here: request in, reply out, and never a throw. An unexpected error is
 * logged with its stack and becomes the one apology, so each adapter is parse → dispatch → render → send.
 */
export async function dispatch(request: CommandRequest, context: CommandContext, logger: Logger): Promise<CommandReply> {
  try {
    return await handleCommand(request, context);
  } catch (error) {
    logger.error({ err: error, command: request.command, platform: request.platform }, 'command failed');
    return APOLOGY;
  }
}

/**
 * Answers a request, throwing what went wrong unexpectedly. The scheduler calls it directly: a scheduled post
 * that fails must be recorded as failed, not posted as an apology to the channel.
 */
export async function handleCommand(request: CommandRequest, context: CommandContext): Promise<CommandReply> {
  const table = commandsOn(context.table, request.platform);
  const def = findCommand(table, request.command);
  if (!def) return usageReply(table, `Unknown command /${request.command}.`);
  if (request.subscription) return answerSubscription(request.subscription, request, context);
  if (request.help) return usageReply(table);
  const command = commandModule(def);
  if (request.url && !command.acceptsUrl) {
    return message('Briefing a link is not enabled here.', ['Ask for a story by name instead:', ...storyLines(context.library)]);
  }
  return command.execute(def, request, context);
}
