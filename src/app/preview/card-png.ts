import type { Briefing } from '../../core/types.js';
import { quoteCardInput } from '../../render/card/card-inputs.js';
import { renderQuoteCard } from '../../render/card/quote-card.js';

/**
 * The PNG of quote card `n` (1-based, in the briefing's quote order) for the preview's
 * `/story/<id>/card/<n>.png`, or undefined when there is none (the server answers 404). A fragment's card shows it
 * in its sentence, as in chat answers (docs/cards.md).
 */
export async function cardPng(briefing: Briefing, n: number): Promise<Buffer | undefined> {
  if (!Number.isInteger(n) || n < 1 || n > briefing.quotes.length) return undefined;
  const quote = briefing.quotes[n - 1]!;
  return Buffer.from(await renderQuoteCard(quoteCardInput(briefing, quote), { size: 'landscape' }));
}
