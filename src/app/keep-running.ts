import type { Logger } from '../logging/logger.js';

/**
 * The last line of defence for a long-running bot: a promise some library rejects with nobody listening (as
 * discord.js once did on a malformed interaction, inside its own packet handler) is logged, and Slack, Discord
 * and the scheduler keep running. Node's default would end the process. Returns a function that removes it.
 */
export function logUnhandledRejections(logger: Logger, target: NodeJS.EventEmitter = process): () => void {
  const onRejection = (reason: unknown): void => {
    logger.error({ err: reason }, 'unhandled rejection: logged, the bot keeps running');
  };
  target.on('unhandledRejection', onRejection);
  return () => {
    target.off('unhandledRejection', onRejection);
  };
}
