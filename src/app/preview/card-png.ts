import type { Briefing } from '../../core/types.js';
import { renderQuoteCard } from '../../render/card/quote-card.js';

/**
 * The PNG of quote card `n` (1-based, in the briefing's quote order) for the preview's
 * `/story/<id>/card/<n>.png`, or undefined when there is none (the server answers 404). A fragment has no card
 * here, as in chat answers: the stored story keeps no sentence to show it in (docs/cards.md).
 */
export async function cardPng(briefing: Briefing, n: number): Promise<Buffer | undefined> {
  if (!Number.isInteger(n) || n < 1 || n > briefing.quotes.length) return undefined;
  const quote = briefing.quotes[n - 1]!;
  if (quote.fragment) return undefined;
  return Buffer.from(renderQuoteCard({ quote, storyTitle: briefing.title, sources: briefing.sources }, { size: 'landscape' }));
}
