import type { ReadArticle } from './read-article.js';
import type { KeyPoint } from './types.js';
import { splitSentences } from './sentences.js';

// PLACEHOLDER: replaced by centrality ranking with redundancy removal.
export function selectKeyPoints(articles: ReadArticle[], count: number): KeyPoint[] {
  const first = articles.flatMap((a) => a.paragraphs.slice(0, 3).flatMap((p) => splitSentences(p).slice(0, 1).map((s) => ({ text: s.text, sources: [a.id] }))));
  return first.slice(0, count);
}
