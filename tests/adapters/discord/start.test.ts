import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { startDiscordAdapter } from '../../../src/adapters/discord/start.js';
import type { CommandContext } from '../../../src/commands/dispatch.js';
import { buildCommandTable } from '../../../src/commands/table.js';
import { createLogger, silentLogger } from '../../../src/logging/logger.js';
import { parseEnv } from '../../../src/settings/env.js';
import { ConfigError } from '../../../src/contracts/config-error.js';
import { interactionPayload, startDiscordStandIn } from '../../stand-ins/discord-api.js';
import { facebookBriefing, fixtureLibrary } from './briefing-fixture.js';

const context: CommandContext = { table: buildCommandTable({ aliases: [] }), library: fixtureLibrary() };

function envFor(apiUrl: string, applicationId: string) {
  return parseEnv({ DISCORD_TOKEN: 'secret-bot-token', DISCORD_APPLICATION_ID: applicationId, DISCORD_API_URL: apiUrl });
}

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  return { logger: createLogger('debug', stream), lines };
}

describe('startDiscordAdapter', () => {
  it('needs both DISCORD_TOKEN and DISCORD_APPLICATION_ID', async () => {
    await expect(startDiscordAdapter({ env: parseEnv({ DISCORD_TOKEN: 'x' }), context, logger: silentLogger() })).rejects.toThrow(ConfigError);
  });

  it('rejects when Discord refuses the token, and logs no token', async () => {
    const standIn = await startDiscordStandIn();
    standIn.intercept((call) => (call.path === '/gateway/bot' ? { status: 401, body: { message: '401: Unauthorized', code: 0 } } : undefined));
    const { logger, lines } = capture();
    try {
      await expect(
        startDiscordAdapter({ env: envFor(standIn.apiUrl, standIn.applicationId), context, logger, restOptions: { retries: 0 } }),
      ).rejects.toThrow(new ConfigError('environment: DISCORD_TOKEN: Discord refused the token (reset it under Bot in the Developer Portal)'));
      expect(lines.join('')).toContain('discord: could not log in');
      expect(lines.join('')).not.toContain('secret-bot-token');
    } finally {
      await standIn.close();
    }
  });

  it('gives up when the gateway never sends READY', async () => {
    const standIn = await startDiscordStandIn({ withholdReady: true });
    try {
      await expect(
        startDiscordAdapter({ env: envFor(standIn.apiUrl, standIn.applicationId), context, logger: silentLogger(), restOptions: { retries: 0 }, readyTimeoutMs: 2_000 }),
      ).rejects.toThrow('Discord gateway did not become ready within 2 s');
      expect(standIn.identifies).toHaveLength(1);
    } finally {
      await standIn.close();
    }
  });

  it('posts through its poster with the bot token, and reports disconnected after stop', async () => {
    const standIn = await startDiscordStandIn();
    const adapter = await startDiscordAdapter({ env: envFor(standIn.apiUrl, standIn.applicationId), context, logger: silentLogger(), restOptions: { retries: 0 } });
    try {
      expect(adapter.platform).toBe('discord');
      expect(adapter.poster.platform).toBe('discord');
      const posted = await adapter.poster.post('42', { kind: 'briefing', visibility: 'public', briefing: facebookBriefing });
      const call = standIn.calls.find((c) => c.path === '/channels/42/messages')!;
      expect(call.authorization).toBe('Bot secret-bot-token');
      expect(posted.messageId).toBe(standIn.channels.get('42')![0]!.id);
    } finally {
      await adapter.stop();
      await standIn.close();
    }
    expect(adapter.state()).toBe('disconnected');
  });

  it('answers a failing command with an apology and logs the error without the interaction token', async () => {
    const standIn = await startDiscordStandIn();
    const { logger, lines } = capture();
    const failing: CommandContext = {
      ...context,
      briefUrl: async () => {
        throw new Error('fetcher exploded');
      },
    };
    const adapter = await startDiscordAdapter({ env: envFor(standIn.apiUrl, standIn.applicationId), context: failing, logger, restOptions: { retries: 0 } });
    try {
      const payload = interactionPayload({ applicationId: standIn.applicationId, name: 'briefing', options: [{ name: 'story', value: 'https://example.org/a' }] });
      standIn.dispatch('INTERACTION_CREATE', payload);
      const [, edit] = await standIn.waitFor((c) => c.path.includes(payload.token as string), 2);
      const embed = (edit!.body as { embeds: { title: string; description: string }[] }).embeds[0]!;
      expect(embed.title).toBe('Something went wrong while answering that.');
      expect(embed.description).toBe('The error was logged. Try again, or ask for another story.');
      const log = lines.map((l) => JSON.parse(l) as { msg: string; err?: { message: string } }).find((l) => l.msg === 'command failed');
      expect(log?.err?.message).toBe('fetcher exploded');

      // A reply Discord refuses (the interaction expired) is logged without the webhook token.
      standIn.intercept((call) => (call.method === 'PATCH' ? { status: 404, body: { message: 'Unknown Webhook', code: 10015 } } : undefined), 1);
      const expired = interactionPayload({ applicationId: standIn.applicationId, name: 'briefing', options: [] });
      standIn.dispatch('INTERACTION_CREATE', expired);
      await standIn.waitFor((c) => c.path.includes(expired.token as string), 2);
      await new Promise<void>((resolve) => {
        const check = () => (lines.some((l) => l.includes('could not answer an interaction')) ? resolve() : setImmediate(check));
        check();
      });
      const all = lines.join('');
      expect(all).toContain('Unknown Webhook');
      expect(all).not.toContain(expired.token as string);
      expect(all).not.toContain('secret-bot-token');
    } finally {
      await adapter.stop();
      await standIn.close();
    }
  });
});
