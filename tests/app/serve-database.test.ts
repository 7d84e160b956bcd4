import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serve, type RunningServe } from '../../src/app/serve.js';
import { BriefingLibrary } from '../../src/stories/library.js';
import { silentLogger } from '../../src/logging/logger.js';
import { parseEnv } from '../../src/settings/env.js';
import type { Settings } from '../../src/settings/load.js';
import { feedsSchema } from '../../src/settings/feeds.js';
import { schedulesSchema } from '../../src/settings/schedules.js';
import { openDatabase } from '../../src/store/database.js';
import { DeliveryLog } from '../../src/store/delivery-log.js';
import { startSlackStandIn, STAND_IN_BOT, type SlackStandIn } from '../stand-ins/slack-api.js';
import { serve as serveFile, startWebServer } from '../stand-ins/web-server.js';
import { storyFixture } from '../stories/story-fixtures.js';
import { postSignedForm } from '../stand-ins/slack-signing.js';
import { FakeClock, story, tempDb, type TempDb } from '../schedule/helpers.js';

const SECRET = 'signing-secret-for-tests';
const SLOT = '2026-11-23T07:00:00.000Z';

describe('serve with a database it cannot use: commands are answered, /healthz says why, /readyz is 503, schedules resume', () => {
  let slack: SlackStandIn;
  let tmp: TempDb;
  let running: RunningServe | undefined;

  beforeEach(async () => {
    slack = await startSlackStandIn();
    tmp = tempDb();
    tmp.db.close();
  });
  afterEach(async () => {
    await running?.stop();
    running = undefined;
    await slack.close();
    tmp.cleanup();
  });

  // Requests are signed at the bot's clock, as Slack's would be by a clock that agrees with it.
  let clock = new FakeClock('2026-11-23T07:00:05Z');

  async function start(databasePath: string, env: Record<string, string> = {}): Promise<RunningServe> {
    clock = new FakeClock('2026-11-23T07:00:05Z');
    const settings: Settings = {
      env: parseEnv({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl, DATABASE_PATH: databasePath, ...env }),
      configDir: join(tmp.dir, 'config'),
      briefingsDir: join(tmp.dir, 'briefings'),
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

  async function slashCommand(base: string, id: number): Promise<string> {
    const command = await postSignedForm(`${base}/slack/events`, SECRET, {
      team_id: STAND_IN_BOT.team_id,
      channel_id: 'C0NEWS',
      user_id: 'U0READER',
      command: '/briefing',
      text: 'inquiry',
      api_app_id: 'A0NEWSBRIEF',
      response_url: slack.responseUrl(id),
      trigger_id: `trigger-${id}`,
    }, { timestamp: Math.floor(clock.now().getTime() / 1000) });
    expect(command.status).toBe(200);
    const [response] = await slack.waitFor((c) => c.kind === 'response' && c.method === String(id));
    return JSON.stringify(response!.body);
  }

  async function get(url: string): Promise<[number, unknown]> {
    const response = await fetch(url);
    return [response.status, await response.json()];
  }

  it('its folder cannot be created (a file is in the way): serve runs, answers /briefing, and reports the database by name', async () => {
    writeFileSync(join(tmp.dir, 'blocker'), 'a file, not a folder');
    const path = join(tmp.dir, 'blocker', 'newsbrief.db');
    const serving = await start(path);
    const base = `http://127.0.0.1:${serving.port}`;
    expect(await slashCommand(base, 1)).toContain('Inquiry opened');

    const error = `DATABASE_PATH: cannot use the database ${path}: its folder ${join(tmp.dir, 'blocker')} cannot be created: ${join(tmp.dir, 'blocker')} is a file, not a folder`;
    expect(await get(`${base}/healthz`)).toEqual([
      200,
      {
        status: 'ok',
        database: { state: 'unavailable', error },
        adapters: [{ platform: 'slack', state: 'connected' }],
        schedules: [
          { id: 'slack-morning', cron: '0 8 * * *', timezone: 'Europe/Brussels', target: 'slack:C0NEWS', next: '2026-11-24T07:00:00.000Z', nextLocal: 'Tue 2026-11-24 08:00 +01:00', paused: 'database unavailable' },
        ],
      },
    ]);
    expect(await get(`${base}/readyz`)).toEqual([503, { status: 'not ready', reasons: [`database unavailable: ${error}`] }]);
    expect(slack.calls.filter((c) => c.method === 'chat.postMessage')).toEqual([]);
  });

  it('a corrupt file at start, then the good file put back: the scheduler opens it by itself and posts the due slot once', async () => {
    // The good database, where the schedule already existed before 08:00, waits beside a file of random bytes.
    const good = join(tmp.dir, 'good.db');
    const db = openDatabase(good);
    await new DeliveryLog(db).setCheckedUntil('slack-morning', new Date('2026-11-23T06:59:00Z'));
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    mkdirSync(join(tmp.dir, 'data'), { recursive: true });
    writeFileSync(tmp.path, randomBytes(8192));

    const serving = await start(tmp.path);
    const base = `http://127.0.0.1:${serving.port}`;
    expect(await slashCommand(base, 1)).toContain('Inquiry opened');
    const [status, body] = await get(`${base}/readyz`);
    expect(status).toBe(503);
    expect(body).toEqual({ status: 'not ready', reasons: [`database unavailable: DATABASE_PATH: cannot use the database ${tmp.path}: file is not a database: the file is not a SQLite database or is damaged; move it aside (a new one is created) or restore a backup`] });

    renameSync(good, tmp.path);
    const [post] = await slack.waitFor((c) => c.method === 'chat.postMessage');
    expect(post!.body).toMatchObject({ channel: 'C0NEWS', metadata: { event_payload: { slot: `slack-morning@${SLOT}` } } });
    await vi.waitFor(async () => expect(await get(`${base}/readyz`)).toEqual([200, { status: 'ready' }]), { timeout: 5_000, interval: 20 });
    const [, health] = await get(`${base}/healthz`);
    expect(health).toMatchObject({ status: 'ok', database: { state: 'ok' } });
    await vi.waitFor(() => expect(serving.scheduler.status()[0]!.last).toEqual({ slot: SLOT, status: 'posted', late: false }), { timeout: 5_000, interval: 20 });
    expect(slack.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);
  });

  it('a database that fails while running: /healthz stays 200 and says so, /readyz is 503, commands are answered; back when the file is', async () => {
    const serving = await start(tmp.path);
    const base = `http://127.0.0.1:${serving.port}`;
    expect(await get(`${base}/readyz`)).toEqual([200, { status: 'ready' }]);

    // The good file (its WAL folded in first, or SQLite would read its pages from the WAL) moves away; junk takes its place.
    const other = openDatabase(tmp.path);
    other.pragma('wal_checkpoint(TRUNCATE)');
    other.close();
    renameSync(tmp.path, `${tmp.path}.good`);
    writeFileSync(tmp.path, randomBytes(8192));
    const [status, body] = await get(`${base}/readyz`);
    expect(status).toBe(503);
    expect((body as { reasons: string[] }).reasons).toEqual([
      `database unavailable: DATABASE_PATH: cannot use the database ${tmp.path}: file is not a database: the file is not a SQLite database or is damaged; move it aside (a new one is created) or restore a backup`,
    ]);
    const [healthStatus, health] = await get(`${base}/healthz`);
    expect(healthStatus).toBe(200);
    expect(health).toMatchObject({ status: 'ok', database: { state: 'unavailable' }, schedules: [{ id: 'slack-morning', paused: 'database unavailable' }] });
    expect(await slashCommand(base, 2)).toContain('Inquiry opened');

    renameSync(`${tmp.path}.good`, tmp.path);
    expect(await get(`${base}/readyz`)).toEqual([200, { status: 'ready' }]);
  });

  it('live feeds wait for the database: reported in /healthz, started once it opens', async () => {
    const web = await startWebServer();
    try {
      web.route('/ledger/rss.xml', serveFile(storyFixture('ledger.xml', web.origin), 'application/rss+xml'));
      mkdirSync(join(tmp.dir, 'data'), { recursive: true });
      writeFileSync(tmp.path, randomBytes(8192));
      const library = new BriefingLibrary();
      running = await serve({
        settings: {
          env: parseEnv({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl, DATABASE_PATH: tmp.path }),
          configDir: join(tmp.dir, 'config'),
          briefingsDir: join(tmp.dir, 'briefings'),
          commands: { aliases: [] },
          feeds: feedsSchema.parse({
            fetch: { allowAddresses: ['127.0.0.1'], timeoutSeconds: 2 },
            feeds: [{ id: 'ledger', url: `${web.origin}/ledger/rss.xml`, publisher: 'Daily Ledger', readPages: false }],
          }),
        },
        logger: silentLogger(),
        library,
        clock: new FakeClock('2026-11-23T18:00:00Z'),
        port: 0,
        host: '127.0.0.1',
        slackClientOptions: { retryConfig: { retries: 0 } },
        scheduler: { databaseRetry: { baseMs: 10, maxMs: 20 } },
      });
      const base = `http://127.0.0.1:${running.port}`;
      expect(await get(`${base}/healthz`)).toMatchObject([200, { database: { state: 'unavailable' }, feeds: { state: 'database unavailable' } }]);
      expect(web.hits('/ledger/rss.xml')).toBe(0);

      // The junk removed, a new database is created at the next attempt, and the feeds start on it.
      rmSync(tmp.path);
      await vi.waitFor(() => expect(library.size).toBeGreaterThan(0), { timeout: 5_000, interval: 20 });
      expect(web.hits('/ledger/rss.xml')).toBe(1);
      expect(await get(`${base}/healthz`)).toMatchObject([200, { database: { state: 'ok' }, feeds: { state: 'running' } }]);
    } finally {
      await running?.stop();
      running = undefined;
      await web.close();
    }
  });

  it('listens on HOST when no host is passed', async () => {
    running = undefined;
    const settings: Settings = {
      env: parseEnv({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl, DATABASE_PATH: tmp.path, HOST: '127.0.0.1', PORT: '0' }),
      configDir: join(tmp.dir, 'config'),
      briefingsDir: join(tmp.dir, 'briefings'),
      commands: { aliases: [] },
    };
    running = await serve({ settings, logger: silentLogger(), library: new BriefingLibrary(), clock: new FakeClock(SLOT), slackClientOptions: { retryConfig: { retries: 0 } } });
    expect(running.address).toBe('127.0.0.1');
    expect(running.port).toBeGreaterThan(0);
    expect((await fetch(`http://127.0.0.1:${running.port}/healthz`)).status).toBe(200);
  });
});
