import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { serve, type RunningServe } from '../../src/app/serve.js';
import { BriefingLibrary } from '../../src/stories/library.js';
import { silentLogger } from '../../src/logging/logger.js';
import { parseEnv } from '../../src/settings/env.js';
import type { Settings } from '../../src/settings/load.js';
import { schedulesSchema } from '../../src/settings/schedules.js';
import { openStores } from '../../src/store/open-stores.js';
import { startSlackStandIn, STAND_IN_BOT, type SlackStandIn } from '../stand-ins/slack-api.js';
import { postSignedForm } from '../stand-ins/slack-signing.js';
import { noteSkippedPostgres, skipPostgres, startPostgresCluster, type PostgresCluster } from '../stand-ins/postgres-cluster.js';
import { FakeClock, story } from '../schedule/helpers.js';

noteSkippedPostgres();

const SECRET = 'signing-secret-for-tests';
const SLOT = '2026-11-23T07:00:00.000Z';

describe.skipIf(skipPostgres)('serve on PostgreSQL (DATABASE_URL): no SQLite file, schedules post once, outages reported and recovered from', () => {
  let cluster: PostgresCluster;
  let slack: SlackStandIn;
  let dir: string;
  let running: RunningServe | undefined;
  let clock: FakeClock;

  beforeAll(async () => {
    cluster = await startPostgresCluster();
  }, 60_000);
  afterAll(() => cluster?.destroy());
  beforeEach(async () => {
    slack = await startSlackStandIn();
    dir = mkdtempSync(join(tmpdir(), 'newsbrief-serve-pg-'));
  });
  afterEach(async () => {
    await running?.stop();
    running = undefined;
    await slack.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function start(url: string): Promise<RunningServe> {
    clock = new FakeClock('2026-11-23T07:00:05Z');
    const settings: Settings = {
      env: parseEnv({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl, DATABASE_URL: url, DATABASE_PATH: join(dir, 'data', 'newsbrief.db') }),
      configDir: join(dir, 'config'),
      briefingsDir: join(dir, 'briefings'),
      commands: { aliases: [] },
      schedules: schedulesSchema.parse({
        schedules: [{ id: 'slack-morning', cron: '0 8 * * *', timezone: 'Europe/Brussels', target: { platform: 'slack', channel: 'C0NEWS' } }],
      }),
    };
    running = await serve({
      settings,
      logger: silentLogger(),
      library: new BriefingLibrary([story('inquiry', 'Inquiry opened', '2026-11-22T10:00:00Z')]),
      clock,
      port: 0,
      host: '127.0.0.1',
      slackClientOptions: { retryConfig: { retries: 0 } },
      scheduler: { databaseRetry: { baseMs: 10, maxMs: 20 } },
    });
    return running;
  }

  async function get(url: string): Promise<[number, unknown]> {
    const response = await fetch(url);
    return [response.status, await response.json()];
  }

  it('migrates at start, posts the due slot once into the shared log, and creates no SQLite file', async () => {
    const url = await cluster.createDatabase();
    // The schedule existed before 08:00 Brussels: the 07:00Z slot is due when serve starts.
    const seed = openStores({ DATABASE_URL: url }, silentLogger());
    await seed.deliveryLog.setCheckedUntil('slack-morning', new Date('2026-11-23T06:59:00Z'));
    await seed.close();

    const serving = await start(url);
    const base = `http://127.0.0.1:${serving.port}`;
    const [post] = await slack.waitFor((c) => c.method === 'chat.postMessage');
    expect(post!.body).toMatchObject({ channel: 'C0NEWS', metadata: { event_payload: { slot: `slack-morning@${SLOT}` } } });
    await vi.waitFor(() => expect(serving.scheduler.status()[0]!.last).toEqual({ slot: SLOT, status: 'posted', late: false }), { timeout: 5_000, interval: 20 });
    expect(await get(`${base}/readyz`)).toEqual([200, { status: 'ready' }]);
    expect(await get(`${base}/healthz`)).toMatchObject([200, { status: 'ok', database: { state: 'ok' } }]);

    const check = openStores({ DATABASE_URL: url }, silentLogger());
    expect((await check.deliveryLog.list()).map((r) => [r.scheduleId, r.slot, r.status])).toEqual([['slack-morning', SLOT, 'posted']]);
    await check.close();
    expect(slack.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);
    expect(existsSync(join(dir, 'data'))).toBe(false);
  });

  it('the server stops under serve: /healthz 200 and says why, /readyz 503, commands answered; it recovers by itself when the server is back', async () => {
    const url = await cluster.createDatabase();
    const serving = await start(url);
    const base = `http://127.0.0.1:${serving.port}`;
    expect(await get(`${base}/readyz`)).toEqual([200, { status: 'ready' }]);

    cluster.stop();
    try {
      const target = `postgres://postgres@127.0.0.1:${cluster.port}${new URL(url).pathname}`;
      await vi.waitFor(async () => expect((await get(`${base}/readyz`))[0]).toBe(503), { timeout: 5_000, interval: 50 });
      const [, ready] = await get(`${base}/readyz`);
      expect((ready as { reasons: string[] }).reasons).toHaveLength(1);
      expect((ready as { reasons: string[] }).reasons[0]).toMatch(new RegExp(`^database unavailable: DATABASE_URL: cannot reach ${target.replace(/[.]/g, '\\.')}: `));
      const [healthStatus, health] = await get(`${base}/healthz`);
      expect(healthStatus).toBe(200);
      expect(health).toMatchObject({ status: 'ok', database: { state: 'unavailable' }, schedules: [{ id: 'slack-morning', paused: 'database unavailable' }] });

      const command = await postSignedForm(`${base}/slack/events`, SECRET, {
        team_id: STAND_IN_BOT.team_id,
        channel_id: 'C0NEWS',
        user_id: 'U0READER',
        command: '/briefing',
        text: 'inquiry',
        api_app_id: 'A0NEWSBRIEF',
        response_url: slack.responseUrl(1),
        trigger_id: 'trigger-1',
      }, { timestamp: Math.floor(clock.now().getTime() / 1000) });
      expect(command.status).toBe(200);
      const [response] = await slack.waitFor((c) => c.kind === 'response' && c.method === '1');
      expect(JSON.stringify(response!.body)).toContain('Inquiry opened');
    } finally {
      cluster.start();
    }
    await vi.waitFor(async () => expect(await get(`${base}/readyz`)).toEqual([200, { status: 'ready' }]), { timeout: 10_000, interval: 50 });
    expect(await get(`${base}/healthz`)).toMatchObject([200, { database: { state: 'ok' } }]);
  }, 30_000);
});
