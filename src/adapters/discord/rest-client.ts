import { REST, type RESTOptions } from 'discord.js';

export const DEFAULT_DISCORD_API = 'https://discord.com/api';

/**
 * Rate limits up to this long are waited out by @discordjs/rest (and the request sent once); longer ones
 * fail at once as a RateLimitError, so a scheduled post becomes a transient DeliveryError with its retry time
 * instead of a caller blocked for minutes.
 */
export const LONGEST_RATE_LIMIT_WAIT_MS = 10_000;

/** REST options for Discord: the base URL (DISCORD_API_URL, for proxies and tests) and any overrides. */
export function discordRestOptions(apiUrl: string | undefined, overrides: Partial<RESTOptions> = {}): Partial<RESTOptions> {
  return {
    api: (apiUrl ?? DEFAULT_DISCORD_API).replace(/\/+$/, ''),
    rejectOnRateLimit: (data) => data.retryAfter > LONGEST_RATE_LIMIT_WAIT_MS || data.timeToReset > LONGEST_RATE_LIMIT_WAIT_MS,
    ...overrides,
  };
}

/** A REST client on its own (registration, HTTP-interaction follow-ups, channel posts without the gateway). */
export function createDiscordRest(apiUrl: string | undefined, token?: string, overrides: Partial<RESTOptions> = {}): REST {
  const rest = new REST(discordRestOptions(apiUrl, overrides));
  if (token) rest.setToken(token);
  return rest;
}
