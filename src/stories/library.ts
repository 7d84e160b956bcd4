import type { Briefing } from '../core/types.js';
import { normaliseForMatch } from './name-match.js';

/** An article or file the story's briefing does not include, and why (said with every answer about it). */
export interface LeftOut {
  /** The file as named in the story folder, or the article id. */
  source: string;
  reason: string;
}

export interface StoryEntry {
  id: string;
  title: string;
  briefing: Briefing;
  /** ISO time the story last changed (newest article, or when it was read). */
  updated: string;
  /** Independent sources for ranking (wire copies and one outlet's several articles count once); default: briefing.sources.length. */
  sourceCount?: number;
  /**
   * ISO time each source (by article id) was first read by the bot: live stories only. Scheduled posts count
   * a source read late as news from then (src/schedule/news-since.ts).
   */
  firstSeen?: Record<string, string>;
  /** What was read for the story but left out of its briefing; absent or empty when nothing was. */
  leftOut?: LeftOut[];
}

/** The briefings the bot can answer from memory, by story id. Kept small and synchronous: autocomplete reads it. */
export class BriefingLibrary {
  private readonly entries = new Map<string, StoryEntry>();

  constructor(entries: Iterable<StoryEntry> = []) {
    for (const entry of entries) this.upsert(entry);
  }

  upsert(entry: StoryEntry): void {
    this.entries.set(entry.id, entry);
  }

  remove(id: string): void {
    this.entries.delete(id);
  }

  /** Newest first, then by id, so listings are stable. */
  list(): StoryEntry[] {
    return [...this.entries.values()].sort(
      (a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id),
    );
  }

  get(id: string): StoryEntry | undefined {
    return this.entries.get(id);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Exact id first, then a unique id/title match on the normalised query. */
  find(query: string): StoryEntry | undefined {
    const exact = this.entries.get(query);
    if (exact) return exact;
    const q = normaliseForMatch(query);
    if (!q) return undefined;
    const matches = this.list().filter(
      (e) => normaliseForMatch(e.id) === q || normaliseForMatch(e.title) === q,
    );
    if (matches.length === 1) return matches[0];
    const partial = this.list().filter(
      (e) => normaliseForMatch(e.id).includes(q) || normaliseForMatch(e.title).includes(q),
    );
    return partial.length === 1 ? partial[0] : undefined;
  }

  /** The story a command means when it names none: the only one, else the newest. */
  defaultStory(): StoryEntry | undefined {
    return this.list()[0];
  }
}
