import type { Briefing, Quote } from '../../core/types.js';
import { cardFileName } from './card-file-name.js';
import type { QuoteCardInput, QuoteCardOptions } from './card-input.js';
import { renderQuoteCard } from './quote-card.js';

/** A drawn card ready to upload: the PNG, its file name and the alt text (the quote, for screen readers). */
export interface CardImage {
  /** The quote drawn (one of the answer's quotes, by identity). */
  quote: Quote;
  filename: string;
  png: Uint8Array;
  alt: string;
}

/** Cards per answer: enough for a speaker's quotes, few enough that an answer stays a message and not an album. */
export const MAX_CARDS_PER_ANSWER = 10;

/** "“We had no choice.” — Ana Lima, harbour master": what the card says, as text. */
export function cardAltText(quote: Quote): string {
  const who = quote.speaker.role ? `${quote.speaker.name}, ${quote.speaker.role}` : quote.speaker.name;
  return `“${quote.text}” — ${who}`;
}

/**
 * The cards of an answer's quotes, at most MAX_CARDS_PER_ANSWER. A fragment is drawn only with its sentence
 * (`contexts`, by quote text): without it a card would be two words without context, so it is left out (the text
 * answer still shows it).
 */
export function replyCards(briefing: Briefing, quotes: readonly Quote[], options: QuoteCardOptions, contexts: ReadonlyMap<string, string> = new Map()): CardImage[] {
  const drawable = quotes.filter((q) => !q.fragment || contexts.has(q.text)).slice(0, MAX_CARDS_PER_ANSWER);
  return drawable.map((quote, i) => {
    const context = quote.fragment ? contexts.get(quote.text) : undefined;
    const input: QuoteCardInput = { quote, storyTitle: briefing.title, sources: briefing.sources, ...(context ? { context } : {}) };
    return { quote, filename: cardFileName(i + 1, drawable.length, quote.speaker.name), png: renderQuoteCard(input, options), alt: cardAltText(quote) };
  });
}
