import type { Article, Skipped } from '../core/types.js';
import type { LeftOut } from './library.js';

/**
 * The articles a briefing dropped, named as a reader of the answer knows them: by link, else by title, else by id.
 * Paragraphs, sentences and quotes the core skipped are not listed: they do not leave a source out.
 */
export function leftOutArticles(skipped: readonly Skipped[], articles: readonly Article[]): LeftOut[] {
  return skipped
    .filter((s) => s.kind === 'article')
    .map((s) => {
      const article = articles.find((a) => a.id === s.source);
      return { source: article?.url ?? article?.title ?? s.source, reason: s.reason };
    });
}
