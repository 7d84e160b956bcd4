import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { serve } from '../../src/app/serve.js';
import { silentLogger } from '../../src/logging/logger.js';
import { postSignedForm, wallFollowingClock } from '../stand-ins/slack-signing.js';
import { slashCommand } from '../stand-ins/slack-payloads.js';
import { interactionPayload } from '../stand-ins/discord-api.js';
import { openDatabase } from '../../src/store/database.js';
import { SqliteSubscriptionStore } from '../../src/store/sqlite-subscriptions.js';
import { inquiryLibrary, SIGNING_SECRET as SECRET, useServeFixture } from './serve-fixture.js';

describe('serve with HTTP endpoints: Slack HTTP mode and Discord interactions beside /healthz on one port', () => {
  const fixture = useServeFixture({ discord: true });
  const keys = generateKeyPairSync('ed25519');
  const publicKeyHex = keys.publicKey.export({ format: 'der', type: 'spki' }).subarray(12).toString('hex');
  // Requests are signed at the wall clock's time (the default), so serve's clock follows it.
  const clock = wallFollowingClock();
  const nowSeconds = (): number => Math.floor(clock.now().getTime() / 1000);

  /** Slack HTTP mode and Discord interactions (no DISCORD_TOKEN unless `extra` gives one), on the fixture's stand-ins. */
  const httpSettings = (extra: Record<string, string> = {}) =>
    fixture.settings({
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: fixture.slack.apiUrl,
      DISCORD_PUBLIC_KEY: publicKeyHex,
      DISCORD_APPLICATION_ID: fixture.discord.applicationId,
      DISCORD_API_URL: fixture.discord.apiUrl,
      ...extra,
    });

  /** POSTs `body` to a serve's interactions endpoint, signed with the app's key at `timestamp`. */
  async function postInteraction(base: string, body: string, timestamp = String(nowSeconds())): Promise<[number, unknown]> {
    const response = await fetch(`${base}/discord/interactions`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-signature-ed25519': sign(null, Buffer.from(timestamp + body), keys.privateKey).toString('hex'),
        'x-signature-timestamp': timestamp,
      },
      body,
    });
    return [response.status, await response.json()];
  }

  it('answers a signed Slack slash command, a signed Discord PING and /healthz on the same server', async () => {
    const { slack, discord } = fixture;
    await fixture.start({ settings: httpSettings(), clock, discordRestOptions: { retries: 0 } });
    const base = fixture.base();

    const command = await postSignedForm(`${base}/slack/events`, SECRET, slashCommand(slack.responseUrl(1), { text: 'inquiry' }));
    expect(command.status).toBe(200);
    const [response] = await slack.waitFor((c) => c.kind === 'response' && c.method === '1');
    expect(JSON.stringify(response!.body)).toContain('Inquiry opened');
    expect((await postSignedForm(`${base}/slack/events`, SECRET, { command: '/briefing' }, { signWith: 'wrong' })).status).toBe(401);

    const ping = JSON.stringify({ type: 1, id: '1', application_id: discord.applicationId, token: 't', version: 1 });
    expect(await postInteraction(base, ping)).toEqual([200, { type: 1 }]);

    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({
      status: 'ok',
      database: { state: 'ok' },
      adapters: [
        { platform: 'slack', state: 'connected' },
        { platform: 'discord', state: 'interactions endpoint ready' },
      ],
      schedules: [],
    });
  });

  it('two instances on one database behind a load balancer: a signed request replayed to the other instance is refused', async () => {
    const { slack, discord } = fixture;
    const settings = httpSettings();
    await fixture.start({ settings, clock, discordRestOptions: { retries: 0 } });
    const other = await serve({ settings, clock, logger: silentLogger(), library: inquiryLibrary(), port: 0, host: '127.0.0.1', slackClientOptions: { retryConfig: { retries: 0 } }, discordRestOptions: { retries: 0 } });
    try {
      const first = fixture.base();
      const second = `http://127.0.0.1:${other.port}`;
      const timestamp = nowSeconds();

      const command = slashCommand(slack.responseUrl(1), { text: 'inquiry' });
      expect((await postSignedForm(`${first}/slack/events`, SECRET, command, { timestamp })).status).toBe(200);
      expect((await postSignedForm(`${second}/slack/events`, SECRET, command, { timestamp })).status).toBe(401);
      // The same command signed a second later is a new request (Slack signs each delivery anew).
      expect((await postSignedForm(`${second}/slack/events`, SECRET, command, { timestamp: timestamp + 1 })).status).toBe(200);

      const ping = JSON.stringify({ type: 1, id: '1', application_id: discord.applicationId, token: 't', version: 1 });
      expect(await postInteraction(second, ping, String(timestamp))).toEqual([200, { type: 1 }]);
      expect(await postInteraction(first, ping, String(timestamp))).toEqual([401, { error: 'request already received' }]);
    } finally {
      await other.stop();
    }
  });

  it('Discord over HTTP interactions without DISCORD_TOKEN refuses a subscription it could never deliver, saying what to set', async () => {
    const { discord } = fixture;
    await fixture.start({ settings: httpSettings(), clock, discordRestOptions: { retries: 0 } });
    // Manage Channels (1 << 4) on top of the stand-in's default member permissions.
    const manager = String(2248473465835073n | 16n);
    const payload = interactionPayload({ applicationId: discord.applicationId, name: 'subscriptions', subcommand: 'add', permissions: manager, options: [{ name: 'what', value: 'inquiry' }, { name: 'when', value: 'daily 08:00' }] });
    expect(await postInteraction(fixture.base(), JSON.stringify(payload))).toEqual([200, { type: 5, data: { flags: 64 } }]);
    const [edit] = await discord.waitFor((c) => c.method === 'PATCH' && c.path.includes(payload.token as string));
    const [embed] = (edit!.body as { embeds: { title: string; description: string }[] }).embeds;
    expect(embed!.title).toBe('Not subscribed.');
    // Markdown-escaped for Discord: DISCORD\_TOKEN shows as DISCORD_TOKEN.
    expect(embed!.description).toBe(
      'This bot cannot post to Discord channels on its own: it runs over HTTP interactions without a bot token (DISCORD\\_TOKEN), so a subscription would never be delivered. Ask whoever runs the bot to set DISCORD\\_TOKEN.',
    );
    const db = openDatabase(fixture.tmp.path);
    expect(await new SqliteSubscriptionStore(db).listAll()).toEqual([]);
    db.close();
  });
});
