/**
 * When a source became news to the bot. A feed is polled every few minutes, so an article published at 09:58
 * is often first read at 10:03: counted from its published time alone, it falls before a 10:00 run and after
 * it, and no run would ever post it. Counted from when it was first read, it is news at the next run. A page
 * read long after it was published is backlog, not news (a feed added today carries last week's items), and
 * keeps its published time.
 */
export const LATE_ARRIVAL_LIMIT_MS = 6 * 3_600_000;

/** Epoch ms from which a source counts as new: `published`, or `firstSeen` when it was read late but not long after. */
export function newsSince(published: number, firstSeen: number | undefined): number {
  if (firstSeen === undefined || !Number.isFinite(firstSeen) || !Number.isFinite(published)) return published;
  return firstSeen > published && firstSeen - published <= LATE_ARRIVAL_LIMIT_MS ? firstSeen : published;
}
