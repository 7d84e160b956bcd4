import { describe, expect, it, vi } from 'vitest';
import { isPlatformConfigured, NO_PLATFORM_MESSAGE, serve } from '../../src/app/serve.js';
import { BriefingLibrary } from '../../src/stories/library.js';
import { silentLogger } from '../../src/logging/logger.js';
import { parseEnv } from '../../src/settings/env.js';
import type { Settings } from '../../src/settings/load.js';
import { schedulesSchema } from '../../src/settings/schedules.js';
import { openDatabase } from '../../src/store/database.js';
import { DeliveryLog } from '../../src/store/delivery-log.js';
import { serve as serveFile, startWebServer } from '../stand-ins/web-server.js';
import { storyFixture } from '../stories/story-fixtures.js';
import { feedsSchema } from '../../src/settings/feeds.js';
import { FakeClock } from '../schedule/helpers.js';
import { standingClock, useServeFixture } from './serve-fixture.js';

const SLOT = '2026-11-23T07:00:00.000Z';

describe('serve', () => {
  const fixture = useServeFixture({ database: 'closed', discord: true });

  function settings(env: Record<string, string>): Settings {
    return fixture.settings(env, {
      schedules: schedulesSchema.parse({
        schedules: [
          { id: 'slack-morning', cron: '0 8 * * *', timezone: 'Europe/Brussels', target: { platform: 'slack', channel: 'C0NEWS' } },
          { id: 'discord-morning', cron: '0 8 * * *', timezone: 'Europe/Brussels', target: { platform: 'discord', channel: '111111111111111111' }, post: 'quotes' },
          { id: 'weekly', cron: '0 9 * * 1', timezone: 'America/New_York', target: { platform: 'slack', channel: 'C0NEWS' }, enabled: false },
        ],
      }),
    });
  }

  const bothPlatforms = (): Record<string, string> => ({
    SLACK_BOT_TOKEN: 'xoxb-test',
    SLACK_APP_TOKEN: 'xapp-test',
    SLACK_API_URL: fixture.slack.apiUrl,
    DISCORD_TOKEN: 'discord-test-token',
    DISCORD_APPLICATION_ID: fixture.discord.applicationId,
    DISCORD_API_URL: fixture.discord.apiUrl,
  });

  it('refuses to start, saying what to set, when no platform is configured', async () => {
    expect(isPlatformConfigured(parseEnv({}))).toBe(false);
    expect(isPlatformConfigured(parseEnv({ SLACK_BOT_TOKEN: 'xoxb-only' }))).toBe(false);
    await expect(serve({ settings: settings({}), logger: silentLogger(), library: new BriefingLibrary(), clock: new FakeClock(SLOT) })).rejects.toThrow(NO_PLATFORM_MESSAGE);
  });

  it('runs Slack and Discord with the scheduler: each schedule posts through its real adapter, /healthz reports them', async () => {
    // The schedules existed before 08:00; serve starts at 08:00:05 Brussels time.
    const db = openDatabase(fixture.tmp.path);
    const log = new DeliveryLog(db);
    await log.setCheckedUntil('slack-morning', new Date('2026-11-23T06:59:00Z'));
    await log.setCheckedUntil('discord-morning', new Date('2026-11-23T06:59:00Z'));
    db.close();

    const clock = new FakeClock('2026-11-23T07:00:05Z');
    const running = await fixture.start({ settings: settings(bothPlatforms()), clock, discordRestOptions: { retries: 0 } });

    const [slackPost] = await fixture.slack.waitFor((c) => c.method === 'chat.postMessage');
    expect(slackPost!.body).toMatchObject({ channel: 'C0NEWS', metadata: { event_type: 'newsbrief_delivery', event_payload: { slot: `slack-morning@${SLOT}` } } });
    const [discordPost] = await fixture.discord.waitFor((c) => c.method === 'POST' && c.path === '/channels/111111111111111111/messages');
    expect(discordPost!.body).toMatchObject({ enforce_nonce: true });
    expect(JSON.stringify(discordPost!.body)).toContain('We will cooperate fully');

    const response = await fetch(`http://127.0.0.1:${running.port}/healthz`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: string; adapters: unknown; schedules: { id: string; next: string; nextLocal: string; disabled?: string }[] };
    expect(body.status).toBe('ok');
    expect(body.adapters).toEqual([
      { platform: 'slack', state: 'connected' },
      { platform: 'discord', state: 'connected' },
    ]);
    expect(body.schedules.map((s) => [s.id, s.next, s.nextLocal, s.disabled])).toEqual([
      ['slack-morning', '2026-11-24T07:00:00.000Z', 'Tue 2026-11-24 08:00 +01:00', undefined],
      ['discord-morning', '2026-11-24T07:00:00.000Z', 'Tue 2026-11-24 08:00 +01:00', undefined],
      ['weekly', '2026-11-23T14:00:00.000Z', 'Mon 2026-11-23 09:00 -05:00', 'enabled: false'],
    ]);

    await running.stop();
    const after = new DeliveryLog(openDatabase(fixture.tmp.path));
    expect((await after.list()).map((r) => [r.scheduleId, r.status])).toEqual([
      ['discord-morning', 'posted'],
      ['slack-morning', 'posted'],
    ]);
  });

  it('starts live feeds when config/feeds.yaml has feeds: their stories reach the library the scheduler posts from', async () => {
    const web = await startWebServer();
    try {
      web.route('/ledger/rss.xml', serveFile(storyFixture('ledger.xml', web.origin), 'application/rss+xml'));
      const library = new BriefingLibrary();
      const base = settings({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_APP_TOKEN: 'xapp-test', SLACK_API_URL: fixture.slack.apiUrl });
      await fixture.start({
        settings: {
          ...base,
          schedules: schedulesSchema.parse({}),
          feeds: feedsSchema.parse({
            fetch: { allowAddresses: ['127.0.0.1'], timeoutSeconds: 2 },
            feeds: [{ id: 'ledger', url: `${web.origin}/ledger/rss.xml`, publisher: 'Daily Ledger', readPages: false }],
          }),
        },
        library,
        // The feed's items are from 23 November: the library's two-day window is measured on this clock.
        clock: new FakeClock('2026-11-23T18:00:00Z'),
        // No HTTP server: Socket Mode needs none and no PORT is set.
        port: undefined,
        host: undefined,
      });
      await vi.waitFor(() => expect(library.size).toBeGreaterThan(0), { timeout: 5_000, interval: 20 });
      expect(web.hits('/ledger/rss.xml')).toBe(1);
      expect(library.list().flatMap((e) => e.briefing.sources.map((s) => s.publisher))).toContain('Daily Ledger');
    } finally {
      await fixture.running?.stop();
      fixture.running = undefined;
      await web.close();
    }
  });

  it('on stop, hands back a delivery stuck in a retry wait so the next start can finish it', async () => {
    const db = openDatabase(fixture.tmp.path);
    await new DeliveryLog(db).setCheckedUntil('slack-morning', new Date('2026-11-23T06:59:00Z'));
    db.close();
    fixture.slack.on('chat.postMessage', () => ({ status: 503, body: 'unavailable' }));
    const env = bothPlatforms();
    delete env['DISCORD_TOKEN'];
    const running = await fixture.start({
      settings: settings(env),
      // A real clock would wait for 08:00; this one is at the slot, and its sleeps are real (long) backoffs.
      clock: standingClock('2026-11-23T07:00:05Z'),
      port: undefined,
      host: undefined,
      scheduler: { retry: { baseMs: 600_000, maxMs: 600_000 } },
    });
    await fixture.slack.waitFor((c) => c.method === 'chat.postMessage');
    await running.stop();
    const rows = await new DeliveryLog(openDatabase(fixture.tmp.path)).list();
    expect(rows).toMatchObject([{ scheduleId: 'slack-morning', status: 'claimed', leaseUntil: '2026-11-23T07:00:05.000Z', error: 'not posted: shutting down before the attempt' }]);
  });
});
