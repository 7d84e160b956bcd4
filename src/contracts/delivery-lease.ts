/** How long a claim stays a process's own without a renewal; a claim past it is reconciled by whoever sees it. */
export const DEFAULT_LEASE_MS = 90_000;

/** The scheduler's loop wakes at least this often, so a lapsed claim is seen at most this long after its lease. */
export const MAX_PASS_INTERVAL_MS = 30_000;

/**
 * The shortest `grace` a schedule may have. After a crash mid-post, the claim is taken over once its lease has run
 * out and a pass has seen it; only a slot still within grace is then posted. A grace shorter than that would turn
 * every such crash into a lost slot.
 */
export const MIN_GRACE_MS = DEFAULT_LEASE_MS + MAX_PASS_INTERVAL_MS;
