import { DiscordAPIError, HTTPError, RateLimitError } from 'discord.js';
import { DeliveryError } from '../../contracts/delivery-error.js';

/** Discord error codes that no retry can fix: the channel is gone or the bot may not post there. */
const PERMANENT_CODES: Record<number, string> = {
  10003: 'Unknown Channel: the channel does not exist or the bot cannot see it',
  50001: 'Missing Access: the bot is not in that channel or server',
  50013: 'Missing Permissions: the bot may not send messages or embeds there',
  10008: 'Unknown Message',
};

/** Maps what @discordjs/rest throws to a DeliveryError the scheduler can act on (retry or give up). */
export function toDeliveryError(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  if (error instanceof RateLimitError) {
    return new DeliveryError(`Discord rate limit: retry after ${error.retryAfter} ms`, false, error.retryAfter, '429');
  }
  if (error instanceof DiscordAPIError) {
    const code = typeof error.code === 'number' ? error.code : Number(error.code);
    const known = PERMANENT_CODES[code];
    if (known) return new DeliveryError(`Discord: ${known} (${code})`, true, undefined, String(code));
    if (error.status === 401) return new DeliveryError('Discord: invalid bot token (401)', true, undefined, '401');
    if (error.status === 429) return new DeliveryError('Discord rate limit (429)', false, undefined, '429');
    if (error.status >= 500) return new DeliveryError(`Discord server error ${error.status}`, false, undefined, String(error.status));
    // Other 4xx: the request itself is wrong; sending it again gives the same answer.
    return new DeliveryError(`Discord refused the message: ${error.message} (${code || error.status})`, true, undefined, String(code || error.status));
  }
  if (error instanceof HTTPError) {
    const permanent = error.status === 401 || error.status === 403 || error.status === 404;
    return new DeliveryError(`Discord HTTP ${error.status}`, permanent, undefined, String(error.status));
  }
  const message = error instanceof Error ? error.message : String(error);
  // After a 401 @discordjs/rest forgets the token; every later call fails this way until restart.
  if (/Expected token to be set/i.test(message)) return new DeliveryError('Discord: no valid bot token', true, undefined, '401');
  return new DeliveryError(`Discord unreachable: ${message}`, false, undefined, 'network');
}
