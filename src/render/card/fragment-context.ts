import { splitSentences } from '../../core/sentences.js';
import type { Article, Briefing, Quote } from '../../core/types.js';
import type { QuoteCardInput } from './card-input.js';

// Typographic and straight marks count as the same character when a fragment is looked up in its article.
const fold = (text: string): string => text.replace(/[‘’‚‛′]/gu, "'").replace(/[“”„‟″«»]/gu, '"');

/**
 * The sentence a fragment was quoted in, from the articles that cite it (first match in the order of
 * `quote.sources`); undefined when no article holds the fragment (the card then shows the fragment alone).
 */
export function fragmentSentence(quote: Quote, articles: readonly Article[]): string | undefined {
  const needle = fold(quote.text);
  const cited = quote.sources.map((id) => articles.find((a) => a.id === id)).filter((a): a is Article => a !== undefined);
  for (const article of cited) {
    for (const paragraph of article.paragraphs) {
      const at = fold(paragraph).indexOf(needle);
      if (at < 0) continue;
      const sentence = splitSentences(paragraph).find((s) => s.start <= at && at < s.end);
      // A list item's bullet is layout, not part of the sentence.
      return (sentence?.text ?? paragraph).trim().replace(/^[•·▪◦*–—-]\s+/u, '');
    }
  }
  return undefined;
}

/** One card input per quote of the briefing (in its order), fragments with their sentence. */
export function quoteCardInputs(briefing: Briefing, quotes: readonly Quote[], articles: readonly Article[]): QuoteCardInput[] {
  return quotes.map((quote) => {
    const context = quote.fragment ? fragmentSentence(quote, articles) : undefined;
    return { quote, storyTitle: briefing.title, sources: briefing.sources, ...(context ? { context } : {}) };
  });
}
