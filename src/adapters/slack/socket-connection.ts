import type { SocketModeReceiver } from '@slack/bolt';
import type { Clock } from '../../contracts/clock.js';
import { ConfigError } from '../../contracts/config-error.js';
import type { Logger } from '../../logging/logger.js';
import { refusedTokenCode, withoutSecrets } from './token-errors.js';

type SocketModeClient = SocketModeReceiver['client'];

/**
 * How the Socket Mode connection is opened and reopened. Each wait doubles from `firstRetryMs` and never exceeds
 * `maxRetryMs`; start-up gives up after `startAttempts`, each bounded by `attemptTimeoutMs`.
 */
export interface SocketConnectPolicy {
  /** The wait before the first reconnect after a loss, and between the first two attempts at start-up. */
  firstRetryMs: number;
  /** The ceiling on any one wait, however long Slack stays unreachable. */
  maxRetryMs: number;
  /** One attempt (apps.connections.open, the WebSocket, Slack's hello) counts as failed after this long. */
  attemptTimeoutMs: number;
  /** Start-up stops with an error after this many failed attempts; reconnects never stop (except a refused token). */
  startAttempts: number;
}

/**
 * Worst case at start-up: 4 attempts of 20 s (+ 5 s to close a silent WebSocket) plus waits of 1 + 2 + 4 s, under
 * 2 minutes. The attempt timeout is above the Web API timeout (15 s) so that apps.connections.open has always
 * ended when an attempt is given up.
 */
export const DEFAULT_SOCKET_CONNECT: SocketConnectPolicy = { firstRetryMs: 1_000, maxRetryMs: 30_000, attemptTimeoutMs: 20_000, startAttempts: 4 };

const CLOSE_WAIT_MS = 5_000;

/** The wait after `failures` failed attempts in a row (a lost connection counts as one): doubling, capped. */
export function socketRetryDelay(policy: SocketConnectPolicy, failures: number): number {
  return Math.min(policy.maxRetryMs, policy.firstRetryMs * 2 ** Math.max(0, failures - 1));
}

export interface SocketConnectionOptions {
  client: SocketModeClient;
  policy: SocketConnectPolicy;
  /** Waits between attempts come from here, so shutdown can cut one short and tests need not wait. */
  clock: Clock;
  log: Logger;
  /** Token values, removed from any message that could reach a log line, /healthz or the start-up error. */
  secrets: string[];
}

export interface SocketConnection {
  /** "connecting", "connected", "connecting: attempt 3 failed (…), next in 4 s", "error: …", "disconnected". */
  state(): string;
  /** Opens the first connection: resolves once Slack says hello, rejects after `startAttempts` failures. */
  start(): Promise<void>;
  stop(): void;
}

/**
 * Opens and reopens the Socket Mode connection on our own schedule. The client's own reconnects are turned off
 * (`autoReconnectEnabled: false`): it waits `clientPingTimeout` × the number of failures with no ceiling, retries
 * apps.connections.open for ever at start-up (a hang), and drops a reconnect that fails for good without telling
 * anyone.
 */
export function manageSocketConnection(options: SocketConnectionOptions): SocketConnection {
  const { client, policy, clock, log } = options;
  const abort = new AbortController();
  let state = 'connecting';
  let connected = false;
  let stopped = false;
  let lastSocketError: unknown;
  let socketUrl: string | undefined;

  client.on('error', (error: unknown) => (lastSocketError = error));
  // The address apps.connections.open gave, without its query (a one-time ticket): what a failed WebSocket names.
  client.on('authenticated', (response: { url?: string }) => (socketUrl = response.url?.replace(/[?#].*$/, '')));
  client.on('disconnected', () => {
    if (!connected || stopped) return;
    connected = false;
    state = 'connecting';
    log.warn('Socket Mode connection lost; reconnecting');
    void reconnect();
  });

  /** One attempt: resolves on Slack's hello; rejects with a message fit for logs and /healthz. */
  async function attempt(doing: 'opening' | 'reopening'): Promise<void> {
    lastSocketError = undefined;
    socketUrl = undefined;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new AttemptTimeout(policy.attemptTimeoutMs)), policy.attemptTimeoutMs);
    });
    const opening = client.start();
    // Given up or not, the attempt's own promise settles later (on hello or close): nobody else awaits it.
    opening.catch(() => undefined);
    try {
      await Promise.race([opening, timeout]);
      connected = true;
      state = 'connected';
    } catch (error) {
      // A WebSocket still opening (or open without hello) would otherwise stay beside the next attempt's, and
      // its late "disconnected" would end that attempt. A peer that never completes the close is not waited for.
      if (error instanceof AttemptTimeout) await closeWithin(client, Math.min(policy.attemptTimeoutMs, CLOSE_WAIT_MS));
      throw describeAttemptError(error, lastSocketError, socketUrl, doing, options.secrets);
    } finally {
      clearTimeout(timer);
    }
  }

  async function reconnect(): Promise<void> {
    for (let failures = 0; !stopped; failures += 1) {
      await clock.sleep(socketRetryDelay(policy, failures + 1), abort.signal);
      if (stopped) return;
      try {
        await attempt('reopening');
        if (failures > 0) log.info({ attempts: failures + 1 }, 'Socket Mode connection reopened');
        return;
      } catch (error) {
        if (stopped) return;
        if (error instanceof ConfigError) {
          state = `error: ${error.message}`;
          log.error({ err: error }, 'Socket Mode could not reconnect');
          return;
        }
        failed(error as Error, failures + 1, socketRetryDelay(policy, failures + 2));
      }
    }
  }

  function failed(error: Error, attempts: number, nextMs: number): void {
    state = `connecting: attempt ${attempts} failed (${error.message}), next in ${formatSeconds(nextMs)}`;
    log.warn({ err: error, attempts, retryInMs: nextMs }, 'Socket Mode connection attempt failed');
  }

  return {
    state: () => state,
    async start() {
      for (let attempts = 1; ; attempts += 1) {
        try {
          await attempt('opening');
          return;
        } catch (error) {
          if (stopped) throw error;
          if (error instanceof ConfigError || attempts >= policy.startAttempts) {
            const given = error instanceof ConfigError ? error : new Error(
              `Slack adapter could not start: no Socket Mode connection to Slack after ${attempts} attempt${attempts === 1 ? '' : 's'}; last: ${(error as Error).message}`,
              { cause: error },
            );
            state = `error: ${given.message}`;
            throw given;
          }
          failed(error as Error, attempts, socketRetryDelay(policy, attempts));
          await clock.sleep(socketRetryDelay(policy, attempts), abort.signal);
        }
      }
    },
    stop() {
      stopped = true;
      abort.abort();
      state = 'disconnected';
    },
  };
}

async function closeWithin(client: SocketModeClient, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([client.disconnect().catch(() => undefined), new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}

class AttemptTimeout extends Error {
  constructor(ms: number) {
    super(`Slack did not say hello within ${formatSeconds(ms)}`);
  }
}

/** A refused token becomes a ConfigError naming SLACK_APP_TOKEN; anything else says which step failed. */
function describeAttemptError(error: unknown, socketError: unknown, socketUrl: string | undefined, doing: string, secrets: string[]): Error {
  const refused = refusedTokenCode(error);
  if (refused) return new ConfigError(`Slack refused the token while ${doing} the Socket Mode connection (SLACK_APP_TOKEN): ${refused}`);
  const code = (error as { data?: { error?: string } } | undefined)?.data?.error;
  let message: string;
  if (code) message = `apps.connections.open answered ${code}`;
  else if (error instanceof Error && error.message) message = error.message;
  else {
    // The client rejects with nothing when its WebSocket closes before hello; a WebSocket error, if any, says why.
    const why = socketError instanceof Error && socketError.message ? `: ${socketError.message}` : ' before Slack said hello';
    message = `the WebSocket to ${socketUrl ?? 'Slack'} ${socketError instanceof Error ? 'failed' : 'closed'}${why}`;
  }
  return new Error(withoutSecrets(message, secrets), { cause: error ?? socketError });
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
