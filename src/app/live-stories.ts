import { analyseStory } from '../core/briefing.js';
import type { Article } from '../core/types.js';
import type { BriefingLibrary } from '../stories/library.js';
import type { Logger } from '../logging/logger.js';
import { feedsSchema, type FeedConfig, type FeedsConfig } from '../settings/feeds.js';
import { FetchError } from '../sources/fetch/fetch-error.js';
import { fetchOptionsFromConfig } from './fetch-options-from-settings.js';
import { prepareFetchOptions, type FetchOptions } from '../sources/fetch/fetch-options.js';
import { fetchFeed, type FeedFetch } from '../sources/feeds/fetch-feed.js';
import { itemToArticle } from '../sources/feeds/item-article.js';
import type { FeedItem } from '../sources/feeds/parse-feed.js';
import { readArticlePage } from '../sources/read-url.js';
import { groupStories } from '../stories/group-stories.js';
import { assignStoryIds } from '../stories/story-ids.js';
import { leftOutArticles } from '../stories/left-out.js';
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import type { ArticleStore, FeedState } from '../contracts/stores.js';
import type { Clock } from '../contracts/clock.js';

export { rankStories, type RankOptions } from '../stories/rank-stories.js';

export interface LiveStoriesOptions {
  settings: { feeds?: FeedsConfig | undefined };
  library: BriefingLibrary;
  /** Where articles and feed state live: SQLite or PostgreSQL (openStores), shared by every instance. */
  articles: ArticleStore;
  /** This instance's name in feed poll leases. Default: host, pid and a random suffix. */
  owner?: string;
  /** How soon to look again at a feed another instance is polling (default 60 s, at most the feed's interval). */
  recheckMs?: number;
  logger: Logger;
  /** Overrides merged over config's `fetch:` block (tests allow 127.0.0.1 and inject a resolver here). */
  fetch?: Partial<FetchOptions>;
  /** The one clock of the process: the story window, poll times and retention are measured on it. */
  clock: Pick<Clock, 'now'>;
  /** Poll on the feeds' own schedules (default true); false leaves polling to pollAll(). */
  autoPoll?: boolean;
  /** Feed URLs channels subscribed to in chat: polled beside config's feeds, read again every minute. */
  subscribedFeeds?: () => Promise<{ id: string; url: string }[]>;
}

export interface LiveStories {
  /** Settles when the stories stored before this start are back in the library. */
  ready: Promise<void>;
  stop(): Promise<void>;
  /** Polls every feed now, whatever its schedule and whoever holds its lease (tests, and a future admin command). */
  pollAll(): Promise<void>;
}

const HOUR = 3600_000;
const DAY = 24 * HOUR;
/** The library keeps at least two days of stories: "/briefing" lists today's, a schedule takes the last 24 h. */
const LIBRARY_HOURS = 48;
/** New items read per feed per poll; the rest wait for the next poll, so a first poll of a long feed is gentle. */
const MAX_NEW_ITEMS_PER_POLL = 50;
/** Errors after which a page is worth trying again at the next poll (when the feed had no text to fall back on). */
const TRANSIENT = new Set(['timeout', 'connect-timeout', 'network', 'dns', 'http-status']);
/** A feed another instance is polling is looked at again this often (at most), until its next poll is known. */
const LEASE_RECHECK_MS = 60_000;
/** A poll lease outlasts the poll budget by this much (the last page fetch may start just before the budget ends). */
const LEASE_MARGIN_MS = 60_000;

/**
 * Polls the configured feeds on their intervals, stores new articles, regroups recent articles into stories
 * and keeps one library entry per story up to date. On start it rebuilds the stories from the database, so a
 * restart neither loses stories nor reads anything again.
 */
export function startLiveStories(options: LiveStoriesOptions): LiveStories {
  const config = options.settings.feeds ?? feedsSchema.parse({});
  const now = (): Date => options.clock.now();
  const logger = options.logger.child({ component: 'live-stories' });
  const store = options.articles;
  const owner = options.owner ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  /** The article count the library was last rebuilt from: another instance's poll changes it. */
  let rebuiltAtCount: number | undefined;
  const fetchOptions = prepareFetchOptions({ ...fetchOptionsFromConfig(config.fetch, options.clock, logger), ...options.fetch, logger });
  const owned = new Set<string>();
  const analysed = new Map<string, string>();
  const timers = new Set<NodeJS.Timeout>();
  const running = new Set<Promise<void>>();
  let stopped = false;

  let rebuilding: Promise<void> | undefined;
  let rebuildAgain = false;
  // Pruned before the first rebuild, so that no story is briefed from text past retention.
  const ready = pruneOld().then(() => requestRebuild());

  async function pruneOld(): Promise<void> {
    try {
      const pruned = await store.prune(config.retentionDays, now());
      if (pruned.textDropped || pruned.forgotten) logger.info(pruned, 'articles past retention pruned');
    } catch (error) {
      logger.error({ err: error }, 'articles past retention not pruned');
    }
  }

  /** One rebuild at a time; a request during one runs once more after it, with everything stored by then. */
  function requestRebuild(): Promise<void> {
    if (rebuilding) {
      rebuildAgain = true;
      return rebuilding;
    }
    rebuilding = (async () => {
      do {
        rebuildAgain = false;
        await rebuild();
      } while (rebuildAgain && !stopped);
    })()
      .catch((error: unknown) => logger.error({ err: error }, 'stories not rebuilt'))
      .finally(() => {
        rebuilding = undefined;
      });
    return rebuilding;
  }

  async function rebuild(): Promise<void> {
    const at = now();
    rebuiltAtCount = await store.count();
    const stored = await store.recent(new Date(at.getTime() - Math.max(LIBRARY_HOURS, config.storyWindowHours) * HOUR));
    const seen = new Map(stored.map((s) => [s.id, s.firstSeen]));
    const articles: Article[] = stored.map(({ firstSeen, storyId: _storyId, ...article }) => ({
      ...article,
      published: article.published ?? firstSeen,
    }));
    const groups = groupStories(articles, { windowHours: config.storyWindowHours });
    const previous = new Map(stored.filter((s) => s.storyId).map((s) => [s.id, s.storyId!]));
    const ids = assignStoryIds(groups, previous);
    const assignments = new Map<string, string>();
    const current = new Set<string>();
    for (const [index, group] of groups.entries()) {
      const id = ids[index]!;
      for (const article of group.articles) assignments.set(article.id, id);
      current.add(id);
    }
    await store.setStoryIds(assignments);
    for (const [index, group] of groups.entries()) {
      if (stopped) return;
      const id = ids[index]!;
      // The lead (which names the story) is part of it: articles added to other stories can change which one leads.
      const signature = `${group.lead.id}:${group.articles.map((a) => a.id).join(',')}`;
      if (analysed.get(id) === signature && options.library.get(id)) continue;
      // Briefing many stories takes a while: let chat commands and timers run between them.
      await new Promise<void>((resolve) => setImmediate(resolve));
      const report = analyseStory(group.articles, { id, ...(group.lead.title ? { title: group.lead.title } : {}) });
      // What the briefing dropped is said in chat answers about the story too, not only in the log.
      const leftOut = leftOutArticles(report.skipped, group.articles);
      for (const left of leftOut) logger.info({ story: id, article: left.source, reason: left.reason }, 'article left out of story');
      analysed.set(id, signature);
      if (report.briefing.sources.length === 0) continue;
      options.library.upsert({
        id,
        title: report.briefing.title,
        briefing: report.briefing,
        updated: group.updated,
        firstSeen: Object.fromEntries(group.articles.flatMap((a) => (seen.has(a.id) ? [[a.id, seen.get(a.id)!]] : []))),
        sourceCount: group.sourceCount,
        ...(leftOut.length ? { leftOut } : {}),
      });
      owned.add(id);
    }
    for (const id of owned) {
      if (current.has(id)) continue;
      options.library.remove(id);
      owned.delete(id);
      analysed.delete(id);
    }
  }

  async function readItem(feed: FeedConfig, feedTitle: string | undefined, item: FeedItem): Promise<{ article: Article | null; retry: boolean; reason?: string }> {
    const publisher = feed.publisher ?? feedTitle;
    const source = { slug: feed.id, ...(publisher ? { publisher } : {}) };
    const fromFeed = itemToArticle(item, source);
    if (!feed.readPages || !item.link) return { article: fromFeed, retry: false, ...(fromFeed ? {} : { reason: 'item has no text and no page to read' }) };
    try {
      const page = await readArticlePage(item.link, fetchOptions, {
        slug: feed.id,
        ...(publisher ? { publisher } : {}),
        ...(item.title ? { title: item.title } : {}),
        ...(item.published ? { published: item.published } : {}),
        ...(item.publishedDay ? { publishedDay: item.publishedDay } : {}),
        ...(item.author ? { byline: item.author } : {}),
      });
      if (page) {
        // The configured outlet name wins over the page's own, so one outlet is always named one way.
        return { article: { ...page, ...(feed.publisher ? { publisher: feed.publisher } : {}), ...(item.title ? { title: item.title } : {}) }, retry: false };
      }
      // A page without article text (empty, binary, a section front) will not grow one: never fetched again.
      if (fromFeed) logger.info({ feed: feed.id, url: item.link }, 'page has no readable article: using the feed text');
      return { article: fromFeed, retry: false, ...(fromFeed ? {} : { reason: `no article text at ${item.link} and the feed item has no text` }) };
    } catch (error) {
      // Only a fetch that failed on the way (timeout, network, HTTP error) is worth another try; anything else
      // would fail the same way at every poll.
      const code = error instanceof FetchError ? error.code : 'unexpected';
      if (fromFeed) {
        logger.info({ feed: feed.id, url: item.link, code, err: (error as Error).message }, 'page not read: using the feed text');
        return { article: fromFeed, retry: false };
      }
      return { article: null, retry: TRANSIENT.has(code), reason: `page not read: ${(error as Error).message}` };
    }
  }

  const inFlight = new Map<string, Promise<number>>();

  /** One poll per feed at a time: a manual poll joins a scheduled one instead of reading the same items twice. */
  function pollFeed(feed: FeedConfig): Promise<number> {
    const current = inFlight.get(feed.id);
    if (current) return current;
    const poll = pollFeedOnce(feed).finally(() => inFlight.delete(feed.id));
    inFlight.set(feed.id, poll);
    return poll;
  }

  async function pollFeedOnce(feed: FeedConfig): Promise<number> {
    const interval = (feed.pollMinutes ?? config.defaultPollMinutes) * 60_000;
    const started = now();
    const previous = await store.feedState(feed.id);
    const state: FeedState = { feedId: feed.id, url: feed.url };
    // Validators belong to one URL: a feed moved in config is fetched in full.
    const validators = previous?.url === feed.url ? { ...(previous.etag ? { etag: previous.etag } : {}), ...(previous.lastModified ? { lastModified: previous.lastModified } : {}) } : {};
    let fetched: FeedFetch;
    try {
      fetched = await fetchFeed(feed.url, validators, fetchOptions);
    } catch (error) {
      const retryAfter = error instanceof FetchError ? (error.retryAfterMs ?? 0) : 0;
      const delay = Math.max(interval, retryAfter);
      logger.warn({ feed: feed.id, url: feed.url, err: (error as Error).message, retryInMs: delay }, 'feed not read');
      await store.saveFeedState({ ...state, ...validators, lastPolledAt: started.toISOString(), lastStatus: `error: ${(error as Error).message}`.slice(0, 300), nextPollAt: new Date(started.getTime() + delay).toISOString() });
      return delay;
    }
    const next = new Date(started.getTime() + interval).toISOString();
    if (fetched.status === 304) {
      logger.debug({ feed: feed.id }, 'feed unchanged (304)');
      await store.saveFeedState({ ...state, ...validators, lastPolledAt: started.toISOString(), lastStatus: '304', nextPollAt: next });
      return interval;
    }
    for (const skipped of fetched.feed.skipped) logger.info({ feed: feed.id, item: skipped.title, reason: skipped.reason }, 'feed item skipped');
    const oldest = started.getTime() - config.retentionDays * DAY;
    let added = 0;
    let known = 0;
    let reads = 0;
    let deferred = 0;
    let overBudget = 0;
    const budgetMs = config.fetch.pollBudgetSeconds * 1000;
    for (const item of fetched.feed.items) {
      if (stopped) break;
      if (await store.hasItem(feed.id, item.key)) {
        known++;
        continue;
      }
      if (item.published && Date.parse(item.published) < oldest) continue;
      const same = item.link ? await store.findByUrl(item.link) : undefined;
      if (same) {
        await store.markItem(feed.id, item.key, same.id, started);
        continue;
      }
      if (reads >= MAX_NEW_ITEMS_PER_POLL) {
        deferred++;
        continue;
      }
      // A poll of slow sites must end: past its budget no page fetch starts, the rest wait for the next poll.
      if (feed.readPages && item.link && now().getTime() - started.getTime() >= budgetMs) {
        deferred++;
        overBudget++;
        continue;
      }
      reads++;
      const read = await readItem(feed, fetched.feed.title, item);
      if (read.article) {
        const saved = await store.save(read.article, started);
        await store.markItem(feed.id, item.key, saved.id, started);
        if (saved.isNew) added++;
      } else if (read.retry) {
        deferred++;
        logger.warn({ feed: feed.id, item: item.title ?? item.key, reason: read.reason }, 'feed item not read: will try again next poll');
      } else {
        await store.markItem(feed.id, item.key, null, started);
        logger.info({ feed: feed.id, item: item.title ?? item.key, reason: read.reason }, 'feed item skipped');
      }
    }
    // Deferred items (over the per-poll limit, or a page to retry) must be seen again at the next poll, so the validators are not kept (no 304 next time).
    const validatorsToKeep = deferred > 0 ? {} : fetched.validators;
    if (overBudget) logger.info({ feed: feed.id, pages: overBudget, budgetSeconds: config.fetch.pollBudgetSeconds }, 'poll budget spent: the remaining pages wait for the next poll');
    await store.saveFeedState({ ...state, ...validatorsToKeep, lastPolledAt: started.toISOString(), lastStatus: '200', nextPollAt: next });
    logger.info({ feed: feed.id, items: fetched.feed.items.length, added, known, ...(deferred ? { deferred } : {}) }, 'feed polled');
    if (added > 0 && !stopped) await requestRebuild();
    return interval;
  }

  function track(work: Promise<unknown>): Promise<void> {
    const done = work.then(
      () => undefined,
      (error: unknown) => logger.error({ err: error }, 'feed poll failed unexpectedly'),
    );
    running.add(done);
    void done.finally(() => running.delete(done));
    return done;
  }

  const intervalOf = (feed: FeedConfig): number => (feed.pollMinutes ?? config.defaultPollMinutes) * 60_000;

  /**
   * Polls the feed when this instance wins its lease, so that instances sharing the database poll each feed once per
   * interval. Otherwise it takes in what the others stored and returns when to look again: at the feed's next poll,
   * or soon when the other poll has not finished yet.
   */
  async function pollIfOurs(feed: FeedConfig): Promise<number> {
    const interval = intervalOf(feed);
    const at = now();
    const leaseMs = Math.min(interval, config.fetch.pollBudgetSeconds * 1000 + LEASE_MARGIN_MS);
    if (await store.claimFeedPoll(feed.id, owner, at, leaseMs)) return pollFeed(feed);
    logger.debug({ feed: feed.id }, 'feed polled by another instance');
    // Its state first: once it says the other poll is done, the articles that poll stored are counted below.
    const due = (await store.feedState(feed.id))?.nextPollAt;
    if ((await store.count()) !== rebuiltAtCount) await requestRebuild();
    const wait = due ? Date.parse(due) - at.getTime() : 0;
    return wait > 0 ? wait : Math.min(interval, options.recheckMs ?? LEASE_RECHECK_MS);
  }

  function schedule(feed: FeedConfig, delayMs: number): void {
    if (stopped) return;
    const timer = setTimeout(() => {
      timers.delete(timer);
      // A subscribed URL nobody subscribes to any more is not polled again.
      if (!config.feeds.includes(feed) && subscribed.get(feed.id) !== feed) return;
      void track(
        pollIfOurs(feed).then(
          (next) => schedule(feed, next),
          (error: unknown) => {
            logger.error({ err: error, feed: feed.id }, 'feed poll failed unexpectedly');
            schedule(feed, intervalOf(feed));
          },
        ),
      );
    }, Math.max(0, delayMs));
    timer.unref?.();
    timers.add(timer);
  }

  const subscribed = new Map<string, FeedConfig>();
  function startFeed(feed: FeedConfig): void {
    // Each feed resumes when its last poll said: a restart does not poll a feed early.
    void track(
      store.feedState(feed.id).then((state) => {
        const due = state?.nextPollAt;
        schedule(feed, due ? Date.parse(due) - now().getTime() : 0);
      }),
    );
  }
  for (const feed of options.autoPoll === false ? [] : config.feeds) startFeed(feed);
  // A subscribed URL is polled from the minute it is subscribed until the minute nobody is (see schedule()).
  async function followSubscribedFeeds(): Promise<void> {
    if (!options.subscribedFeeds || stopped) return;
    try {
      const wanted = new Map((await options.subscribedFeeds()).filter((f) => !config.feeds.some((c) => c.id === f.id)).map((f) => [f.id, { id: f.id, url: f.url, readPages: true }]));
      if (stopped) return;
      for (const id of subscribed.keys()) if (!wanted.has(id)) subscribed.delete(id);
      for (const [id, feed] of wanted) {
        if (subscribed.has(id)) continue;
        subscribed.set(id, feed);
        if (options.autoPoll !== false) startFeed(feed);
      }
    } catch (error) {
      logger.warn({ err: (error as Error).message }, 'subscribed feeds not read; trying again in a minute');
    }
  }
  const following = followSubscribedFeeds();
  const followTimer = setInterval(() => void followSubscribedFeeds(), 60_000);
  followTimer.unref?.();
  const pruneTimer = setInterval(() => void pruneOld(), DAY);
  pruneTimer.unref?.();

  return {
    ready,
    async stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      clearInterval(pruneTimer);
      clearInterval(followTimer);
      await Promise.all([...running]);
      await rebuilding;
    },
    async pollAll() {
      await following;
      await track(Promise.all([...config.feeds, ...subscribed.values()].map((feed) => pollFeed(feed))));
    },
  };
}
