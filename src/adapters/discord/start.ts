import { Client, Events, GatewayIntentBits, type RESTOptions } from 'discord.js';
import type { CommandContext } from '../../commands/dispatch.js';
import type { Logger } from '../../logging/logger.js';
import { ConfigError } from '../../contracts/config-error.js';
import type { ChannelPoster } from '../../contracts/channel-poster.js';
import type { RunningAdapter } from '../types.js';
import { createDiscordPoster } from './channel-poster.js';
import type { CardsConfig } from '../../contracts/cards.js';
import { handleGatewayInteraction } from './gateway-interactions.js';
import { createRawInteractionGuard } from './raw-interaction-guard.js';
import { discordRestOptions } from './rest-client.js';
import { safeError } from './safe-error.js';

/** The Discord part of the environment, as the wiring passes it (the settings' Env fits it). */
export interface DiscordEnv {
  DISCORD_TOKEN?: string | undefined;
  DISCORD_APPLICATION_ID?: string | undefined;
  DISCORD_API_URL?: string | undefined;
}

export interface DiscordAdapter extends RunningAdapter {
  platform: 'discord';
  poster: ChannelPoster;
  /** The discord.js client, for the rare caller that needs more (tests, diagnostics). */
  client: Client;
}

export interface DiscordAdapterOptions {
  env: DiscordEnv;
  context: CommandContext;
  logger: Logger;
  /** Overrides for @discordjs/rest (tests: `{ retries: 0 }`, a short `timeout`). */
  restOptions?: Partial<RESTOptions>;
  /** Quote cards with /quotes answers (commands.yaml `cards:`); without it answers are text only. */
  cards?: CardsConfig;
  /** How long to wait for the gateway's READY before giving up (default 30 s). */
  readyTimeoutMs?: number;
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
  let stopped = false;
  client.on(Events.ShardReady, () => (state = 'connected'));
  client.on(Events.ShardResume, () => (state = 'connected'));
  client.on(Events.ShardReconnecting, () => (state = 'connecting'));
  client.on(Events.ShardDisconnect, () => (state = 'disconnected'));
  client.on(Events.ShardError, (error) => {
    state = `error: ${error.message}`;
    log.warn({ err: safeError(error) }, 'discord: gateway error');
  });
  client.on(Events.Error, (error) => log.error({ err: safeError(error) }, 'discord: client error'));
  const guard = createRawInteractionGuard(log);
  client.on(Events.Raw, (packet: unknown) => guard.onRaw(packet));
  client.on(Events.InteractionCreate, (interaction) => {
    void handleGatewayInteraction(interaction, context, log, guard, options.cards);
  });

  let timer: NodeJS.Timeout | undefined;
  const ms = options.readyTimeoutMs ?? 30_000;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Discord gateway did not become ready within ${ms / 1000} s`)), ms);
  });
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  const login = client.login(env.DISCORD_TOKEN);
  // After a timeout the login may still fail later, during destroy: that is expected, not unhandled.
  login.catch(() => undefined);
  try {
    await Promise.race([Promise.all([login, ready]), timeout]);
  } catch (error) {
    // discord.js may be mid-handshake and reconnecting: do not let its clean-up hold the start-up error.
    await Promise.race([client.destroy().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 1000).unref())]);
    log.error({ err: safeError(error) }, 'discord: could not log in');
    if ((error as { code?: unknown }).code === 'TokenInvalid') {
      throw new ConfigError('environment: DISCORD_TOKEN: Discord refused the token (reset it under Bot in the Developer Portal)');
    }
    throw error;
  } finally {
    clearTimeout(timer);
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
    state: () => (stopped ? 'disconnected' : state),
    async stop() {
      stopped = true;
      await client.destroy();
    },
  };
}
