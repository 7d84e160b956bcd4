import type { FeedState, StoredArticle } from '../../contracts/stores.js';

/** A row of `articles` as both stores read it: `paragraphs` is JSON, dropped (NULL) after the retention period. */
export interface ArticleRow {
  id: string;
  url: string | null;
  title: string | null;
  publisher: string | null;
  byline: string | null;
  published: string | null;
  /** Null in rows saved before migration 6, and when the source did not say the day. */
  published_day: string | null;
  first_seen: string;
  paragraphs: string | null;
  story_id: string | null;
}

export function articleFromRow(row: ArticleRow): StoredArticle {
  return {
    id: row.id,
    ...(row.title ? { title: row.title } : {}),
    paragraphs: row.paragraphs ? (JSON.parse(row.paragraphs) as string[]) : [],
    ...(row.publisher ? { publisher: row.publisher } : {}),
    ...(row.byline ? { byline: row.byline } : {}),
    ...(row.url ? { url: row.url } : {}),
    ...(row.published ? { published: row.published } : {}),
    ...(row.published_day ? { publishedDay: row.published_day } : {}),
    firstSeen: row.first_seen,
    ...(row.story_id ? { storyId: row.story_id } : {}),
  };
}

/** A row of `feed_state`: what a feed told us last time. */
export interface FeedStateRow {
  feed_id: string;
  url: string;
  etag: string | null;
  last_modified: string | null;
  next_poll_at: string | null;
  last_polled_at: string | null;
  last_status: string | null;
}

export function feedStateFromRow(row: FeedStateRow): FeedState {
  return {
    feedId: row.feed_id,
    url: row.url,
    ...(row.etag ? { etag: row.etag } : {}),
    ...(row.last_modified ? { lastModified: row.last_modified } : {}),
    ...(row.next_poll_at ? { nextPollAt: row.next_poll_at } : {}),
    ...(row.last_polled_at ? { lastPolledAt: row.last_polled_at } : {}),
    ...(row.last_status ? { lastStatus: row.last_status } : {}),
  };
}
