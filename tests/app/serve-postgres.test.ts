import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RunningServe } from '../../src/app/serve.js';
import { silentLogger } from '../../src/logging/logger.js';
import { openStores } from '../../src/store/open-stores.js';
import { postSignedForm } from '../stand-ins/slack-signing.js';
import { slashCommand } from '../stand-ins/slack-payloads.js';
import { noteSkippedPostgres, skipPostgres, startPostgresCluster, type PostgresCluster } from '../stand-ins/postgres-cluster.js';
import { FakeClock } from '../schedule/helpers.js';
import { getJson as get, SIGNING_SECRET as SECRET, slackMorningSchedule, useServeFixture } from './serve-fixture.js';

noteSkippedPostgres();

const SLOT = '2026-11-23T07:00:00.000Z';

describe.skipIf(skipPostgres)('serve on PostgreSQL (DATABASE_URL): no SQLite file, schedules post once, outages reported and recovered from', () => {
  let cluster: PostgresCluster;
  let clock: FakeClock;

  beforeAll(async () => {
    cluster = await startPostgresCluster();
  }, 60_000);
  afterAll(() => cluster?.destroy());
  const fixture = useServeFixture({ database: 'none' });

  async function start(url: string): Promise<RunningServe> {
    clock = new FakeClock('2026-11-23T07:00:05Z');
    const settings = fixture.settings(
      { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fixture.slack.apiUrl, DATABASE_URL: url },
      { schedules: slackMorningSchedule() },
    );
    return fixture.start({ settings, clock, scheduler: { databaseRetry: { baseMs: 10, maxMs: 20 } } });
  }

  it('migrates at start, posts the due slot once into the shared log, and creates no SQLite file', async () => {
    const url = await cluster.createDatabase();
    // The schedule existed before 08:00 Brussels: the 07:00Z slot is due when serve starts.
    const seed = openStores({ DATABASE_URL: url }, silentLogger());
    await seed.deliveryLog.setCheckedUntil('slack-morning', new Date('2026-11-23T06:59:00Z'));
    await seed.close();

    const serving = await start(url);
    const base = `http://127.0.0.1:${serving.port}`;
    const [post] = await fixture.slack.waitFor((c) => c.method === 'chat.postMessage');
    expect(post!.body).toMatchObject({ channel: 'C0NEWS', metadata: { event_payload: { slot: `slack-morning@${SLOT}` } } });
    await vi.waitFor(() => expect(serving.scheduler.status()[0]!.last).toEqual({ slot: SLOT, status: 'posted', late: false }), { timeout: 5_000, interval: 20 });
    expect(await get(`${base}/readyz`)).toEqual([200, { status: 'ready' }]);
    expect(await get(`${base}/healthz`)).toMatchObject([200, { status: 'ok', database: { state: 'ok' } }]);

    const check = openStores({ DATABASE_URL: url }, silentLogger());
    expect((await check.deliveryLog.list()).map((r) => [r.scheduleId, r.slot, r.status])).toEqual([['slack-morning', SLOT, 'posted']]);
    await check.close();
    expect(fixture.slack.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);
    expect(existsSync(join(fixture.tmp.dir, 'data'))).toBe(false);
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

      const command = await postSignedForm(`${base}/slack/events`, SECRET, slashCommand(fixture.slack.responseUrl(1), { text: 'inquiry' }), {
        timestamp: Math.floor(clock.now().getTime() / 1000),
      });
      expect(command.status).toBe(200);
      const [response] = await fixture.slack.waitFor((c) => c.kind === 'response' && c.method === '1');
      expect(JSON.stringify(response!.body)).toContain('Inquiry opened');
    } finally {
      cluster.start();
    }
    await vi.waitFor(async () => expect(await get(`${base}/readyz`)).toEqual([200, { status: 'ready' }]), { timeout: 10_000, interval: 50 });
    expect(await get(`${base}/healthz`)).toMatchObject([200, { database: { state: 'ok' } }]);
  }, 30_000);
});
