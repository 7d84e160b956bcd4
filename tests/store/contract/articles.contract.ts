import { afterEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../src/core/types.js';
import type { ArticleStore } from '../../../src/contracts/stores.js';
import type { OpenHarness, StoreHarness } from './harness.js';

const article = (id: string, url: string | undefined, extra: Partial<Article> = {}): Article => ({
  id,
  title: `Title ${id}`,
  paragraphs: [`Body of ${id}.`, 'Second paragraph.'],
  publisher: 'Harbour Times',
  ...(url ? { url } : {}),
  published: '2026-11-23T08:00:00.000Z',
  ...extra,
});

/** The article store's behaviour, the same on every store. */
export function articleStoreContract(open: OpenHarness<ArticleStore>): void {
  let harness: StoreHarness<ArticleStore> | undefined;
  const start = async (): Promise<StoreHarness<ArticleStore>> => (harness = await open());
  afterEach(async () => {
    await harness?.close();
    harness = undefined;
  });

  describe('articles', () => {
    it('stores an article with its text and reads it back', async () => {
      const { store } = await start();
      expect(await store.save(article('harbour-aaa', 'https://h.example/a', { byline: 'Aiko Brandt', publishedDay: '2026-11-23' }), new Date('2026-11-23T09:00:00Z'))).toEqual({ id: 'harbour-aaa', isNew: true });
      const stored = {
        id: 'harbour-aaa',
        title: 'Title harbour-aaa',
        paragraphs: ['Body of harbour-aaa.', 'Second paragraph.'],
        publisher: 'Harbour Times',
        byline: 'Aiko Brandt',
        url: 'https://h.example/a',
        published: '2026-11-23T08:00:00.000Z',
        publishedDay: '2026-11-23',
        firstSeen: '2026-11-23T09:00:00.000Z',
      };
      expect(await store.get('harbour-aaa')).toEqual(stored);
      expect(await store.findByUrl('https://h.example/a')).toEqual(stored);
      expect(await store.findByUrl('https://h.example/b')).toBeUndefined();
      expect(await store.get('harbour-bbb')).toBeUndefined();
    });

    it('stores the same article seen in two feeds once, under the first id; an article without a URL by its id', async () => {
      const { store } = await start();
      await store.save(article('harbour-aaa', 'https://h.example/a'), new Date('2026-11-23T09:00:00Z'));
      expect(await store.save(article('ledger-bbb', 'https://h.example/a'), new Date('2026-11-23T09:05:00Z'))).toEqual({ id: 'harbour-aaa', isNew: false });
      expect(await store.save(article('note-ccc', undefined), new Date('2026-11-23T09:05:00Z'))).toEqual({ id: 'note-ccc', isNew: true });
      expect(await store.save(article('note-ccc', undefined), new Date('2026-11-23T09:06:00Z'))).toEqual({ id: 'note-ccc', isNew: false });
      expect(await store.count()).toBe(2);
    });

    it('stores one row when instances save the same URL at once, and tells exactly one of them it was new', async () => {
      const { store, another } = await start();
      const stores = [store, await another(), await another(), await another()];
      const saved = await Promise.all(stores.map((s, i) => s.save(article(`feed${i}-aaa`, 'https://h.example/same'), new Date('2026-11-23T09:00:00Z'))));
      expect(saved.filter((s) => s.isNew)).toHaveLength(1);
      const winner = saved.find((s) => s.isNew)!.id;
      expect(saved.map((s) => s.id)).toEqual([winner, winner, winner, winner]);
      expect(await store.count()).toBe(1);
    });

    it('remembers feed items and feed state across a restart', async () => {
      const { store: first, reopen } = await start();
      await first.markItem('harbour', 'guid:1', 'harbour-aaa', new Date('2026-11-23T09:00:00Z'));
      await first.markItem('harbour', 'guid:1', 'harbour-zzz', new Date('2026-11-23T09:10:00Z'));
      await first.saveFeedState({ feedId: 'harbour', url: 'https://h.example/atom.xml', etag: '"e0"', lastStatus: '200' });
      await first.saveFeedState({ feedId: 'harbour', url: 'https://h.example/atom.xml', etag: '"e1"', lastModified: 'Mon, 23 Nov 2026 07:00:00 GMT', nextPollAt: '2026-11-23T09:15:00.000Z', lastStatus: '200' });
      const second = await reopen();
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
      expect(await second.feedState('ledger')).toBeUndefined();
    });

    it('lists recent articles with text, oldest first, with their story ids', async () => {
      const { store } = await start();
      const seen = new Date('2026-11-23T09:00:00Z');
      await store.save(article('b', 'https://h.example/b', { published: '2026-11-23T07:00:00.000Z' }), seen);
      await store.save(article('a', 'https://h.example/a', { published: '2026-11-23T06:00:00.000Z' }), seen);
      await store.save(article('undated', 'https://h.example/u', { published: undefined }), new Date('2026-11-22T12:00:00Z'));
      await store.save(article('old', 'https://h.example/old', { published: '2026-11-20T06:00:00.000Z' }), seen);
      await store.setStoryIds(new Map([['a', 'story-1'], ['undated', 'story-2']]));
      await store.setStoryIds(new Map());
      expect((await store.recent(new Date('2026-11-22T00:00:00Z'))).map((a) => [a.id, a.storyId ?? null])).toEqual([
        ['undated', 'story-2'],
        ['a', 'story-1'],
        ['b', null],
      ]);
    });

    it('drops text after the retention period and forgets the article after twice that', async () => {
      const { store } = await start();
      await store.save(article('old', 'https://h.example/old'), new Date('2026-10-01T00:00:00Z'));
      await store.save(article('mid', 'https://h.example/mid'), new Date('2026-11-05T00:00:00Z'));
      await store.save(article('new', 'https://h.example/new'), new Date('2026-11-22T00:00:00Z'));
      await store.markItem('feed', 'guid:old', 'old', new Date('2026-10-01T00:00:00Z'));
      expect(await store.prune(30, new Date('2026-12-10T00:00:00Z'))).toEqual({ textDropped: 2, forgotten: 1 });
      expect(await store.get('old')).toBeUndefined();
      expect(await store.hasItem('feed', 'guid:old')).toBe(false);
      expect((await store.get('mid'))?.paragraphs).toEqual([]);
      expect((await store.get('new'))?.paragraphs).toEqual(['Body of new.', 'Second paragraph.']);
      expect(await store.recent(new Date('2026-11-01T00:00:00Z'))).toMatchObject([{ id: 'new' }]);
    });
  });

  describe('feed poll leases', () => {
    const at = (iso: string): Date => new Date(iso);

    it('gives a due feed to exactly one of the instances asking at once', async () => {
      const { store, another } = await start();
      const stores = [store, await another(), await another()];
      const won = await Promise.all(stores.map((s, i) => s.claimFeedPoll('harbour', `i${i}`, at('2026-11-23T09:00:00Z'), 120_000)));
      expect(won.filter(Boolean)).toHaveLength(1);
      // Other feeds are other leases.
      expect(await store.claimFeedPoll('ledger', 'i0', at('2026-11-23T09:00:00Z'), 120_000)).toBe(true);
    });

    it('not again while the lease runs, nor before the poll next due; again once both have passed', async () => {
      const { store } = await start();
      expect(await store.claimFeedPoll('harbour', 'a', at('2026-11-23T09:00:00Z'), 120_000)).toBe(true);
      expect(await store.claimFeedPoll('harbour', 'b', at('2026-11-23T09:01:59Z'), 120_000)).toBe(false);
      expect(await store.claimFeedPoll('harbour', 'a', at('2026-11-23T09:01:59Z'), 120_000)).toBe(false);
      // The poll ends: the next one is due at 09:15.
      await store.saveFeedState({ feedId: 'harbour', url: 'https://h.example/atom.xml', nextPollAt: '2026-11-23T09:15:00.000Z', lastStatus: '200' });
      expect(await store.claimFeedPoll('harbour', 'b', at('2026-11-23T09:05:00Z'), 120_000)).toBe(false);
      expect(await store.claimFeedPoll('harbour', 'b', at('2026-11-23T09:15:00Z'), 120_000)).toBe(true);
      expect(await store.claimFeedPoll('harbour', 'a', at('2026-11-23T09:15:00Z'), 120_000)).toBe(false);
    });

    it('takes over the lease of a poller that died once it ends', async () => {
      const { store, another } = await start();
      expect(await store.claimFeedPoll('harbour', 'dead', at('2026-11-23T09:00:00Z'), 120_000)).toBe(true);
      const other = await another();
      expect(await other.claimFeedPoll('harbour', 'b', at('2026-11-23T09:01:00Z'), 120_000)).toBe(false);
      expect(await other.claimFeedPoll('harbour', 'b', at('2026-11-23T09:02:00Z'), 120_000)).toBe(true);
    });
  });
}
