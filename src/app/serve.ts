import type { RequestListener } from 'node:http';
import type { webApi } from '@slack/bolt';
import type { RESTOptions } from 'discord.js';
import { startHttpServer, type HealthReport, type RunningHttpServer } from '../adapters/http/http-server.js';
import { healthReport } from './health-report.js';
import type { InteractionsHandler } from '../adapters/discord/interactions-endpoint.js';
import type { RunningAdapter } from '../adapters/types.js';
import type { CommandContext } from '../commands/dispatch.js';
import type { BriefingLibrary } from '../stories/library.js';
import { buildCommandTable } from '../commands/table.js';
import type { Logger } from '../logging/logger.js';
import type { Clock } from '../contracts/clock.js';
import { Scheduler, type Posters, type SchedulerOptions, type ScheduleStatus } from '../schedule/scheduler.js';
import type { Env } from '../settings/env.js';
import { cardSettings } from '../settings/commands.js';
import { ConfigError } from '../contracts/config-error.js';
import type { Settings } from '../settings/load.js';
import type { SeenRequestStore, StoreState } from '../contracts/stores.js';
import { anyPlatform, choosePlatforms, incompletePlatformWarnings } from '../settings/platforms.js';
import { schedulesSchema, type SchedulesConfig } from '../settings/schedules.js';
import { openStores, type Stores } from '../store/open-stores.js';
import { subscriptionsWithReload } from './subscriptions-with-reload.js';
import { subscribedFeeds } from '../schedule/subscription-schedule.js';
import { loadLibrary } from './library-loader.js';
import { urlBrieferFromSettings } from './url-briefer.js';
import { subscriptionServicesFromSettings } from './subscription-services.js';
import { DatabaseUnavailableError } from '../contracts/database-unavailable-error.js';
import { subscriptionSettings } from '../settings/commands.js';

/** Port for the HTTP server when Slack's HTTP mode or the Discord interactions endpoint needs one and PORT is unset. */
export const DEFAULT_HTTP_PORT = 3000;

export const NO_PLATFORM_MESSAGE = [
  'no chat platform is configured, so there is nothing to serve. Set one of:',
  '  Slack (Socket Mode): SLACK_BOT_TOKEN and SLACK_APP_TOKEN',
  '  Slack (HTTP mode):   SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET',
  '  Discord (gateway):   DISCORD_TOKEN and DISCORD_APPLICATION_ID',
  '  Discord (HTTP interactions): DISCORD_PUBLIC_KEY and DISCORD_APPLICATION_ID',
  'or run `newsbrief shell` to try the commands locally.',
].join('\n');

/** True when `serve` has a platform to run (what `start` uses to choose between serve and the shell). */
export function isPlatformConfigured(env: Env): boolean {
  return anyPlatform(choosePlatforms(env));
}

export interface ServeOptions {
  settings: Readonly<Settings>;
  logger: Logger;
  /** Default: every story folder under briefings/, briefed at start. */
  library?: BriefingLibrary;
  /** Default: the command table from config with `library`; pass one to add a URL briefer. */
  context?: CommandContext;
  /** Default: PORT, else 3000 when an HTTP endpoint is on, else no HTTP server. 0 picks a free port. */
  port?: number;
  /** Default: HOST, else 0.0.0.0. */
  host?: string;
  /** The process's one clock (created by the CLI): the scheduler and the live stories read time from it. */
  clock: Clock;
  /** Test seams for the platform clients (stand-ins, no retries). */
  slackClientOptions?: Partial<webApi.WebClientOptions>;
  discordRestOptions?: Partial<RESTOptions>;
  scheduler?: Partial<Pick<SchedulerOptions, 'random' | 'retry' | 'leaseMs' | 'owner' | 'databaseRetry'>>;
  /** Default: openStores(env), PostgreSQL at DATABASE_URL or SQLite at DATABASE_PATH. serve closes them when it stops. */
  stores?: Stores;
}

export interface RunningServe {
  adapters: RunningAdapter[];
  scheduler: Scheduler;
  /** The HTTP server's port and address, when one runs. */
  port: number | undefined;
  address: string | undefined;
  /** /healthz: 200 while commands are answered, whatever the database's state (the body says it). */
  health(): HealthReport;
  /** /readyz: 503 while the database is unavailable (scheduled posts and live feeds are waiting), a platform connection is down, or while stopping. */
  ready(): HealthReport;
  /** Stops taking new work, finishes or records in-flight deliveries, closes everything. Idempotent. */
  stop(): Promise<void>;
}

/** Runs the configured adapters, the scheduler and the HTTP endpoints in this process. */
export async function serve(options: ServeOptions): Promise<RunningServe> {
  const { settings, logger } = options;
  const env = settings.env;
  const platforms = choosePlatforms(env);
  if (!anyPlatform(platforms)) throw new ConfigError(NO_PLATFORM_MESSAGE);
  for (const warning of incompletePlatformWarnings(env)) logger.warn(warning);

  const schedules: SchedulesConfig = settings.schedules ?? schedulesSchema.parse({});
  const library = options.library ?? options.context?.library ?? (await loadLibrary(settings, logger));
  const briefUrl = options.context ? undefined : urlBrieferFromSettings(settings, logger, options.clock);

  const adapters: RunningAdapter[] = [];
  const posters: Posters = {};
  let slackListener: RequestListener | undefined;
  let discordHandler: InteractionsHandler | undefined;
  let stores: Stores | undefined;
  let http: RunningHttpServer | undefined;
  let scheduler: Scheduler | undefined;
  let stopping: Promise<void> | undefined;
  let live: { stop(): Promise<void> } | undefined;
  // Subscriptions made in chat live in the same database as the delivery log (opened below, before any command);
  // a change reaches the running scheduler at once (a failed reload is retried by its next pass anyway).
  const subscriptions = subscriptionServicesFromSettings(settings, async () => {
    if (!stores) throw new DatabaseUnavailableError('the database is not open yet');
    return subscriptionsWithReload(stores.subscriptions, () => {
      scheduler?.reload().catch((error: unknown) => logger.debug({ err: error }, 'scheduler reload after a subscription change failed; its next pass reads it'));
    });
  }, options.clock, logger);
  subscriptions.cannotPost = (platform) =>
    platform === 'discord' && !posters.discord
      ? 'This bot cannot post to Discord channels on its own: it runs over HTTP interactions without a bot token (DISCORD_TOKEN), so a subscription would never be delivered. Ask whoever runs the bot to set DISCORD_TOKEN.'
      : undefined;
  const context: CommandContext = options.context ?? { table: buildCommandTable(settings.commands), library, subscriptions, ...(briefUrl ? { briefUrl } : {}) };
  const slackManagers = subscriptionSettings(settings.commands).slack_user_group;

  /** Live feeds start and stop with the database, one change at a time. */
  let liveChanges: Promise<void> = Promise.resolve();

  const report = (): { health: HealthReport; ready: HealthReport } => {
    // SQLite: a stat of the file, and an attempt to open it when it was down, so probes see a replaced or restored
    // file at once. PostgreSQL: a connection attempt in the background when it was down, seen by the next probe.
    if (!stopping) stores?.probe();
    return healthReport({
      adapters,
      schedules: scheduler?.status() ?? [],
      stopping: stopping !== undefined,
      discordInteractions: discordHandler !== undefined,
      database: stores?.state() ?? { state: 'unavailable', error: 'not opened yet' },
      feeds: settings.feeds?.feeds.length ? (live ? 'running' : stores?.state().state === 'ok' ? 'stopped' : 'database unavailable') : undefined,
    });
  };

  const stopAll = async (): Promise<void> => {
    // New work stops first (HTTP, timers), then in-flight deliveries finish or are recorded, then connections close.
    const closing = http?.close(2_000);
    await withTimeout(liveChanges.then(() => live?.stop()), 1_000);
    await scheduler?.stop(5_000);
    await withTimeout(discordHandler?.drain(), 1_500);
    await Promise.allSettled(adapters.map((a) => withTimeout(a.stop(), 1_500)));
    await withTimeout(closing, 500);
    await stores?.close().catch((error: unknown) => logger.error({ err: error }, 'closing the database failed'));
    logger.info('stopped');
  };

  // HTTP requests may arrive before the database is open (it opens after the adapters start): until then, and
  // while it is down, replays are checked against this process's memory only.
  const seenRequests = (): SeenRequestStore | undefined => (stores?.state().state === 'ok' ? stores.seenRequests : undefined);

  try {
    // Loaded lazily so a Discord-only deployment never loads Bolt, and the other way round.
    if (platforms.slack) {
      const { startSlackAdapter } = await import('../adapters/slack/start.js');
      const slack = await startSlackAdapter({ env, context, logger, clock: options.clock, cards: cardSettings(settings.commands), seenRequests, ...(slackManagers ? { subscriptionManagers: slackManagers } : {}), ...(options.slackClientOptions ? { clientOptions: options.slackClientOptions } : {}) });
      adapters.push(slack);
      posters.slack = slack.poster;
      slackListener = slack.requestListener;
    }
    if (platforms.discord) {
      const { startDiscordAdapter } = await import('../adapters/discord/start.js');
      const discord = await startDiscordAdapter({ env, context, logger, cards: cardSettings(settings.commands), ...(options.discordRestOptions ? { restOptions: options.discordRestOptions } : {}) });
      adapters.push(discord);
      posters.discord = discord.poster;
    }
    if (platforms.discordInteractions) {
      const { createInteractionsHandler } = await import('../adapters/discord/interactions-endpoint.js');
      discordHandler = createInteractionsHandler({
        publicKey: env.DISCORD_PUBLIC_KEY!,
        context,
        cards: cardSettings(settings.commands),
        logger,
        clock: options.clock,
        seenRequests,
        ...(env.DISCORD_API_URL ? { apiUrl: env.DISCORD_API_URL } : {}),
        ...(options.discordRestOptions ? { restOptions: options.discordRestOptions } : {}),
      });
    }

    // A database that cannot be opened is logged (naming DATABASE_PATH or DATABASE_URL) and does not stop serve: slash
    // commands need none. The scheduler tries it again on every pass, with backoff, and resumes by itself once it
    // opens. Opening applies the migrations (under a lock: instances starting together are safe).
    stores = options.stores ?? openStores(env, logger);
    const database = stores;
    await database.open();
    // Subscriptions made in chat run beside the config file's schedules; the scheduler re-reads them every pass.
    scheduler = new Scheduler({
      subscriptions: database.subscriptions,
      feedArticles: database.articles,
      schedules: schedules.schedules,
      defaultAdmin: schedules.admin,
      posters,
      context,
      log: database.deliveryLog,
      logger,
      ...(schedules.log_retention_days !== undefined ? { logRetentionDays: schedules.log_retention_days } : {}),
      clock: options.clock,
      ...options.scheduler,
    });

    // Live feeds keep `library` up to date (stories from config/feeds.yaml); the scheduler reads the same library.
    // They run while the database works: stopped when it fails, started again on the reopened file when it is back.
    // Also without config feeds: a channel may subscribe to a feed URL at any time.
    {
      const { startLiveStories } = await import('./live-stories.js');
      const follow = (state: StoreState): void => {
        liveChanges = liveChanges.then(async () => {
          const previous = live;
          live = undefined;
          await withTimeout(previous?.stop(), 1_000);
          if (state.state !== 'ok' || database.state().state !== 'ok' || stopping) return;
          try {
            live = startLiveStories({
              settings,
              library,
              articles: database.articles,
              logger,
              clock: options.clock,
              subscribedFeeds: async () => subscribedFeeds(await database.subscriptions.listAll()),
              ...(options.scheduler?.owner ? { owner: options.scheduler.owner } : {}),
            });
          } catch (error) {
            logger.error({ err: error }, 'live feeds not started');
          }
        });
      };
      database.watch(follow);
      // Already open (the usual start): the watch only hears of changes, so start the feeds now.
      if (database.state().state === 'ok') follow(database.state());
    }

    const port = options.port ?? env.PORT ?? (slackListener || discordHandler ? DEFAULT_HTTP_PORT : undefined);
    if (port !== undefined) {
      const host = options.host ?? env.HOST;
      http = await startHttpServer({ port, ...(host ? { host } : {}), health: () => report().health, ready: () => report().ready, slack: slackListener, discord: discordHandler, logger });
    }
    scheduler.start();
    for (const status of scheduler.status()) {
      logger.info({ schedule: status.id, next: status.next, nextLocal: status.nextLocal, disabled: status.disabled }, 'schedule');
    }
    logger.info(
      { adapters: adapters.map((a) => a.platform), discordInteractions: Boolean(discordHandler), schedules: schedules.schedules.filter((s) => s.enabled).length, port: http?.port },
      'newsbrief is serving',
    );
  } catch (error) {
    await stopAll().catch(() => undefined);
    throw error;
  }

  const running: RunningServe = {
    adapters,
    scheduler,
    port: http?.port,
    address: http?.address,
    health: () => report().health,
    ready: () => report().ready,
    stop: () => (stopping ??= stopAll()),
  };
  return running;
}

async function withTimeout(work: Promise<unknown> | undefined, ms: number): Promise<void> {
  if (!work) return;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([work.catch(() => undefined), new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}
