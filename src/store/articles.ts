import type { Article } from '../core/types.js';
import { articleFromRow, feedStateFromRow, type ArticleRow, type FeedStateRow } from './rows/article-row.js';
import type { ArticleStore as ArticleStoreContract, FeedArticle, FeedState, StoredArticle } from '../contracts/stores.js';
import { feedArticleFromRow, type FeedArticleRow } from './rows/feed-article-row.js';
import type { Db } from './database.js';
import type { DatabaseConnection } from './database-connection.js';
import { MigratedHandle } from './migrated-handle.js';

const DAY = 24 * 3600_000;

/**
 * Articles read from feeds and pages, in the shared SQLite file. An article is stored once however many feeds
 * carry it (keyed by canonical URL); each feed's items are remembered by item key so a restart or an edited
 * item never reads them again. Text is dropped after the retention period; the keys stay a while longer.
 */
export class ArticleStore implements ArticleStoreContract {
  private readonly handle: MigratedHandle;

  /** A Db is used as it is; a DatabaseConnection is asked for the handle at every call, so the store follows a reopen. */
  constructor(source: Db | DatabaseConnection) {
    this.handle = new MigratedHandle(source);
    if (this.handle.state().state === 'ok') this.use(() => undefined);
  }

  private use<T>(work: (db: Db) => T): T {
    return this.handle.use(work);
  }

  async hasItem(feedId: string, itemKey: string): Promise<boolean> {
    return this.use((db) => {
      return !!db.prepare('SELECT 1 FROM feed_items WHERE feed_id = ? AND item_key = ?').get(feedId, itemKey);
    });
  }

  /** Remembers a feed item as read (articleId null: read, but it held no article). */
  async markItem(feedId: string, itemKey: string, articleId: string | null, seenAt: Date): Promise<void> {
    return this.use((db) => {
      db
        .prepare('INSERT OR IGNORE INTO feed_items (feed_id, item_key, article_id, seen_at) VALUES (?, ?, ?, ?)')
        .run(feedId, itemKey, articleId, seenAt.toISOString());
    });
  }

  async findByUrl(url: string): Promise<StoredArticle | undefined> {
    return this.use((db) => {
      return this.byUrl(db, url);
    });
  }

  async get(id: string): Promise<StoredArticle | undefined> {
    return this.use((db) => {
      return this.byId(db, id);
    });
  }

  // Sync, so that save's check and insert are one step: no other save can come between them.
  private byUrl(db: Db, url: string): StoredArticle | undefined {
    const row = db.prepare('SELECT * FROM articles WHERE url = ?').get(url) as ArticleRow | undefined;
    return row ? articleFromRow(row) : undefined;
  }

  private byId(db: Db, id: string): StoredArticle | undefined {
    const row = db.prepare('SELECT * FROM articles WHERE id = ?').get(id) as ArticleRow | undefined;
    return row ? articleFromRow(row) : undefined;
  }

  /**
   * Stores an article unless one with the same id or URL is already there; returns the id it is stored under
   * (the earlier one for a duplicate) and whether it was new.
   */
  async save(article: Article, seenAt: Date): Promise<{ id: string; isNew: boolean }> {
    return this.use((db) => {
      const existing = (article.url ? this.byUrl(db, article.url) : undefined) ?? this.byId(db, article.id);
      if (existing) return { id: existing.id, isNew: false };
      db
        .prepare(
          `INSERT INTO articles (id, url, title, publisher, byline, published, published_day, first_seen, paragraphs)
           VALUES (@id, @url, @title, @publisher, @byline, @published, @publishedDay, @firstSeen, @paragraphs)`,
        )
        .run({
          id: article.id,
          url: article.url ?? null,
          title: article.title ?? null,
          publisher: article.publisher ?? null,
          byline: article.byline ?? null,
          published: article.published ?? null,
          publishedDay: article.publishedDay ?? null,
          firstSeen: seenAt.toISOString(),
          paragraphs: JSON.stringify(article.paragraphs),
        });
      return { id: article.id, isNew: true };
    });
  }

  /** Articles with text, published (or first seen, when undated) at or after `since`, oldest first. */
  async feedArticles(feedId: string, after: Date, upTo: Date): Promise<FeedArticle[]> {
    return this.use((db) => {
      const rows = db
        .prepare(
          `SELECT a.id, a.title, a.url, a.publisher, a.published, a.paragraphs, f.seen_at FROM feed_items f JOIN articles a ON a.id = f.article_id
           WHERE f.feed_id = ? AND f.seen_at > ? AND f.seen_at <= ? ORDER BY f.seen_at, a.id`,
        )
        .all(feedId, after.toISOString(), upTo.toISOString()) as FeedArticleRow[];
      return rows.map(feedArticleFromRow);
    });
  }

  async recent(since: Date): Promise<StoredArticle[]> {
    return this.use((db) => {
      const rows = db
        .prepare(
          `SELECT * FROM articles WHERE paragraphs IS NOT NULL AND COALESCE(published, first_seen) >= ?
           ORDER BY COALESCE(published, first_seen), id`,
        )
        .all(since.toISOString()) as ArticleRow[];
      return rows.map(articleFromRow);
    });
  }

  async setStoryIds(assignments: ReadonlyMap<string, string>): Promise<void> {
    return this.use((db) => {
      const update = db.prepare('UPDATE articles SET story_id = ? WHERE id = ?');
      db.transaction(() => {
        for (const [articleId, storyId] of assignments) update.run(storyId, articleId);
      })();
    });
  }

  async feedState(feedId: string): Promise<FeedState | undefined> {
    return this.use((db) => {
      const row = db.prepare('SELECT * FROM feed_state WHERE feed_id = ?').get(feedId) as FeedStateRow | undefined;
      return row && feedStateFromRow(row);
    });
  }

  async claimFeedPoll(feedId: string, owner: string, now: Date, leaseMs: number): Promise<boolean> {
    return this.use((db) => {
      const at = now.toISOString();
      const result = db
        .prepare(
          `INSERT INTO feed_polls (feed_id, owner, lease_until)
           SELECT @feedId, @owner, @until WHERE NOT EXISTS (SELECT 1 FROM feed_state WHERE feed_id = @feedId AND next_poll_at > @at)
           ON CONFLICT (feed_id) DO UPDATE SET owner = excluded.owner, lease_until = excluded.lease_until WHERE feed_polls.lease_until <= @at`,
        )
        .run({ feedId, owner, until: new Date(now.getTime() + leaseMs).toISOString(), at });
      return result.changes === 1;
    });
  }

  async saveFeedState(state: FeedState): Promise<void> {
    return this.use((db) => {
      db
        .prepare(
          `INSERT INTO feed_state (feed_id, url, etag, last_modified, next_poll_at, last_polled_at, last_status)
           VALUES (@feedId, @url, @etag, @lastModified, @nextPollAt, @lastPolledAt, @lastStatus)
           ON CONFLICT(feed_id) DO UPDATE SET url = excluded.url, etag = excluded.etag, last_modified = excluded.last_modified,
             next_poll_at = excluded.next_poll_at, last_polled_at = excluded.last_polled_at, last_status = excluded.last_status`,
        )
        .run({
          feedId: state.feedId,
          url: state.url,
          etag: state.etag ?? null,
          lastModified: state.lastModified ?? null,
          nextPollAt: state.nextPollAt ?? null,
          lastPolledAt: state.lastPolledAt ?? null,
          lastStatus: state.lastStatus ?? null,
        });
    });
  }

  /**
   * Drops text older than the retention period, and forgets articles and item keys after twice that (feeds
   * rarely keep an item that long, and older items are ignored when polled, so nothing is read again).
   */
  async prune(retentionDays: number, now: Date): Promise<{ textDropped: number; forgotten: number }> {
    return this.use((db) => {
      const textCutoff = new Date(now.getTime() - retentionDays * DAY).toISOString();
      const forgetCutoff = new Date(now.getTime() - 2 * retentionDays * DAY).toISOString();
      return db.transaction(() => {
        const textDropped = db
          .prepare('UPDATE articles SET paragraphs = NULL WHERE paragraphs IS NOT NULL AND first_seen < ?')
          .run(textCutoff).changes;
        const forgotten = db.prepare('DELETE FROM articles WHERE first_seen < ?').run(forgetCutoff).changes;
        db.prepare('DELETE FROM feed_items WHERE seen_at < ?').run(forgetCutoff);
        return { textDropped, forgotten };
      })();
    });
  }

  async count(): Promise<number> {
    return this.use((db) => {
      return (db.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
    });
  }
}

