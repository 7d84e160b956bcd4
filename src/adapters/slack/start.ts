import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import { App, HTTPReceiver, HTTPReceiverDeferredRequestError, SocketModeReceiver, webApi } from '@slack/bolt';
import type { CommandContext } from '../../commands/dispatch.js';
import type { Clock } from '../../contracts/clock.js';
import type { Logger } from '../../logging/logger.js';
import { ConfigError } from '../../contracts/config-error.js';
import type { ChannelPoster } from '../../contracts/channel-poster.js';
import type { RunningAdapter } from '../types.js';
import type { CardsConfig } from '../../contracts/cards.js';
import { createBoltLogger } from './bolt-logger.js';
import { registerCommandListeners } from './command-listeners.js';
import { createSlackRequestGuard } from './request-guard.js';
import { sharedReplays } from '../http/shared-replays.js';
import type { SeenRequestStore } from '../../contracts/stores.js';
import { createSlackAccess, type SlackUserGroup } from './slack-access.js';
import { createSlackPoster } from './slack-poster.js';
import { DEFAULT_SOCKET_CONNECT, manageSocketConnection, type SocketConnectPolicy, type SocketConnection } from './socket-connection.js';
import { refusedTokenCode, withoutSecrets } from './token-errors.js';
import { SLACK_EVENTS_PATH, slackModeFromEnv, type SlackEnv, type SlackMode } from './slack-mode.js';

export { SLACK_EVENTS_PATH };

export const DEFAULT_SLACK_API_URL = 'https://slack.com/api/';

export interface SlackAdapterOptions {
  env: SlackEnv;
  context: CommandContext;
  logger: Logger;
  /** The process's clock: HTTP mode checks request timestamps against it. */
  clock: Clock;
  /** Overrides for the WebClient (tests: `retryConfig: { retries: 0 }`). slackApiUrl comes from SLACK_API_URL. */
  clientOptions?: Partial<webApi.WebClientOptions>;
  /** Quote cards with /quotes answers (commands.yaml `cards:`); without it answers are text only. */
  cards?: CardsConfig;
  /** Members of this user group may manage subscriptions too (besides workspace admins and owners). */
  subscriptionManagers?: SlackUserGroup;
  /** Socket Mode: overrides for the connect and reconnect bounds (DEFAULT_SOCKET_CONNECT). */
  socketConnect?: Partial<SocketConnectPolicy>;
  /** HTTP mode: the requests instances on the same database have received, so none answers a replay. */
  seenRequests?: () => SeenRequestStore | undefined;
}

export interface SlackAdapter extends RunningAdapter {
  platform: 'slack';
  mode: SlackMode;
  poster: ChannelPoster;
  /**
   * HTTP mode only: handles POST /slack/events (timestamp, signature and replays checked, then Bolt's own
   * check) and answers 404 to anything
   * else, so `serve` can mount it beside /healthz on one port.
   */
  requestListener?: RequestListener;
  /** HTTP mode only: serve /slack/events on a port of its own (0 picks a free one). */
  listen?(port: number, host?: string): Promise<Server>;
}

/**
 * The WebClient's own default retries for ten times over thirty minutes; an interactive bot and a scheduler
 * that retries on its own want an answer sooner.
 */
const DEFAULT_RETRY = { retries: 2, factor: 2, minTimeout: 1000, maxTimeout: 10_000 };
const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * Scheduled posts must never double. A 429 means Slack refused the message, so retrying it is safe; a timeout,
 * a network error or a 5xx may hide a message that went out, so the client must not retry those blindly: the
 * scheduler does, after looking for the tagged post in the channel.
 */
export function retryOnlyRateLimits(error: Error): void {
  if (!/rate limit was exceeded/i.test(error.message)) throw error;
}

/**
 * Starts the Slack app: Socket Mode when SLACK_APP_TOKEN + SLACK_BOT_TOKEN are set, HTTP when
 * SLACK_SIGNING_SECRET + SLACK_BOT_TOKEN are. Checks the bot token with auth.test before it returns.
 */
export async function startSlackAdapter(options: SlackAdapterOptions): Promise<SlackAdapter> {
  const { env, context, logger } = options;
  const mode = slackModeFromEnv(env);
  if (!mode || !env.SLACK_BOT_TOKEN) {
    throw new ConfigError(
      'Slack needs SLACK_BOT_TOKEN plus SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode).',
    );
  }
  const log = logger.child({ platform: 'slack', mode });
  const boltLogger = createBoltLogger(log);
  const slackApiUrl = env.SLACK_API_URL ? withTrailingSlash(env.SLACK_API_URL) : DEFAULT_SLACK_API_URL;
  const clientOptions = (): webApi.WebClientOptions => ({
    slackApiUrl,
    retryConfig: DEFAULT_RETRY,
    timeout: DEFAULT_TIMEOUT_MS,
    ...options.clientOptions,
  });

  let state = 'starting';
  let server: Server | undefined;
  let receiver: HTTPReceiver | SocketModeReceiver;
  let connection: SocketConnection | undefined;
  if (mode === 'socket') {
    const socket = new SocketModeReceiver({
      appToken: env.SLACK_APP_TOKEN!,
      logger: boltLogger,
      // socket-connection.ts opens and reopens the connection, with bounded waits.
      autoReconnectEnabled: false,
      // The Socket Mode client opens its connection (apps.connections.open) through its own WebClient, whose
      // default retries go on for hours: one try per attempt, and socket-connection.ts decides when to try again.
      installerOptions: { clientOptions: { slackApiUrl, timeout: DEFAULT_TIMEOUT_MS, ...options.clientOptions, retryConfig: { retries: 0 } } },
    });
    connection = manageSocketConnection({
      client: socket.client,
      policy: { ...DEFAULT_SOCKET_CONNECT, ...options.socketConnect },
      clock: options.clock,
      log,
      secrets: [env.SLACK_APP_TOKEN!, env.SLACK_BOT_TOKEN],
    });
    receiver = socket;
  } else {
    receiver = new HTTPReceiver({
      signingSecret: env.SLACK_SIGNING_SECRET!,
      endpoints: SLACK_EVENTS_PATH,
      logger: boltLogger,
      // Acknowledge at once; answers go through response_url afterwards, however long they take.
      processBeforeResponse: false,
      // The request guard in front (request-guard.ts) verifies every request with Bolt's own verifier, on the
      // process's clock, and refuses replays and future timestamps; a second check here would read the wall clock.
      signatureVerification: false,
    });
  }

  const app = new App({
    token: env.SLACK_BOT_TOKEN,
    receiver,
    logger: boltLogger,
    clientOptions: clientOptions(),
    deferInitialization: true,
    // Every command is one request and one answer: no conversation state to keep.
    convoStore: false,
  });
  const access = createSlackAccess({ clock: options.clock, logger: log, userGroup: options.subscriptionManagers });
  registerCommandListeners(app, context, log, options.cards, access);

  try {
    await app.init();
  } catch (error) {
    throw describeStartError(error, 'checking SLACK_BOT_TOKEN (auth.test)', [env.SLACK_BOT_TOKEN!]);
  }
  if (connection) {
    try {
      await connection.start();
    } catch (error) {
      // The client may be half-way through a WebSocket: nothing may keep the process alive after this error.
      await app.stop().catch(() => undefined);
      throw error;
    }
  } else {
    state = 'connected';
  }
  log.info('Slack adapter started');

  const adapter: SlackAdapter = {
    platform: 'slack',
    mode,
    poster: createSlackPoster(
      new webApi.WebClient(env.SLACK_BOT_TOKEN, {
        ...clientOptions(),
        logger: boltLogger,
        // p-retry (under the WebClient) stops retrying when onFailedAttempt throws.
        retryConfig: Object.assign({}, clientOptions().retryConfig ?? DEFAULT_RETRY, { onFailedAttempt: retryOnlyRateLimits }),
      }),
      log,
    ),
    state: () => connection?.state() ?? state,
    async stop() {
      if (connection) {
        connection.stop();
        await app.stop();
      }
      const closing = server;
      server = undefined;
      if (closing) {
        closing.closeAllConnections();
        await new Promise<void>((resolve) => closing.close(() => resolve()));
      }
      state = 'disconnected';
    },
  };
  if (receiver instanceof HTTPReceiver) {
    const http = receiver;
    const seenRequests = options.seenRequests;
    const guard = createSlackRequestGuard({
      signingSecret: env.SLACK_SIGNING_SECRET!,
      clock: options.clock,
      logger: log,
      ...(seenRequests ? { sharedReplays: sharedReplays('slack', seenRequests, log) } : {}),
    });
    const toBolt = (req: IncomingMessage, res: ServerResponse): void => {
      try {
        http.requestListener(req, res);
      } catch (error) {
        if (!(error instanceof HTTPReceiverDeferredRequestError)) log.error({ err: error }, 'Slack request failed');
        if (!res.headersSent) res.writeHead(error instanceof HTTPReceiverDeferredRequestError ? 404 : 500);
        res.end();
      }
    };
    adapter.requestListener = (req: IncomingMessage, res: ServerResponse) => {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      if (req.method === 'POST' && path === SLACK_EVENTS_PATH) guard(req, res, (buffered) => toBolt(buffered, res));
      else toBolt(req, res);
    };
    const listener = adapter.requestListener;
    // Our own server rather than app.start(): Bolt's would serve its receiver without the guard in front.
    adapter.listen = async (port: number, host?: string) => {
      const own = createServer(listener);
      await new Promise<void>((resolve, reject) => {
        own.once('error', reject);
        own.listen(port, host, () => {
          own.off('error', reject);
          resolve();
        });
      });
      server = own;
      return own;
    };
  }
  return adapter;
}

function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

/** Token problems are the user's to fix: a ConfigError naming the variable; anything else stays as it was. */
function describeStartError(error: unknown, doing: string, secrets: string[]): Error {
  const refused = refusedTokenCode(error);
  if (refused) return new ConfigError(`Slack refused the token while ${doing}: ${refused}`);
  const message = withoutSecrets(error instanceof Error ? error.message : String(error), secrets);
  return new Error(`Slack adapter could not start while ${doing}: ${message}`, { cause: error });
}
