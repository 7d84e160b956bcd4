import { Writable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startSlackAdapter, type SlackAdapter } from '../../../src/adapters/slack/start.js';
import { slackModeFromEnv } from '../../../src/adapters/slack/slack-mode.js';
import { buildCommandTable } from '../../../src/commands/table.js';
import { createLogger, silentLogger } from '../../../src/logging/logger.js';
import { ConfigError } from '../../../src/contracts/config-error.js';
import { parseEnv } from '../../../src/settings/env.js';
import { startSlackStandIn, type SlackStandIn } from '../../stand-ins/slack-api.js';
import { slashCommand } from '../../stand-ins/slack-payloads.js';
import { postSignedForm, wallFollowingClock } from '../../stand-ins/slack-signing.js';
import { fixtureLibrary } from './briefing-fixture.js';

const context = () => ({ table: buildCommandTable({ aliases: [] }), library: fixtureLibrary() });
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function standIn(): Promise<SlackStandIn> {
  const slack = await startSlackStandIn();
  cleanups.push(() => slack.close());
  return slack;
}

describe('choosing and starting the Slack mode', () => {
  it('prefers Socket Mode, falls back to HTTP, and needs the bot token either way', () => {
    expect(slackModeFromEnv(parseEnv({ SLACK_BOT_TOKEN: 'b', SLACK_APP_TOKEN: 'a', SLACK_SIGNING_SECRET: 's' }))).toBe('socket');
    expect(slackModeFromEnv(parseEnv({ SLACK_BOT_TOKEN: 'b', SLACK_SIGNING_SECRET: 's' }))).toBe('http');
    expect(slackModeFromEnv(parseEnv({ SLACK_APP_TOKEN: 'a', SLACK_SIGNING_SECRET: 's' }))).toBeUndefined();
    expect(slackModeFromEnv(parseEnv({ SLACK_BOT_TOKEN: 'b' }))).toBeUndefined();
  });

  it('refuses to start without the variables of either mode', async () => {
    await expect(
      startSlackAdapter({ env: parseEnv({ SLACK_BOT_TOKEN: 'b' }), context: context(), logger: silentLogger(), clock: wallFollowingClock() }),
    ).rejects.toThrow(ConfigError);
  });

  it('turns a rejected bot token into a ConfigError naming the problem', async () => {
    const slack = await standIn();
    slack.on('auth.test', () => ({ body: { ok: false, error: 'invalid_auth' } }));
    const env = parseEnv({ SLACK_BOT_TOKEN: 'xoxb-bad', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: slack.apiUrl });
    const started = startSlackAdapter({ env, context: context(), logger: silentLogger(), clock: wallFollowingClock(), clientOptions: { retryConfig: { retries: 0 } } });
    await expect(started).rejects.toThrow(new ConfigError('Slack refused the token while checking SLACK_BOT_TOKEN (auth.test): invalid_auth'));
  });

  it('logs each slash command as JSON without the tokens or the signing secret', async () => {
    const slack = await standIn();
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const env = parseEnv({ SLACK_BOT_TOKEN: 'xoxb-secret-token', SLACK_SIGNING_SECRET: 'signing-secret-value', SLACK_API_URL: slack.apiUrl });
    const adapter: SlackAdapter = await startSlackAdapter({
      env,
      context: context(),
      logger: createLogger('debug', sink),
      clock: wallFollowingClock(),
      clientOptions: { retryConfig: { retries: 0 } },
    });
    cleanups.push(() => adapter.stop());
    const server = await adapter.listen!(0, '127.0.0.1');
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
    const fields = slashCommand(slack.responseUrl('log-1'), { text: 'help' });
    expect((await postSignedForm(url, 'signing-secret-value', fields)).status).toBe(200);
    await slack.waitFor((c) => c.kind === 'response' && c.method === 'log-1');

    const records = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records.find((r) => r['msg'] === 'slash command')).toMatchObject({
      command: 'briefing',
      user: 'U0READER',
      channel: 'C0NEWS',
      answer: 'message',
      visibility: 'ephemeral',
      platform: 'slack',
      mode: 'http',
    });
    const all = lines.join('\n');
    expect(all).not.toContain('xoxb-secret-token');
    expect(all).not.toContain('signing-secret-value');
  });
});

describe('the scheduled-post client', () => {
  const reply = { kind: 'message' as const, visibility: 'public' as const, title: 'Morning briefing', lines: ['All quiet.'] };

  async function httpAdapter(slack: SlackStandIn): Promise<SlackAdapter> {
    const env = parseEnv({ SLACK_BOT_TOKEN: 'xoxb-t', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: slack.apiUrl });
    const adapter = await startSlackAdapter({
      env,
      context: context(),
      logger: silentLogger(),
      clock: wallFollowingClock(),
      clientOptions: { retryConfig: { retries: 2, factor: 1, minTimeout: 10, maxTimeout: 10 } },
    });
    cleanups.push(() => adapter.stop());
    return adapter;
  }

  it('does not retry a 5xx itself, since the message may have gone out: one call, a transient error', async () => {
    const slack = await standIn();
    const adapter = await httpAdapter(slack);
    slack.queue('chat.postMessage', { status: 503, body: { ok: false } });
    await expect(adapter.poster.post('C0NEWS', reply, { slot: 's@1' })).rejects.toMatchObject({ name: 'DeliveryError', permanent: false, code: 'http_503' });
    expect(slack.apiCalls('chat.postMessage')).toHaveLength(1);
  });

  it('retries a 429 itself, since Slack refused the message: it arrives once', async () => {
    const slack = await standIn();
    const adapter = await httpAdapter(slack);
    slack.queue('chat.postMessage', { status: 429, headers: { 'retry-after': '1' }, body: { ok: false, error: 'ratelimited' } });
    const posted = await adapter.poster.post('C0NEWS', reply, { slot: 's@2' });
    expect(posted.messageId).toMatch(/^\d+\.\d+$/);
    expect(slack.apiCalls('chat.postMessage').map((c) => c.status)).toEqual([429, 200]);
  });
});
