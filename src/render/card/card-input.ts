import type { Quote, SourceRef } from '../../core/types.js';

/** What one quote card shows: the quote and the story data around it (all from the Briefing). */
export interface QuoteCardInput {
  quote: Quote;
  /** The story's title (Briefing.title). */
  storyTitle: string;
  /** The briefing's sources; the card names the outlets of those the quote cites, and their date. */
  sources: readonly SourceRef[];
  /** For a fragment ("missed opportunity"): the sentence it was quoted in, drawn with the fragment highlighted. */
  context?: string;
}

export type CardSize = 'landscape' | 'square';
export type CardTheme = 'dark' | 'light';

export interface QuoteCardOptions {
  size: CardSize;
  theme?: CardTheme;
  /** `#rrggbb`. */
  accent?: string;
}

export const CARD_DIMENSIONS: Record<CardSize, { width: number; height: number }> = {
  landscape: { width: 1200, height: 675 },
  square: { width: 1080, height: 1080 },
};

export const DEFAULT_ACCENT = '#e8a317';
export const DEFAULT_THEME: CardTheme = 'dark';
