import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { serve } from '../../src/app/serve.js';
import { silentLogger } from '../../src/logging/logger.js';
import { postSignedForm, wallFollowingClock } from '../stand-ins/slack-signing.js';
import { slashCommand } from '../stand-ins/slack-payloads.js';
import { inquiryLibrary, SIGNING_SECRET as SECRET, useServeFixture } from './serve-fixture.js';

describe('two serve instances on one database behind a load balancer: a signed request replayed to the other is refused', () => {
  const fixture = useServeFixture({ discord: true });
  const keys = generateKeyPairSync('ed25519');
  const publicKeyHex = keys.publicKey.export({ format: 'der', type: 'spki' }).subarray(12).toString('hex');

  it('Slack HTTP mode and Discord interactions: the first instance answers, the second answers 401', async () => {
    const { slack, discord } = fixture;
    const clock = wallFollowingClock();
    const settings = fixture.settings({
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: slack.apiUrl,
      DISCORD_PUBLIC_KEY: publicKeyHex,
      DISCORD_APPLICATION_ID: discord.applicationId,
      DISCORD_API_URL: discord.apiUrl,
    });
    await fixture.start({ settings, clock, discordRestOptions: { retries: 0 } });
    const other = await serve({ settings, clock, logger: silentLogger(), library: inquiryLibrary(), port: 0, host: '127.0.0.1', slackClientOptions: { retryConfig: { retries: 0 } }, discordRestOptions: { retries: 0 } });
    try {
      const first = fixture.base();
      const second = `http://127.0.0.1:${other.port}`;
      const timestamp = Math.floor(clock.now().getTime() / 1000);

      const command = slashCommand(slack.responseUrl(1), { text: 'inquiry' });
      expect((await postSignedForm(`${first}/slack/events`, SECRET, command, { timestamp })).status).toBe(200);
      expect((await postSignedForm(`${second}/slack/events`, SECRET, command, { timestamp })).status).toBe(401);
      // The same command signed a second later is a new request (Slack retries are signed anew).
      expect((await postSignedForm(`${second}/slack/events`, SECRET, command, { timestamp: timestamp + 1 })).status).toBe(200);

      const ping = JSON.stringify({ type: 1, id: '1', application_id: discord.applicationId, token: 't', version: 1 });
      const headers = {
        'content-type': 'application/json',
        'x-signature-ed25519': sign(null, Buffer.from(String(timestamp) + ping), keys.privateKey).toString('hex'),
        'x-signature-timestamp': String(timestamp),
      };
      const pong = await fetch(`${second}/discord/interactions`, { method: 'POST', headers, body: ping });
      expect([pong.status, await pong.json()]).toEqual([200, { type: 1 }]);
      const replay = await fetch(`${first}/discord/interactions`, { method: 'POST', headers, body: ping });
      expect([replay.status, await replay.json()]).toEqual([401, { error: 'request already received' }]);
    } finally {
      await other.stop();
    }
  });
});
