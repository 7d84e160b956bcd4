import { findFigureMentions } from './figure-mentions.js';
import type { ReadArticle } from '../text/read-article.js';
import { splitSentences, type SentenceSplitter } from '../text/sentences.js';
import { squeezeSpaces, stem } from '../text/tokens.js';
import { typographicQuotes } from '../text/typographic-quotes.js';
import type { Figure } from '../types.js';

/**
 * The story's figures, deduplicated across sources: the same value counting the same thing
 * ("87 million users" in two outlets) is one figure listing both. The first mention (article
 * order, then reading order) gives the text and the context sentence. Figures come out by the
 * number of sources that give them, most first, then in order of first mention.
 */
/** A briefing is short: the figures most sources agree on, not every number a big story contains. */
export const MAX_FIGURES = 10;

export function extractFigures(articles: ReadArticle[], split: SentenceSplitter = splitSentences): Figure[] {
  const byKey = new Map<string, Figure>();
  for (const article of articles) {
    for (const paragraph of article.paragraphs) {
      // Most paragraphs hold no number at all: skip them before the (costlier) sentence split.
      if (!/\d|thousand|million|billion|trillion/iu.test(paragraph)) continue;
      for (const sentence of split(paragraph)) {
        const context = typographicQuotes(squeezeSpaces(sentence.text));
        for (const mention of findFigureMentions(context)) {
          const key = `${mention.value}|${unitKey(mention.unit)}`;
          const known = byKey.get(key);
          if (known) {
            if (!known.sources.includes(article.id)) known.sources.push(article.id);
            continue;
          }
          byKey.set(key, {
            text: mention.text,
            value: mention.value,
            ...(mention.unit ? { unit: mention.unit } : {}),
            context,
            sources: [article.id],
          });
        }
      }
    }
  }
  // Figures more sources agree on first (a big story has hundreds), then in reading order (stable sort).
  return [...byKey.values()].sort((a, b) => b.sources.length - a.sources.length).slice(0, MAX_FIGURES);
}

/** "European cities" and "cities", "app" and "apps" count the same thing: compare head nouns. */
function unitKey(unit: string | undefined): string {
  if (!unit) return '';
  const words = unit.toLowerCase().split(/\s+/);
  return stem(words[words.length - 1]!);
}
