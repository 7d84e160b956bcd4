import type { Briefing, Quote } from '../../core/types.js';
import { cardFileName } from './card-file-name.js';
import type { QuoteCardOptions } from './card-input.js';
import { quoteCardInput } from './card-inputs.js';
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
 * The cards of an answer's quotes, at most MAX_CARDS_PER_ANSWER, one for each quote the answer shows: a fragment
 * is drawn in the sentence it was quoted in (`Quote.context`), so it is never two words without context.
 */
export async function replyCards(briefing: Briefing, quotes: readonly Quote[], options: QuoteCardOptions): Promise<CardImage[]> {
  const drawn = quotes.slice(0, MAX_CARDS_PER_ANSWER);
  return Promise.all(
    drawn.map(async (quote, i) => ({
      quote,
      filename: cardFileName(i + 1, drawn.length, quote.speaker.name),
      png: await renderQuoteCard(quoteCardInput(briefing, quote), options),
      alt: cardAltText(quote),
    })),
  );
}
