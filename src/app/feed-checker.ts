import { UserFacingError } from '../commands/dispatch.js';
import type { FeedChecker } from '../commands/subscriptions/subscription-services.js';
import type { Logger } from '../logging/logger.js';
import { fetchFeed } from '../sources/feeds/fetch-feed.js';
import { FeedParseError } from '../sources/feeds/parse-feed.js';
import { FetchError, fetchErrorMessage } from '../sources/fetch/fetch-error.js';
import type { FetchOptions } from '../sources/fetch/fetch-options.js';

/**
 * A feed URL is fetched once through the safe fetcher (no private addresses, robots.txt, size and time caps) and
 * parsed before a subscription to it is stored: a typo or an HTML page is refused now, not at 08:00 tomorrow.
 */
export function createFeedChecker(options: FetchOptions, logger: Logger): FeedChecker {
  const log = logger.child({ component: 'feed-checker' });
  return async (url) => {
    try {
      const result = await fetchFeed(url, {}, options);
      return result.status === 200 && result.feed.title ? { title: result.feed.title } : {};
    } catch (error) {
      if (error instanceof FetchError) {
        log.info({ url, code: error.code, err: error.message }, 'feed URL refused');
        throw new UserFacingError(fetchErrorMessage(error));
      }
      if (error instanceof FeedParseError) {
        log.info({ url, err: error.message }, 'feed URL is not a feed');
        throw new UserFacingError(`That link is not an RSS or Atom feed: ${error.message}`);
      }
      throw error;
    }
  };
}
