import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SocketConnectPolicy } from '../../../src/adapters/slack/socket-connection.js';
import type { SlackAdapter } from '../../../src/adapters/slack/start.js';
import type { Clock } from '../../../src/contracts/clock.js';
import { healthReport } from '../../../src/app/health-report.js';
import { parseEnv } from '../../../src/settings/env.js';
import { startSlackStandIn, type SlackStandIn } from '../../stand-ins/slack-api.js';
import { slashCommand } from '../../stand-ins/slack-payloads.js';
import { capturedLogger, startSocketAdapter, type CapturedLogger } from './socket-adapter.js';

const APP_TOKEN = 'xapp-1-A0NEWSBRIEF-connect-secret';
const BOT_TOKEN = 'xoxb-connect-secret';

/**
 * A clock whose waits are the test's to end: each wait the adapter asks for is recorded, and `next()` hands the
 * test the next one (its length, and `release` to end it). No real time passes between attempts.
 */
function heldClock(): Clock & { waits: number[]; next(): Promise<{ ms: number; release(): void }> } {
  const waits: number[] = [];
  const asked: { ms: number; release(): void }[] = [];
  const takers: ((wait: { ms: number; release(): void }) => void)[] = [];
  return {
    waits,
    now: () => new Date('2026-03-02T09:00:00Z'),
    sleep: (ms, signal) =>
      new Promise<void>((resolve) => {
        waits.push(ms);
        signal?.addEventListener('abort', () => resolve(), { once: true });
        const wait = { ms, release: () => resolve() };
        const taker = takers.shift();
        if (taker) taker(wait);
        else asked.push(wait);
      }),
    next: () =>
      new Promise((resolve) => {
        const wait = asked.shift();
        if (wait) resolve(wait);
        else takers.push(resolve);
      }),
  };
}

/** Every wait ends at once, recorded. */
function instantClock(): Clock & { waits: number[] } {
  const waits: number[] = [];
  return { waits, now: () => new Date('2026-03-02T09:00:00Z'), sleep: async (ms) => void waits.push(ms) };
}

let slack: SlackStandIn;
let adapter: SlackAdapter | undefined;
let log: CapturedLogger;

beforeEach(async () => {
  slack = await startSlackStandIn();
  adapter = undefined;
  log = capturedLogger();
});
afterEach(async () => {
  await adapter?.stop();
  await slack.close();
});

/** The adapter in Socket Mode with these bounds and clock; the Web API's own retries as deployed (no override). */
async function startAdapter(clock: Clock, socketConnect: Partial<SocketConnectPolicy>): Promise<SlackAdapter> {
  adapter = await startSocketAdapter(slack, {
    env: parseEnv({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN, SLACK_API_URL: slack.apiUrl }),
    logger: log.logger,
    clock,
    clientOptions: {},
    socketConnect,
  });
  return adapter;
}

/** A port on 127.0.0.1 that nothing listens on (taken, then given back). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('Socket Mode connection bounds (real Bolt, local Slack stand-in)', () => {
  it('waits twice as long after each failed reconnect, never more than the cap, and /healthz state says why', async () => {
    const clock = heldClock();
    const bounds = { firstRetryMs: 1_000, maxRetryMs: 4_000 };
    const running = await startAdapter(clock, bounds);
    expect(clock.waits).toEqual([]);

    const readyNow = (): boolean => healthReport({ adapters: [running], schedules: [], stopping: false, discordInteractions: false, database: { state: 'ok' }, feeds: undefined }).ready.ok;
    expect(readyNow()).toBe(true);
    slack.queue('apps.connections.open', ...Array.from({ length: 4 }, () => ({ body: { ok: false, error: 'internal_error' } })));
    slack.dropSocket();
    const states: string[] = [];
    const readiness: boolean[] = [];
    for (let i = 0; i < 5; i += 1) {
      const wait = await clock.next();
      states.push(running.state());
      readiness.push(readyNow());
      wait.release();
    }
    await log.logged('Socket Mode connection reopened');
    expect(readiness).toEqual([false, false, false, false, false]);
    expect(readyNow()).toBe(true);

    expect(clock.waits).toEqual([1_000, 2_000, 4_000, 4_000, 4_000]);
    expect(states).toEqual([
      'connecting',
      'connecting: attempt 1 failed (apps.connections.open answered internal_error), next in 2 s',
      'connecting: attempt 2 failed (apps.connections.open answered internal_error), next in 4 s',
      'connecting: attempt 3 failed (apps.connections.open answered internal_error), next in 4 s',
      'connecting: attempt 4 failed (apps.connections.open answered internal_error), next in 4 s',
    ]);
    expect(slack.apiCalls('apps.connections.open')).toHaveLength(6);
    expect(running.state()).toBe('connected');
    expect(log.lines.filter((l) => l.msg.startsWith('Socket Mode')).map((l) => l.msg)).toEqual([
      'Socket Mode connection lost; reconnecting',
      ...Array.from({ length: 4 }, () => 'Socket Mode connection attempt failed'),
      'Socket Mode connection reopened',
    ]);

    const ack = await slack.sendEnvelope('slash_commands', slashCommand(slack.responseUrl('after'), { text: 'help' }));
    expect(ack.envelope_id).toBe('env-1');
    const [answer] = await slack.waitFor((c) => c.kind === 'response' && c.method === 'after');
    expect(answer!.status).toBe(200);
  });

  it('stops start-up after the set number of attempts when apps.connections.open keeps failing, naming Slack, not the token', async () => {
    slack.on('apps.connections.open', () => ({ status: 503, body: { ok: false } }));
    const clock = instantClock();
    const bounds = { firstRetryMs: 1_000, maxRetryMs: 30_000, startAttempts: 3 };

    await expect(startAdapter(clock, bounds)).rejects.toThrow(
      new Error('Slack adapter could not start: no Socket Mode connection to Slack after 3 attempts; last: An HTTP protocol error occurred: statusCode = 503'),
    );
    expect(clock.waits).toEqual([1_000, 2_000]);
    expect(slack.apiCalls('apps.connections.open')).toHaveLength(3);
  });

  it('stops start-up when the WebSocket Slack names cannot be reached, without the ticket or tokens in the error', async () => {
    const port = await closedPort();
    slack.on('apps.connections.open', () => ({ body: { ok: true, url: `ws://127.0.0.1:${port}/link/?ticket=one-time-secret&app_id=A0NEWSBRIEF` } }));
    const clock = instantClock();
    const bounds = { firstRetryMs: 500, startAttempts: 2 };

    const error = await startAdapter(clock, bounds).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error?.message).toBe(
      `Slack adapter could not start: no Socket Mode connection to Slack after 2 attempts; last: the WebSocket to ws://127.0.0.1:${port}/link/ failed before Slack said hello`,
    );
    for (const secret of ['one-time-secret', APP_TOKEN, BOT_TOKEN]) {
      expect(error?.message).not.toContain(secret);
      expect(JSON.stringify(log.lines)).not.toContain(secret);
    }
    expect(clock.waits).toEqual([500]);
    expect(slack.apiCalls('apps.connections.open')).toHaveLength(2);
  });

  it('gives up an attempt whose WebSocket opens but never hears hello', async () => {
    slack.sayHello = false;
    const clock = instantClock();
    const bounds = { firstRetryMs: 1_000, attemptTimeoutMs: 200, startAttempts: 2 };

    await expect(startAdapter(clock, bounds)).rejects.toThrow(
      new Error('Slack adapter could not start: no Socket Mode connection to Slack after 2 attempts; last: Slack did not say hello within 0.2 s'),
    );
    expect(clock.waits).toEqual([1_000]);
    expect(slack.apiCalls('apps.connections.open')).toHaveLength(2);
  });
});
