/** How often a store deletes expired request records: a record kept a minute longer is harmless, a sweep per request is not. */
export const SEEN_REQUESTS_PRUNE_MS = 60_000;

/** True when a sweep is due at `now`; remembers it. One per store object, so each process sweeps on its own. */
export function pruneDue(last: { at: number }, now: Date): boolean {
  if (now.getTime() - last.at < SEEN_REQUESTS_PRUNE_MS) return false;
  last.at = now.getTime();
  return true;
}
