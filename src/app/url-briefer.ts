import { analyseStory } from '../core/briefing.js';
import type { Briefing } from '../core/types.js';
import { UserFacingError, type UrlBriefer, type UrlBriefing } from '../commands/dispatch.js';
import type { Clock } from '../contracts/clock.js';
import type { Logger } from '../logging/logger.js';
import { FetchError, fetchErrorMessage } from '../sources/fetch/fetch-error.js';
import { fetchOptionsFromSettings } from './fetch-options-from-settings.js';
import { prepareFetchOptions, type FetchOptions } from '../sources/fetch/fetch-options.js';
import type { FeedsConfig } from '../settings/feeds.js';
import { FeedParseError } from '../sources/feeds/parse-feed.js';
import { NoArticleTextError, readUrl } from '../sources/read-url.js';
import { topStory } from '../stories/top-story.js';
import { leftOutArticles } from '../stories/left-out.js';

export interface UrlBrieferOptions {
  fetch: FetchOptions;
  logger: Logger;
  /** Links one user may brief per hour. Default 10. */
  perUserPerHour?: number;
  points?: number;
  /** The process's one clock: the hourly limit is measured on it. */
  clock: Pick<Clock, 'now'>;
}

const HOUR = 3600_000;

/**
 * `/briefing <url>`: fetch through the safe fetcher, read the article (or the feed's biggest story) and brief it.
 * Refusals come back as UserFacingError with a message for the user; each user may brief N links an hour.
 */
export function createUrlBriefer(options: UrlBrieferOptions): UrlBriefer {
  const fetchOptions = prepareFetchOptions(options.fetch);
  const limit = options.perUserPerHour ?? 10;
  const now = (): number => options.clock.now().getTime();
  const recent = new Map<string, number[]>();
  const logger = options.logger.child({ component: 'url-briefer' });

  function admit(userId: string | undefined): void {
    const key = userId ?? 'anonymous';
    const at = now();
    const times = (recent.get(key) ?? []).filter((t) => at - t < HOUR);
    if (times.length >= limit) {
      const minutes = Math.max(1, Math.ceil((times[0]! + HOUR - at) / 60_000));
      recent.set(key, times);
      throw new UserFacingError(`You can brief ${limit} link${limit === 1 ? '' : 's'} an hour; try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`);
    }
    times.push(at);
    recent.set(key, times);
  }

  return async (url: string, userId: string | undefined): Promise<UrlBriefing> => {
    admit(userId);
    let articles;
    try {
      articles = await readUrl(url, fetchOptions);
    } catch (error) {
      if (error instanceof FetchError) {
        logger.info({ url, userId, code: error.code, err: error.message }, 'link not briefed');
        // Naming the link tells the user it was read and held nothing, not that it failed to load.
        throw new UserFacingError(error instanceof NoArticleTextError ? error.message : fetchErrorMessage(error));
      }
      if (error instanceof FeedParseError) {
        logger.info({ url, userId, err: error.message }, 'link not briefed: bad feed');
        throw new UserFacingError(`That feed could not be read: ${error.message}`);
      }
      throw error;
    }
    // A feed holds many stories: brief the one most sources cover.
    const story = topStory(articles);
    const report = analyseStory(story.articles, {
      ...(story.title ? { title: story.title } : {}),
      ...(options.points ? { points: options.points } : {}),
    });
    if (report.briefing.sources.length === 0) throw new UserFacingError('I could not find an article at that link.');
    const leftOut = leftOutArticles(report.skipped, story.articles);
    logger.info({ url, userId, briefing: report.briefing.id, sources: report.briefing.sources.length, leftOut: leftOut.length }, 'link briefed');
    return { briefing: report.briefing, ...(leftOut.length ? { leftOut } : {}) };
  };
}

/** The briefer `serve` passes to the command context, or undefined when config/feeds.yaml turns it off. */
export function urlBrieferFromSettings(settings: { feeds?: FeedsConfig | undefined }, logger: Logger, clock: Pick<Clock, 'now'>): UrlBriefer | undefined {
  if (settings.feeds && !settings.feeds.urlBriefing.enabled) return undefined;
  return createUrlBriefer({
    fetch: fetchOptionsFromSettings(settings, clock, logger),
    logger,
    clock,
    ...(settings.feeds ? { perUserPerHour: settings.feeds.urlBriefing.perUserPerHour } : {}),
  });
}
