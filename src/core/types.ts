/**
 * The public types of newsbrief. Every layer (sources, render, commands, adapters,
 * schedule, store) uses these; the core defines them and imports nothing else.
 */

/** One article as the sources layer hands it to the core: text only, never HTML. */
export interface Article {
  /** Short, stable id (e.g. the file name without extension: "euronews"). Unique within a story. */
  id: string;
  /** Headline when the source knows it (story.yaml, HTML <title>, feed item); otherwise the core finds it. */
  title?: string;
  /** Body text as paragraphs, in reading order. May still contain boilerplate: the core drops it. */
  paragraphs: string[];
  publisher?: string;
  byline?: string;
  url?: string;
  /** ISO 8601 date or date-time. */
  published?: string;
  /**
   * The calendar day (`YYYY-MM-DD`) the publisher dated it with, when the source says it (a date alone, or a
   * time in the publisher's own zone): `published` is an instant in UTC, which may be the next day.
   */
  publishedDay?: string;
  /** Where the article was read from, relative to the story folder when it came from a file. */
  path?: string;
}

export interface SourceRef {
  id: string;
  title: string;
  publisher?: string;
  url?: string;
  published?: string;
  path?: string;
}

export interface KeyPoint {
  text: string;
  /** Ids of every source that says it (SourceRef.id). */
  sources: string[];
}

export interface Speaker {
  /** Normalised full name without titles: "Mark Zuckerberg". Organisations and documents too: "Facebook". */
  name: string;
  /** Role as the articles give it: "Facebook CEO". */
  role?: string;
}

export interface Quote {
  /** Verbatim text inside the quotation marks, never altered. */
  text: string;
  speaker: Speaker;
  sources: string[];
  /** A few words in marks inside reported speech ("missed opportunity"). */
  fragment: boolean;
  /** For a fragment: the whole sentence it was quoted in, verbatim from the first source quoting these words. */
  context?: string;
  /** Other verbatim wordings of the same quote in other sources. */
  variants?: string[];
}

export interface Figure {
  /** The figure as written: "87 million users". */
  text: string;
  value: number;
  /** What it counts: "users", "percent", "apps". */
  unit?: string;
  /** The sentence it came from. */
  context: string;
  sources: string[];
}

export interface SpeakerSummary {
  name: string;
  role?: string;
  quotes: number;
}

/** The stable JSON contract (`newsbrief build --format json`). */
export interface Briefing {
  id: string;
  title: string;
  sources: SourceRef[];
  keyPoints: KeyPoint[];
  quotes: Quote[];
  figures: Figure[];
  speakers: SpeakerSummary[];
}

/** Something the core left out, and why: the caller logs it (the core never logs). */
export interface Skipped {
  kind: 'paragraph' | 'quote' | 'sentence' | 'article';
  text: string;
  source: string;
  reason: string;
}

export interface BriefingOptions {
  /** Story id; defaults to a stable hash of the article ids. */
  id?: string;
  /** Story title; defaults to the most central article headline. */
  title?: string;
  /** Number of key points, 3–7, default 5. */
  points?: number;
}
