import type { FeedArticle } from '../../contracts/stores.js';

/** One feed item joined to its article, as both stores select it for a feed subscription's post. */
export interface FeedArticleRow {
  id: string;
  title: string | null;
  url: string | null;
  publisher: string | null;
  published: string | null;
  paragraphs: string | null;
  seen_at: string;
}

export function feedArticleFromRow(row: FeedArticleRow): FeedArticle {
  return {
    id: row.id,
    ...(row.title ? { title: row.title } : {}),
    ...(row.url ? { url: row.url } : {}),
    ...(row.publisher ? { publisher: row.publisher } : {}),
    ...(row.published ? { published: row.published } : {}),
    firstSeen: row.seen_at,
    // Only keyword filters read it: the paragraphs as one text.
    text: row.paragraphs ? (JSON.parse(row.paragraphs) as string[]).join('\n') : '',
  };
}
