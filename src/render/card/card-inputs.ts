import type { Briefing, Quote } from '../../core/types.js';
import type { QuoteCardInput } from './card-input.js';

/**
 * The card input of one quote; a fragment comes with the sentence the core recorded for it (`Quote.context`), so
 * a stored briefing draws it in its sentence without the articles. A fragment stored before the core recorded
 * sentences has none and is drawn alone: a card for every quote shown beats a quote without one.
 */
export function quoteCardInput(briefing: Briefing, quote: Quote): QuoteCardInput {
  const context = quote.fragment ? quote.context : undefined;
  return { quote, storyTitle: briefing.title, sources: briefing.sources, ...(context ? { context } : {}) };
}

/** One card input per quote (in the given order). */
export function quoteCardInputs(briefing: Briefing, quotes: readonly Quote[]): QuoteCardInput[] {
  return quotes.map((quote) => quoteCardInput(briefing, quote));
}
