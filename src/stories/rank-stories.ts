import type { StoryEntry } from './library.js';

export interface RankOptions {
  /** The moment ranked for (a schedule's slot): ages and the window are measured from it. */
  now: Date;
  /** Only stories updated within this many hours. Default 24. */
  withinHours?: number;
  limit?: number;
  /** A story's weight halves every this many hours. Default 12. */
  halfLifeHours?: number;
}

/**
 * "Top N stories of the last 24 h": more independent sources first (wire copies count once), discounted by age.
 * Ties go to the newer story, then the id, so the order is stable.
 */
export function rankStories(entries: readonly StoryEntry[], options: RankOptions): StoryEntry[] {
  const now = options.now.getTime();
  const within = (options.withinHours ?? 24) * 3600_000;
  const halfLife = (options.halfLifeHours ?? 12) * 3600_000;
  const scored = entries
    .map((entry) => {
      const updated = Date.parse(entry.updated);
      const age = Math.max(0, now - (Number.isNaN(updated) ? 0 : updated));
      const sources = entry.sourceCount ?? entry.briefing.sources.length;
      return { entry, age, score: sources * Math.pow(0.5, age / halfLife) };
    })
    .filter((s) => s.age <= within);
  scored.sort((a, b) => b.score - a.score || a.age - b.age || a.entry.id.localeCompare(b.entry.id));
  const ranked = scored.map((s) => s.entry);
  return options.limit === undefined ? ranked : ranked.slice(0, options.limit);
}
