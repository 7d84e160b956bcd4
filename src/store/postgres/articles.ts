import type { Article } from '../../core/types.js';
import { articleFromRow, feedStateFromRow, type ArticleRow, type FeedStateRow } from '../rows/article-row.js';
import type { ArticleStore, FeedArticle, FeedState, StoredArticle } from '../../contracts/stores.js';
import { feedArticleFromRow, type FeedArticleRow } from '../rows/feed-article-row.js';
import type { PostgresConnection } from './postgres-connection.js';

const DAY = 24 * 3600_000;
/** Byte order, as SQLite compares text, whatever collation the database was created with. */
const C = 'COLLATE "C"';

/**
 * Articles read from feeds and pages on PostgreSQL, with the behaviour of the SQLite ArticleStore. Instances sharing
 * the database store an article once: two saves of one URL at the same moment meet in INSERT … ON CONFLICT DO
 * NOTHING, and the loser reads the winner's row.
 */
export class PostgresArticleStore implements ArticleStore {
  constructor(private readonly connection: PostgresConnection) {}

  async hasItem(feedId: string, itemKey: string): Promise<boolean> {
    const result = await this.connection.query('SELECT 1 FROM feed_items WHERE feed_id = $1 AND item_key = $2', [feedId, itemKey]);
    return result.rowCount === 1;
  }

  async markItem(feedId: string, itemKey: string, articleId: string | null, seenAt: Date): Promise<void> {
    await this.connection.query('INSERT INTO feed_items (feed_id, item_key, article_id, seen_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING', [
      feedId,
      itemKey,
      articleId,
      seenAt.toISOString(),
    ]);
  }

  async findByUrl(url: string): Promise<StoredArticle | undefined> {
    const result = await this.connection.query<ArticleRow>('SELECT * FROM articles WHERE url = $1', [url]);
    return result.rows[0] && articleFromRow(result.rows[0]);
  }

  async get(id: string): Promise<StoredArticle | undefined> {
    const result = await this.connection.query<ArticleRow>('SELECT * FROM articles WHERE id = $1', [id]);
    return result.rows[0] && articleFromRow(result.rows[0]);
  }

  async save(article: Article, seenAt: Date): Promise<{ id: string; isNew: boolean }> {
    const existing = await this.existing(article);
    if (existing) return { id: existing.id, isNew: false };
    const inserted = await this.connection.query(
      `INSERT INTO articles (id, url, title, publisher, byline, published, first_seen, paragraphs, published_day)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING`,
      [
        article.id,
        article.url ?? null,
        article.title ?? null,
        article.publisher ?? null,
        article.byline ?? null,
        article.published ?? null,
        seenAt.toISOString(),
        JSON.stringify(article.paragraphs),
        article.publishedDay ?? null,
      ],
    );
    if (inserted.rowCount === 1) return { id: article.id, isNew: true };
    // Another instance stored it between our look and our insert.
    const winner = await this.existing(article);
    if (!winner) throw new Error(`article ${article.id} was neither inserted nor found (url ${article.url ?? 'none'})`);
    return { id: winner.id, isNew: false };
  }

  async feedArticles(feedId: string, after: Date, upTo: Date): Promise<FeedArticle[]> {
    const result = await this.connection.query<FeedArticleRow>(
      `SELECT a.id, a.title, a.url, a.publisher, a.published, a.paragraphs, f.seen_at FROM feed_items f JOIN articles a ON a.id = f.article_id
       WHERE f.feed_id = $1 AND f.seen_at ${C} > $2 AND f.seen_at ${C} <= $3 ORDER BY f.seen_at ${C}, a.id ${C}`,
      [feedId, after.toISOString(), upTo.toISOString()],
    );
    return result.rows.map(feedArticleFromRow);
  }

  async recent(since: Date): Promise<StoredArticle[]> {
    const result = await this.connection.query<ArticleRow>(
      `SELECT * FROM articles WHERE paragraphs IS NOT NULL AND COALESCE(published, first_seen) ${C} >= $1
       ORDER BY COALESCE(published, first_seen) ${C}, id ${C}`,
      [since.toISOString()],
    );
    return result.rows.map(articleFromRow);
  }

  async setStoryIds(assignments: ReadonlyMap<string, string>): Promise<void> {
    if (assignments.size === 0) return;
    await this.connection.query(
      `UPDATE articles SET story_id = given.story_id
       FROM unnest($1::text[], $2::text[]) AS given (id, story_id) WHERE articles.id = given.id`,
      [[...assignments.keys()], [...assignments.values()]],
    );
  }

  async feedState(feedId: string): Promise<FeedState | undefined> {
    const row = (await this.connection.query<FeedStateRow>('SELECT * FROM feed_state WHERE feed_id = $1', [feedId])).rows[0];
    return row && feedStateFromRow(row);
  }

  /**
   * One statement: of instances asking together, the first inserts (or takes over a lapsed lease) and the others
   * wait on its row, then find its lease running and change nothing.
   */
  async claimFeedPoll(feedId: string, owner: string, now: Date, leaseMs: number): Promise<boolean> {
    const at = now.toISOString();
    const result = await this.connection.query(
      `INSERT INTO feed_polls (feed_id, owner, lease_until)
       SELECT $1, $2, $3 WHERE NOT EXISTS (SELECT 1 FROM feed_state WHERE feed_id = $1 AND next_poll_at ${C} > $4)
       ON CONFLICT (feed_id) DO UPDATE SET owner = excluded.owner, lease_until = excluded.lease_until WHERE feed_polls.lease_until ${C} <= $4`,
      [feedId, owner, new Date(now.getTime() + leaseMs).toISOString(), at],
    );
    return result.rowCount === 1;
  }

  async saveFeedState(state: FeedState): Promise<void> {
    await this.connection.query(
      `INSERT INTO feed_state (feed_id, url, etag, last_modified, next_poll_at, last_polled_at, last_status)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (feed_id) DO UPDATE SET url = excluded.url, etag = excluded.etag, last_modified = excluded.last_modified,
         next_poll_at = excluded.next_poll_at, last_polled_at = excluded.last_polled_at, last_status = excluded.last_status`,
      [state.feedId, state.url, state.etag ?? null, state.lastModified ?? null, state.nextPollAt ?? null, state.lastPolledAt ?? null, state.lastStatus ?? null],
    );
  }

  async prune(retentionDays: number, now: Date): Promise<{ textDropped: number; forgotten: number }> {
    const textCutoff = new Date(now.getTime() - retentionDays * DAY).toISOString();
    const forgetCutoff = new Date(now.getTime() - 2 * retentionDays * DAY).toISOString();
    return this.connection.transaction(async (client) => {
      const textDropped = (await client.query(`UPDATE articles SET paragraphs = NULL WHERE paragraphs IS NOT NULL AND first_seen ${C} < $1`, [textCutoff])).rowCount ?? 0;
      const forgotten = (await client.query(`DELETE FROM articles WHERE first_seen ${C} < $1`, [forgetCutoff])).rowCount ?? 0;
      await client.query(`DELETE FROM feed_items WHERE seen_at ${C} < $1`, [forgetCutoff]);
      return { textDropped, forgotten };
    });
  }

  async count(): Promise<number> {
    const result = await this.connection.query<{ n: string }>('SELECT COUNT(*) AS n FROM articles');
    return Number(result.rows[0]!.n);
  }

  private async existing(article: Article): Promise<StoredArticle | undefined> {
    return (article.url ? await this.findByUrl(article.url) : undefined) ?? (await this.get(article.id));
  }
}

