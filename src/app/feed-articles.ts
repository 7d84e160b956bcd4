import type { FeedArticle, FeedArticleSource } from '../contracts/schedule.js';
import type { Db } from '../store/database.js';
import { DatabaseConnection } from '../store/database-connection.js';

/**
 * The articles one feed gave, as each was first read from that feed (feed_items), whichever feed stored the
 * article first: what a subscription to the feed posts. Reads the SQLite file the live feeds write.
 * TODO(store): belongs in the article store (SQLite and PostgreSQL) once it has a method for it.
 */
export function readFeedArticles(db: Db, feedId: string, after: Date, upTo: Date): FeedArticle[] {
  const rows = db
    .prepare(
      `SELECT a.id, a.title, a.url, a.publisher, a.published, a.paragraphs, f.seen_at FROM feed_items f JOIN articles a ON a.id = f.article_id
       WHERE f.feed_id = ? AND f.seen_at > ? AND f.seen_at <= ? ORDER BY f.seen_at, a.id`,
    )
    .all(feedId, after.toISOString(), upTo.toISOString()) as { id: string; title: string | null; url: string | null; publisher: string | null; published: string | null; paragraphs: string | null; seen_at: string }[];
  return rows.map((r) => ({
    id: r.id,
    ...(r.title ? { title: r.title } : {}),
    ...(r.url ? { url: r.url } : {}),
    ...(r.publisher ? { publisher: r.publisher } : {}),
    ...(r.published ? { published: r.published } : {}),
    firstSeen: r.seen_at,
    text: r.paragraphs ? (JSON.parse(r.paragraphs) as string[]).join('\n') : '',
  }));
}

/** A FeedArticleSource on a database handle, or on the connection (following a reopen; DatabaseUnavailableError while down). */
export function feedArticleSource(source: Db | DatabaseConnection): FeedArticleSource {
  return {
    async feedArticles(feedId, after, upTo) {
      if (source instanceof DatabaseConnection) return source.use((db) => readFeedArticles(db, feedId, after, upTo));
      return readFeedArticles(source, feedId, after, upTo);
    },
  };
}
