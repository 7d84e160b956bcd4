import type { SeenRequestStore } from '../../contracts/stores.js';
import type { Logger } from '../../logging/logger.js';
import type { SharedReplays } from './replay-guard.js';

/** At most one warning a minute while the database cannot say whether a request was seen elsewhere. */
const WARN_EVERY_MS = 60_000;

/** The shared replay check of one platform, warning (rate-limited) when it falls back to this process's memory. */
export function sharedReplays(scope: string, store: () => SeenRequestStore | undefined, logger: Logger): SharedReplays {
  let lastWarning = Number.NEGATIVE_INFINITY;
  return {
    scope,
    store,
    onUnavailable: (error) => {
      // performance.now(): how long since the last warning, not what time it is; the clock is not needed for that.
      const at = performance.now();
      if (at - lastWarning < WARN_EVERY_MS) return;
      lastWarning = at;
      logger.warn({ err: error }, `${scope}: the database could not check a request for replays elsewhere; checked against this process only`);
    },
  };
}
