import type { Clock } from '../contracts/clock.js';
import type { Logger } from '../logging/logger.js';
import { feedsSchema, type FeedsConfig, type FetchConfig } from '../settings/feeds.js';
import { prepareFetchOptions, type FetchOptions, type FetchShared } from '../sources/fetch/fetch-options.js';

// The wiring maps config to options: the sources never read settings, so they can be fed from anywhere.

/**
 * The fetcher's options from config/feeds.yaml's `fetch:` block. Pass the result through prepareFetchOptions
 * once (after adding any overrides) and reuse it, so robots.txt and per-host limits are shared across calls.
 */
export function fetchOptionsFromConfig(config: FetchConfig, clock: Pick<Clock, 'now'>, logger?: Logger): FetchOptions {
  return {
    clock,
    ...(config.contact ? { contact: config.contact } : {}),
    timeoutMs: config.timeoutSeconds * 1000,
    connectTimeoutMs: config.connectTimeoutSeconds * 1000,
    maxBytes: config.maxBytes,
    maxRedirects: config.maxRedirects,
    perHostConcurrency: config.perHostConcurrency,
    robots: config.robots,
    allowAddresses: config.allowAddresses,
    ...(logger ? { logger } : {}),
  };
}

/** Ready-to-use fetch options from loaded settings (defaults when config/feeds.yaml is absent). Prepare once, reuse. */
export function fetchOptionsFromSettings(
  settings: { feeds?: FeedsConfig | undefined },
  clock: Pick<Clock, 'now'>,
  logger?: Logger,
): FetchOptions & { shared: FetchShared } {
  return prepareFetchOptions(fetchOptionsFromConfig((settings.feeds ?? feedsSchema.parse({})).fetch, clock, logger));
}
