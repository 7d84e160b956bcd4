import type { ReadArticle } from './read-article.js';
import type { Skipped, Speaker } from './types.js';

/** One quote as found in one article, before merging across sources. */
export interface ArticleQuote {
  /** Verbatim text inside the marks. */
  text: string;
  speaker: Speaker;
  fragment: boolean;
  /** ReadArticle.id */
  source: string;
  paragraphIndex: number;
  /** Character offset of the opening mark in its paragraph. */
  start: number;
}

// PLACEHOLDER: replaced by the quote extractor and attribution.
export function extractQuotes(article: ReadArticle): { quotes: ArticleQuote[]; skipped: Skipped[] } {
  void article;
  return { quotes: [], skipped: [] };
}
