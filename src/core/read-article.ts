import type { Article, Skipped } from './types.js';

/** An article after reading: headline found, boilerplate dropped, paragraphs ready for sentences and quotes. */
export interface ReadArticle {
  /** Article.id: the source id every key point, quote and figure refers to. */
  id: string;
  title: string;
  paragraphs: string[];
  byline?: string;
  publisher?: string;
}

// PLACEHOLDER: replaced by the boilerplate-aware reader.
export function readArticle(article: Article): { article: ReadArticle; skipped: Skipped[] } {
  const paragraphs = article.paragraphs.map((p) => p.trim()).filter(Boolean);
  const title = article.title ?? paragraphs[0] ?? article.id;
  return {
    article: { id: article.id, title, paragraphs: paragraphs.filter((p) => p !== title), ...(article.publisher ? { publisher: article.publisher } : {}) },
    skipped: [],
  };
}
