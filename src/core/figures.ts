import type { ReadArticle } from './read-article.js';
import type { Figure } from './types.js';

// PLACEHOLDER: replaced by the figure extractor.
export function extractFigures(articles: ReadArticle[]): Figure[] {
  void articles;
  return [];
}
