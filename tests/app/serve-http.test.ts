import { generateKeyPairSync, sign } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serve, type RunningServe } from '../../src/app/serve.js';
import { BriefingLibrary } from '../../src/stories/library.js';
import { silentLogger } from '../../src/logging/logger.js';
import { parseEnv } from '../../src/settings/env.js';
import type { Settings } from '../../src/settings/load.js';
import { startDiscordStandIn, type DiscordStandIn } from '../stand-ins/discord-api.js';
import { startSlackStandIn, STAND_IN_BOT, type SlackStandIn } from '../stand-ins/slack-api.js';
import { postSignedForm, wallFollowingClock } from '../stand-ins/slack-signing.js';
import { story, tempDb, type TempDb } from '../schedule/helpers.js';

const SECRET = 'signing-secret-for-tests';

describe('serve with HTTP endpoints: Slack HTTP mode and Discord interactions beside /healthz on one port', () => {
  let slack: SlackStandIn;
  let discord: DiscordStandIn;
  let tmp: TempDb;
  let running: RunningServe | undefined;
  const keys = generateKeyPairSync('ed25519');
  const publicKeyHex = keys.publicKey.export({ format: 'der', type: 'spki' }).subarray(12).toString('hex');

  beforeEach(async () => {
    slack = await startSlackStandIn();
    discord = await startDiscordStandIn();
    tmp = tempDb();
  });
  afterEach(async () => {
    await running?.stop();
    running = undefined;
    await slack.close();
    await discord.close();
    tmp.cleanup();
  });

  it('answers a signed Slack slash command, a signed Discord PING and /healthz on the same server', async () => {
    // Requests are signed at the wall clock's time (the default), so serve's clock follows it.
    const clock = wallFollowingClock();
    const settings: Settings = {
      env: parseEnv({
        SLACK_BOT_TOKEN: 'xoxb-test',
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: slack.apiUrl,
        DISCORD_PUBLIC_KEY: publicKeyHex,
        DISCORD_APPLICATION_ID: discord.applicationId,
        DISCORD_API_URL: discord.apiUrl,
        DATABASE_PATH: tmp.path,
      }),
      configDir: join(tmp.dir, 'config'),
      briefingsDir: join(tmp.dir, 'briefings'),
      commands: { aliases: [] },
    };
    running = await serve({
      settings,
      logger: silentLogger(),
      library: new BriefingLibrary([story('inquiry', 'Inquiry opened', '2026-11-22T10:00:00Z')]),
      clock,
      port: 0,
      host: '127.0.0.1',
      slackClientOptions: { retryConfig: { retries: 0 } },
      discordRestOptions: { retries: 0 },
    });
    const base = `http://127.0.0.1:${running.port}`;

    const command = await postSignedForm(`${base}/slack/events`, SECRET, {
      team_id: STAND_IN_BOT.team_id,
      channel_id: 'C0NEWS',
      user_id: 'U0READER',
      command: '/briefing',
      text: 'inquiry',
      api_app_id: 'A0NEWSBRIEF',
      response_url: slack.responseUrl(1),
      trigger_id: 'trigger-1',
    });
    expect(command.status).toBe(200);
    const [response] = await slack.waitFor((c) => c.kind === 'response' && c.method === '1');
    expect(JSON.stringify(response!.body)).toContain('Inquiry opened');
    expect((await postSignedForm(`${base}/slack/events`, SECRET, { command: '/briefing' }, { signWith: 'wrong' })).status).toBe(401);

    const ping = JSON.stringify({ type: 1, id: '1', application_id: discord.applicationId, token: 't', version: 1 });
    const timestamp = String(Math.floor(clock.now().getTime() / 1000));
    const pong = await fetch(`${base}/discord/interactions`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-signature-ed25519': sign(null, Buffer.from(timestamp + ping), keys.privateKey).toString('hex'),
        'x-signature-timestamp': timestamp,
      },
      body: ping,
    });
    expect(pong.status).toBe(200);
    expect(await pong.json()).toEqual({ type: 1 });

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
});
