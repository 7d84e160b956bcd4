import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { RunningServe } from '../../src/app/serve.js';
import { BriefingLibrary } from '../../src/stories/library.js';
import { feedsSchema } from '../../src/settings/feeds.js';
import { openDatabase } from '../../src/store/database.js';
import { DeliveryLog } from '../../src/store/delivery-log.js';
import { serve as serveFile, startWebServer } from '../stand-ins/web-server.js';
import { storyFixture } from '../stories/story-fixtures.js';
import { postSignedForm } from '../stand-ins/slack-signing.js';
import { slashCommand as slashCommandFields } from '../stand-ins/slack-payloads.js';
import { FakeClock } from '../schedule/helpers.js';
import { getJson as get, SIGNING_SECRET as SECRET, slackMorningSchedule, useServeFixture } from './serve-fixture.js';

const SLOT = '2026-11-23T07:00:00.000Z';

describe('serve with a database it cannot use: commands are answered, /healthz says why, /readyz is 503, schedules resume', () => {
  const fixture = useServeFixture({ database: 'closed' });

  // Requests are signed at the bot's clock, as Slack's would be by a clock that agrees with it.
  let clock = new FakeClock('2026-11-23T07:00:05Z');

  async function start(databasePath: string, env: Record<string, string> = {}): Promise<RunningServe> {
    clock = new FakeClock('2026-11-23T07:00:05Z');
    const settings = fixture.settings(
      { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fixture.slack.apiUrl, DATABASE_PATH: databasePath, ...env },
      { schedules: slackMorningSchedule() },
    );
    return fixture.start({ settings, clock, scheduler: { databaseRetry: { baseMs: 10, maxMs: 20 } } });
  }

  async function slashCommand(base: string, id: number): Promise<string> {
    const { slack } = fixture;
    const command = await postSignedForm(`${base}/slack/events`, SECRET, slashCommandFields(slack.responseUrl(id), { text: 'inquiry' }), {
      timestamp: Math.floor(clock.now().getTime() / 1000),
    });
    expect(command.status).toBe(200);
    const [response] = await slack.waitFor((c) => c.kind === 'response' && c.method === String(id));
    return JSON.stringify(response!.body);
  }

  it('its folder cannot be created (a file is in the way): serve runs, answers /briefing, and reports the database by name', async () => {
    writeFileSync(join(fixture.tmp.dir, 'blocker'), 'a file, not a folder');
    const path = join(fixture.tmp.dir, 'blocker', 'newsbrief.db');
    const serving = await start(path);
    const base = `http://127.0.0.1:${serving.port}`;
    expect(await slashCommand(base, 1)).toContain('Inquiry opened');

    const error = `DATABASE_PATH: cannot use the database ${path}: its folder ${join(fixture.tmp.dir, 'blocker')} cannot be created: ${join(fixture.tmp.dir, 'blocker')} is a file, not a folder`;
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
    expect(fixture.slack.calls.filter((c) => c.method === 'chat.postMessage')).toEqual([]);
  });

  it('a corrupt file at start, then the good file put back: the scheduler opens it by itself and posts the due slot once', async () => {
    // The good database, where the schedule already existed before 08:00, waits beside a file of random bytes.
    const good = join(fixture.tmp.dir, 'good.db');
    const db = openDatabase(good);
    await new DeliveryLog(db).setCheckedUntil('slack-morning', new Date('2026-11-23T06:59:00Z'));
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    mkdirSync(join(fixture.tmp.dir, 'data'), { recursive: true });
    writeFileSync(fixture.tmp.path, randomBytes(8192));

    const serving = await start(fixture.tmp.path);
    const base = `http://127.0.0.1:${serving.port}`;
    expect(await slashCommand(base, 1)).toContain('Inquiry opened');
    const [status, body] = await get(`${base}/readyz`);
    expect(status).toBe(503);
    expect(body).toEqual({ status: 'not ready', reasons: [`database unavailable: DATABASE_PATH: cannot use the database ${fixture.tmp.path}: file is not a database: the file is not a SQLite database or is damaged; move it aside (a new one is created) or restore a backup`] });

    renameSync(good, fixture.tmp.path);
    const [post] = await fixture.slack.waitFor((c) => c.method === 'chat.postMessage');
    expect(post!.body).toMatchObject({ channel: 'C0NEWS', metadata: { event_payload: { slot: `slack-morning@${SLOT}` } } });
    await vi.waitFor(async () => expect(await get(`${base}/readyz`)).toEqual([200, { status: 'ready' }]), { timeout: 5_000, interval: 20 });
    const [, health] = await get(`${base}/healthz`);
    expect(health).toMatchObject({ status: 'ok', database: { state: 'ok' } });
    await vi.waitFor(() => expect(serving.scheduler.status()[0]!.last).toEqual({ slot: SLOT, status: 'posted', late: false }), { timeout: 5_000, interval: 20 });
    expect(fixture.slack.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);
  });

  it('a database that fails while running: /healthz stays 200 and says so, /readyz is 503, commands are answered; back when the file is', async () => {
    const serving = await start(fixture.tmp.path);
    const base = `http://127.0.0.1:${serving.port}`;
    expect(await get(`${base}/readyz`)).toEqual([200, { status: 'ready' }]);

    // The good file (its WAL folded in first, or SQLite would read its pages from the WAL) moves away; junk takes its place.
    const other = openDatabase(fixture.tmp.path);
    other.pragma('wal_checkpoint(TRUNCATE)');
    other.close();
    renameSync(fixture.tmp.path, `${fixture.tmp.path}.good`);
    writeFileSync(fixture.tmp.path, randomBytes(8192));
    const [status, body] = await get(`${base}/readyz`);
    expect(status).toBe(503);
    expect((body as { reasons: string[] }).reasons).toEqual([
      `database unavailable: DATABASE_PATH: cannot use the database ${fixture.tmp.path}: file is not a database: the file is not a SQLite database or is damaged; move it aside (a new one is created) or restore a backup`,
    ]);
    const [healthStatus, health] = await get(`${base}/healthz`);
    expect(healthStatus).toBe(200);
    expect(health).toMatchObject({ status: 'ok', database: { state: 'unavailable' }, schedules: [{ id: 'slack-morning', paused: 'database unavailable' }] });
    expect(await slashCommand(base, 2)).toContain('Inquiry opened');

    renameSync(`${fixture.tmp.path}.good`, fixture.tmp.path);
    expect(await get(`${base}/readyz`)).toEqual([200, { status: 'ready' }]);
  });

  it('live feeds wait for the database: reported in /healthz, started once it opens', async () => {
    const web = await startWebServer();
    try {
      web.route('/ledger/rss.xml', serveFile(storyFixture('ledger.xml', web.origin), 'application/rss+xml'));
      mkdirSync(join(fixture.tmp.dir, 'data'), { recursive: true });
      writeFileSync(fixture.tmp.path, randomBytes(8192));
      const library = new BriefingLibrary();
      const running = await fixture.start({
        settings: fixture.settings(
          { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fixture.slack.apiUrl },
          {
            feeds: feedsSchema.parse({
              fetch: { allowAddresses: ['127.0.0.1'], timeoutSeconds: 2 },
              feeds: [{ id: 'ledger', url: `${web.origin}/ledger/rss.xml`, publisher: 'Daily Ledger', readPages: false }],
            }),
          },
        ),
        library,
        clock: new FakeClock('2026-11-23T18:00:00Z'),
        scheduler: { databaseRetry: { baseMs: 10, maxMs: 20 } },
      });
      const base = `http://127.0.0.1:${running.port}`;
      expect(await get(`${base}/healthz`)).toMatchObject([200, { database: { state: 'unavailable' }, feeds: { state: 'database unavailable' } }]);
      expect(web.hits('/ledger/rss.xml')).toBe(0);

      // The junk removed, a new database is created at the next attempt, and the feeds start on it.
      rmSync(fixture.tmp.path);
      await vi.waitFor(() => expect(library.size).toBeGreaterThan(0), { timeout: 5_000, interval: 20 });
      expect(web.hits('/ledger/rss.xml')).toBe(1);
      expect(await get(`${base}/healthz`)).toMatchObject([200, { database: { state: 'ok' }, feeds: { state: 'running' } }]);
    } finally {
      await fixture.running?.stop();
      fixture.running = undefined;
      await web.close();
    }
  });

  it('listens on HOST when no host is passed', async () => {
    const settings = fixture.settings({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fixture.slack.apiUrl, HOST: '127.0.0.1', PORT: '0' });
    const running = await fixture.start({ settings, library: new BriefingLibrary(), clock: new FakeClock(SLOT), port: undefined, host: undefined });
    expect(running.address).toBe('127.0.0.1');
    expect(running.port).toBeGreaterThan(0);
    expect((await fetch(`http://127.0.0.1:${running.port}/healthz`)).status).toBe(200);
  });
});
