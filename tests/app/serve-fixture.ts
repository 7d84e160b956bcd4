import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { serve, type RunningServe, type ServeOptions } from '../../src/app/serve.js';
import { silentLogger } from '../../src/logging/logger.js';
import { parseEnv } from '../../src/settings/env.js';
import type { Clock } from '../../src/contracts/clock.js';
import type { Settings } from '../../src/settings/load.js';
import { BriefingLibrary } from '../../src/stories/library.js';
import { schedulesSchema, type SchedulesConfig } from '../../src/settings/schedules.js';
import type { Db } from '../../src/store/database.js';
import { startDiscordStandIn, type DiscordStandIn } from '../stand-ins/discord-api.js';
import { startSlackStandIn, type SlackStandIn } from '../stand-ins/slack-api.js';
import { story, tempDb, type TempDb } from '../schedule/helpers.js';

/** The Slack signing secret of the serve tests in HTTP mode. */
export const SIGNING_SECRET = 'signing-secret-for-tests';

/** The one story the serve tests brief and post: "inquiry". */
export function inquiryLibrary(): BriefingLibrary {
  return new BriefingLibrary([story('inquiry', 'Inquiry opened', '2026-11-22T10:00:00Z')]);
}

/** A clock that stands at `iso` while its sleeps are real, so the scheduler's loop and backoffs wait as they would. */
export function standingClock(iso: string): Clock {
  return {
    now: () => new Date(iso),
    sleep: (ms, signal) =>
      new Promise((resolve) => {
        const timer = setTimeout(resolve, ms);
        signal?.addEventListener('abort', () => {
          clearTimeout(timer);
          resolve();
        });
      }),
  };
}

/** One schedule, "slack-morning": a briefing to Slack's C0NEWS at 08:00 Brussels time. */
export function slackMorningSchedule(): SchedulesConfig {
  return schedulesSchema.parse({
    schedules: [{ id: 'slack-morning', cron: '0 8 * * *', timezone: 'Europe/Brussels', target: { platform: 'slack', channel: 'C0NEWS' } }],
  });
}

export interface ServeFixtureOptions {
  /**
   * 'open' (default): a migrated SQLite file at `tmp.path`, its handle open during the test; 'closed': that file
   * made and closed; 'none': the folder only, no file (serve on PostgreSQL must create none).
   */
  database?: 'open' | 'closed' | 'none';
  /** Start the Discord stand-in too. */
  discord?: boolean;
}

export interface ServeFixture {
  readonly slack: SlackStandIn;
  /** Only with `discord: true`. */
  readonly discord: DiscordStandIn;
  /** The test's folder: `dir` (config/, briefings/), `path` (data/newsbrief.db) and `db` (with 'open'). */
  readonly tmp: TempDb;
  /** The serve `start` made; stopped after each test (a test that stops it itself sets this to undefined). */
  running: RunningServe | undefined;
  /** Settings on the test's folder: DATABASE_PATH there unless `env` names another; `more` adds schedules, feeds… */
  settings(env: Record<string, string>, more?: Partial<Settings>): Settings;
  /** serve() on 127.0.0.1, a free port, silent logs, the inquiry story and no Slack client retries, unless given. */
  start(options: Pick<ServeOptions, 'settings' | 'clock'> & Partial<ServeOptions>): Promise<RunningServe>;
  /** `http://127.0.0.1:<port>` of the running serve. */
  base(): string;
}

/** GET `url`: its status and JSON body. */
export async function getJson(url: string): Promise<[number, unknown]> {
  const response = await fetch(url);
  return [response.status, await response.json()];
}

/**
 * What every serve test sets up: a Slack stand-in (and a Discord one if asked), a temporary folder with its
 * database, and after each test serve stopped, the stand-ins closed and the folder removed. Call it inside the
 * `describe`; read its fields inside the tests (each test gets new ones).
 */
export function useServeFixture(options: ServeFixtureOptions = {}): ServeFixture {
  const database = options.database ?? 'open';
  let slack: SlackStandIn | undefined;
  let discord: DiscordStandIn | undefined;
  let tmp: TempDb | undefined;

  const fixture: ServeFixture = {
    get slack() {
      return slack!;
    },
    get discord() {
      if (!discord) throw new Error('this serve fixture has no Discord stand-in (useServeFixture({ discord: true }))');
      return discord;
    },
    get tmp() {
      return tmp!;
    },
    running: undefined,
    settings: (env, more = {}) => ({
      env: parseEnv({ DATABASE_PATH: tmp!.path, ...env }),
      configDir: join(tmp!.dir, 'config'),
      briefingsDir: join(tmp!.dir, 'briefings'),
      commands: { aliases: [] },
      ...more,
    }),
    start: async (serveOptions) => {
      fixture.running = await serve({
        logger: silentLogger(),
        library: inquiryLibrary(),
        port: 0,
        host: '127.0.0.1',
        slackClientOptions: { retryConfig: { retries: 0 } },
        ...serveOptions,
      });
      return fixture.running;
    },
    base: () => `http://127.0.0.1:${fixture.running!.port}`,
  };

  beforeEach(async () => {
    slack = await startSlackStandIn();
    if (options.discord) discord = await startDiscordStandIn();
    tmp = database === 'none' ? folderOnly() : tempDb();
    if (database === 'closed') tmp.db.close();
  });
  afterEach(async () => {
    await fixture.running?.stop();
    fixture.running = undefined;
    await slack?.close();
    await discord?.close();
    tmp?.cleanup();
    slack = undefined;
    discord = undefined;
    tmp = undefined;
  });
  return fixture;
}

function folderOnly(): TempDb {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-serve-'));
  return {
    dir,
    path: join(dir, 'data', 'newsbrief.db'),
    get db(): Db {
      throw new Error('this serve fixture opened no database (database: "none")');
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
