import { Client, Events, GatewayIntentBits, type RESTOptions } from 'discord.js';
import type { CommandContext } from '../../commands/dispatch.js';
import type { Logger } from '../../logging/logger.js';
import type { Env } from '../../settings/env.js';
import { ConfigError } from '../../settings/errors.js';
import type { ChannelPoster, RunningAdapter } from '../types.js';
import { createDiscordPoster } from './channel-poster.js';
import { handleGatewayInteraction } from './gateway-interactions.js';
import { discordRestOptions } from './rest-client.js';
import { safeError } from './safe-error.js';

export interface DiscordAdapter extends RunningAdapter {
  platform: 'discord';
  poster: ChannelPoster;
  /** The discord.js client, for the rare caller that needs more (tests, diagnostics). */
  client: Client;
}

export interface DiscordAdapterOptions {
  env: Env;
  context: CommandContext;
  logger: Logger;
  /** Overrides for @discordjs/rest (tests: `{ retries: 0 }`, a short `timeout`). */
  restOptions?: Partial<RESTOptions>;
}

/** Logs in over the gateway (intent: Guilds only) and answers slash commands; resolves once READY. */
export async function startDiscordAdapter(options: DiscordAdapterOptions): Promise<DiscordAdapter> {
  const { env, context, logger } = options;
  if (!env.DISCORD_TOKEN || !env.DISCORD_APPLICATION_ID) {
    throw new ConfigError('environment: DISCORD_TOKEN and DISCORD_APPLICATION_ID are both needed to start the Discord bot');
  }
  const log = logger.child({ platform: 'discord' });
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: discordRestOptions(env.DISCORD_API_URL, options.restOptions),
    // A second guard beside every message's own allowed_mentions: nothing the bot sends may ping.
    allowedMentions: { parse: [] },
  });

  let state = 'connecting';
  client.on(Events.ShardReady, () => (state = 'connected'));
  client.on(Events.ShardResume, () => (state = 'connected'));
  client.on(Events.ShardReconnecting, () => (state = 'connecting'));
  client.on(Events.ShardDisconnect, () => (state = 'disconnected'));
  client.on(Events.ShardError, (error) => {
    state = `error: ${error.message}`;
    log.warn({ err: safeError(error) }, 'discord: gateway error');
  });
  client.on(Events.Error, (error) => log.error({ err: safeError(error) }, 'discord: client error'));
  client.on(Events.InteractionCreate, (interaction) => {
    void handleGatewayInteraction(interaction, context, log);
  });

  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  try {
    await client.login(env.DISCORD_TOKEN);
    await ready;
  } catch (error) {
    await client.destroy();
    log.error({ err: safeError(error) }, 'discord: could not log in');
    throw error;
  }
  state = 'connected';
  if (client.application && client.application.id !== env.DISCORD_APPLICATION_ID) {
    log.warn({ gateway: client.application.id, configured: env.DISCORD_APPLICATION_ID }, 'discord: DISCORD_APPLICATION_ID differs from the token’s application');
  }
  log.info({ user: client.user?.tag, commands: context.table.map((c) => c.name) }, 'discord: connected');

  return {
    platform: 'discord',
    client,
    poster: createDiscordPoster(client.rest, log),
    state: () => state,
    async stop() {
      state = 'disconnected';
      await client.destroy();
    },
  };
}
