import { REST, type RESTOptions } from 'discord.js';

export const DEFAULT_DISCORD_API = 'https://discord.com/api';

/** REST options for Discord: the base URL (DISCORD_API_URL, for proxies and tests) and any overrides. */
export function discordRestOptions(apiUrl: string | undefined, overrides: Partial<RESTOptions> = {}): Partial<RESTOptions> {
  return { api: (apiUrl ?? DEFAULT_DISCORD_API).replace(/\/+$/, ''), ...overrides };
}

/** A REST client on its own (registration, HTTP-interaction follow-ups, channel posts without the gateway). */
export function createDiscordRest(apiUrl: string | undefined, token?: string, overrides: Partial<RESTOptions> = {}): REST {
  const rest = new REST(discordRestOptions(apiUrl, overrides));
  if (token) rest.setToken(token);
  return rest;
}
