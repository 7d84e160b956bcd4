import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/types.js';
import { ArticleStore } from '../../src/store/articles.js';
import { openDatabase, type Db } from '../../src/store/database.js';

let dir: string;
let db: Db;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-articles-'));
  db = openDatabase(join(dir, 'news.db'));
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const article = (id: string, url: string, extra: Partial<Article> = {}): Article => ({
  id,
  title: `Title ${id}`,
  paragraphs: [`Body of ${id}.`, 'Second paragraph.'],
  publisher: 'Harbour Times',
  url,
  published: '2026-11-23T08:00:00.000Z',
  ...extra,
});

describe('ArticleStore', () => {
  it('stores an article with its text and reads it back', async () => {
    const store = new ArticleStore(db);
    expect(await store.save(article('harbour-aaa', 'https://h.example/a', { byline: 'Aiko Brandt' }), new Date('2026-11-23T09:00:00Z'))).toEqual({ id: 'harbour-aaa', isNew: true });
    expect(await store.get('harbour-aaa')).toEqual({
      id: 'harbour-aaa',
      title: 'Title harbour-aaa',
      paragraphs: ['Body of harbour-aaa.', 'Second paragraph.'],
      publisher: 'Harbour Times',
      byline: 'Aiko Brandt',
      url: 'https://h.example/a',
      published: '2026-11-23T08:00:00.000Z',
      firstSeen: '2026-11-23T09:00:00.000Z',
    });
  });

  it('stores the same article seen in two feeds once, under the first id', async () => {
    const store = new ArticleStore(db);
    await store.save(article('harbour-aaa', 'https://h.example/a'), new Date('2026-11-23T09:00:00Z'));
    expect(await store.save(article('ledger-bbb', 'https://h.example/a'), new Date('2026-11-23T09:05:00Z'))).toEqual({ id: 'harbour-aaa', isNew: false });
    expect(await store.count()).toBe(1);
  });

  it('remembers feed items across a restart (a new store on the same file)', async () => {
    const first = new ArticleStore(db);
    await first.markItem('harbour', 'guid:1', 'harbour-aaa', new Date('2026-11-23T09:00:00Z'));
    await first.saveFeedState({ feedId: 'harbour', url: 'https://h.example/atom.xml', etag: '"e1"', lastModified: 'Mon, 23 Nov 2026 07:00:00 GMT', nextPollAt: '2026-11-23T09:15:00.000Z', lastStatus: '200' });
    db.close();
    db = openDatabase(join(dir, 'news.db'));
    const second = new ArticleStore(db);
    expect(await second.hasItem('harbour', 'guid:1')).toBe(true);
    expect(await second.hasItem('harbour', 'guid:2')).toBe(false);
    expect(await second.hasItem('ledger', 'guid:1')).toBe(false);
    expect(await second.feedState('harbour')).toEqual({
      feedId: 'harbour',
      url: 'https://h.example/atom.xml',
      etag: '"e1"',
      lastModified: 'Mon, 23 Nov 2026 07:00:00 GMT',
      nextPollAt: '2026-11-23T09:15:00.000Z',
      lastStatus: '200',
    });
  });

  it('lists recent articles with text, oldest first, with their story ids', async () => {
    const store = new ArticleStore(db);
    const seen = new Date('2026-11-23T09:00:00Z');
    await store.save(article('b', 'https://h.example/b', { published: '2026-11-23T07:00:00.000Z' }), seen);
    await store.save(article('a', 'https://h.example/a', { published: '2026-11-23T06:00:00.000Z' }), seen);
    await store.save(article('old', 'https://h.example/old', { published: '2026-11-20T06:00:00.000Z' }), seen);
    await store.setStoryIds(new Map([['a', 'story-1']]));
    expect((await store.recent(new Date('2026-11-22T00:00:00Z'))).map((a) => [a.id, a.storyId ?? null])).toEqual([
      ['a', 'story-1'],
      ['b', null],
    ]);
  });

  it('drops text after the retention period and forgets the article after twice that', async () => {
    const store = new ArticleStore(db);
    await store.save(article('old', 'https://h.example/old'), new Date('2026-10-01T00:00:00Z'));
    await store.save(article('mid', 'https://h.example/mid'), new Date('2026-11-05T00:00:00Z'));
    await store.save(article('new', 'https://h.example/new'), new Date('2026-11-22T00:00:00Z'));
    await store.markItem('feed', 'guid:old', 'old', new Date('2026-10-01T00:00:00Z'));
    expect(await store.prune(30, new Date('2026-12-10T00:00:00Z'))).toEqual({ textDropped: 2, forgotten: 1 });
    expect(await store.get('old')).toBeUndefined();
    expect(await store.hasItem('feed', 'guid:old')).toBe(false);
    expect((await store.get('mid'))?.paragraphs).toEqual([]);
    expect((await store.get('new'))?.paragraphs).toEqual(['Body of new.', 'Second paragraph.']);
  });

  it('shares the database file with other tables (created idempotently)', async () => {
    new ArticleStore(db);
    new ArticleStore(db);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['articles', 'feed_items', 'feed_state']));
  });
});
