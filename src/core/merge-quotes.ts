import type { ArticleQuote } from './quotes.js';
import type { Quote } from './types.js';

// PLACEHOLDER: replaced by the cross-source merge.
export function mergeQuotes(quotes: ArticleQuote[]): Quote[] {
  return quotes.map((q) => ({ text: q.text, speaker: q.speaker, sources: [q.source], fragment: q.fragment }));
}
