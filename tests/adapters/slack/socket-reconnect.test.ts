import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { SlackAdapter } from '../../../src/adapters/slack/start.js';
import { renderSlackReply } from '../../../src/render/slack-blocks.js';
import { startSlackStandIn, type SlackStandIn } from '../../stand-ins/slack-api.js';
import { slashCommand } from '../../stand-ins/slack-payloads.js';
import { fixtureBriefing } from './briefing-fixture.js';
import { capturedLogger, startSocketAdapter, type LogLine } from './socket-adapter.js';

/**
 * Slack closes Socket Mode connections routinely (a `disconnect` frame, or the link just drops); the adapter
 * waits (1 s before its first attempt, on the clock), calls apps.connections.open again and reconnects.
 * These waits are for the stand-in's events, bounded by the generous timeout below, never for a fixed time.
 */
const RECONNECT_TIMEOUT_MS = 60_000;

let slack: SlackStandIn;
let adapter: SlackAdapter;
let lines: LogLine[];
let logged: (msg: string) => Promise<void>;
let exit: MockInstance<typeof process.exit>;

beforeEach(async () => {
  // A guard, not a stand-in for anything under test: an exit here would end the test worker.
  exit = vi.spyOn(process, 'exit').mockImplementation((code) => {
    throw new Error(`process.exit(${String(code)}) called`);
  });
  const captured = capturedLogger();
  ({ lines, logged } = captured);
  slack = await startSlackStandIn();
  adapter = await startSocketAdapter(slack, { logger: captured.logger });
  await slack.connection(1);
});

afterEach(async () => {
  await adapter?.stop();
  await slack?.close();
  exit.mockRestore();
});

const expectedAnswer = (): Record<string, unknown> => {
  const reply = renderSlackReply({ kind: 'briefing', visibility: 'public', briefing: fixtureBriefing() });
  return { response_type: 'in_channel', text: reply.text, blocks: reply.blocks };
};

/** One /briefing before the connection goes, the reconnect, then one /briefing on the new connection. */
async function answersAcross(loseConnection: () => void): Promise<void> {
  const first = await slack.sendEnvelope('slash_commands', slashCommand(slack.responseUrl('before'), { text: 'public' }));
  expect(first.envelope_id).toBe('env-1');
  const [before] = await slack.waitFor((c) => c.kind === 'response' && c.method === 'before');
  expect(before!.body).toEqual(expectedAnswer());

  loseConnection();
  await slack.connection(2);
  expect(slack.apiCalls('apps.connections.open').map((c) => c.authorization)).toEqual(['Bearer xapp-test', 'Bearer xapp-test']);

  const second = await slack.sendEnvelope('slash_commands', slashCommand(slack.responseUrl('after'), { text: 'public' }));
  expect(second.envelope_id).toBe('env-2');
  const [after] = await slack.waitFor((c) => c.kind === 'response' && c.method === 'after');
  expect(after!.body).toEqual(expectedAnswer());

  // A listener left over from the first connection would answer twice: one more round trip lets any double
  // answer arrive before counting.
  await slack.sendEnvelope('slash_commands', slashCommand(slack.responseUrl('probe'), { text: 'help' }));
  await slack.waitFor((c) => c.kind === 'response' && c.method === 'probe');
  expect(slack.responses('after')).toHaveLength(1);
  expect(slack.acks.map((a) => a.envelope_id)).toEqual(['env-1', 'env-2', 'env-3']);
  expect(lines.filter((l) => l.msg === 'Socket Mode connection lost; reconnecting')).toHaveLength(1);
  expect(exit).not.toHaveBeenCalled();
  expect(adapter.state()).toBe('connected');
}

describe('Slack Socket Mode reconnects (real Bolt, local WebSocket stand-in)', () => {
  it(
    'reconnects after Slack sends disconnect (refresh_requested) and answers the next command once',
    () => answersAcross(() => slack.sendDisconnect('refresh_requested')),
    RECONNECT_TIMEOUT_MS,
  );

  it(
    'reconnects after the connection drops without a close frame and answers the next command once',
    () => answersAcross(() => slack.dropSocket()),
    RECONNECT_TIMEOUT_MS,
  );

  it(
    'reports the adapter in error, not connecting for ever, when Slack refuses the app token on reconnect',
    async () => {
      slack.queue('apps.connections.open', { body: { ok: false, error: 'invalid_auth' } });
      slack.dropSocket();
      await logged('Socket Mode could not reconnect');
      expect(slack.apiCalls('apps.connections.open')).toHaveLength(2);
      expect(adapter.state()).toBe('error: Slack refused the token while reopening the Socket Mode connection (SLACK_APP_TOKEN): invalid_auth');
      expect(lines.filter((l) => l.level === 50).map((l) => l.msg)).toContain('Socket Mode could not reconnect');
      expect(exit).not.toHaveBeenCalled();
    },
    RECONNECT_TIMEOUT_MS,
  );
});
