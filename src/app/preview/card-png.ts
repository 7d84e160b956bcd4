import type { Briefing } from '../../core/types.js';

/**
 * The PNG of quote card `n` (1-based, in the briefing's quote order) for the preview's
 * `/story/<id>/card/<n>.png`, or undefined when there is none (the server answers 404).
 * Quote cards are drawn by src/render/card/quote-card.ts, which this branch does not have yet: until it is
 * connected here, every card answers 404 and the page shows the image's alt text (the quote).
 */
export async function cardPng(briefing: Briefing, n: number): Promise<Buffer | undefined> {
  if (!Number.isInteger(n) || n < 1 || n > briefing.quotes.length) return undefined;
  return undefined;
}
