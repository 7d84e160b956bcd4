import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startLiveStories } from '../../src/app/live-stories.js';
import { BriefingLibrary } from '../../src/stories/library.js';
import { createLogger } from '../../src/logging/logger.js';
import { feedsSchema } from '../../src/settings/feeds.js';
import { ArticleStore } from '../../src/store/articles.js';
import { openDatabase, type Db } from '../../src/store/database.js';
import { storyFixture } from '../stories/story-fixtures.js';
import { serve, startWebServer, type WebServer } from '../stand-ins/web-server.js';

let server: WebServer;
let dir: string;
let db: Db;
let logs: Array<Record<string, unknown>>;
const clock = { now: () => new Date('2026-11-23T18:00:00Z') };

function logger() {
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) logs.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return createLogger('debug', sink);
}

function settings() {
  return {
    feeds: feedsSchema.parse({
      fetch: { allowAddresses: ['127.0.0.1'], contact: 'mailto:desk@example.org', timeoutSeconds: 2 },
      feeds: [
        { id: 'courier', url: server.url('/courier/rss.xml'), publisher: 'Calder Courier' },
        // Its item pages answer 404: the feed's own text is used instead.
        { id: 'harbour', url: server.url('/harbour/atom.xml') },
        { id: 'evening', url: server.url('/evening/rss.rdf'), publisher: 'Evening Post', readPages: false },
        { id: 'ledger', url: server.url('/ledger/rss.xml'), publisher: 'Daily Ledger', readPages: false },
      ],
    }),
  };
}

let ledgerXml: string;

beforeEach(async () => {
  logs = [];
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-live-'));
  db = openDatabase(join(dir, 'news.db'));
  server = await startWebServer();
  const origin = server.origin;
  ledgerXml = storyFixture('ledger.xml', origin);
  server.route('/courier/rss.xml', (req, res) => {
    if (req.headers['if-none-match'] === '"courier-1"') {
      res.statusCode = 304;
      res.end();
      return;
    }
    serve(storyFixture('courier.xml', origin), 'application/rss+xml', { etag: '"courier-1"' })(req, res);
  });
  server.route('/courier/bridge-shut', serve(storyFixture('courier-bridge-shut.html', origin), 'text/html'));
  server.route('/harbour/atom.xml', serve(storyFixture('harbour.xml', origin), 'application/atom+xml'));
  server.route('/evening/rss.rdf', serve(storyFixture('evening.xml', origin), 'application/rdf+xml'));
  server.route('/ledger/rss.xml', (req, res) => serve(ledgerXml, 'application/rss+xml')(req, res));
});

afterEach(async () => {
  await server.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const summary = (library: BriefingLibrary) =>
  library.list().map((e) => ({ title: e.title, sources: e.briefing.sources.map((s) => s.publisher), sourceCount: e.sourceCount, updated: e.updated }));

const EXPECTED = [
  {
    title: 'Okafor takes first World Cup sprint win in Lillehammer',
    sources: ['Harbour Times', 'Daily Ledger'],
    sourceCount: 2,
    updated: '2026-11-23T14:10:00.000Z',
  },
  {
    title: "Varga's budget bets on a tram for Port Calder",
    sources: ['Calder Courier', 'Harbour Times'],
    sourceCount: 2,
    updated: '2026-11-23T12:30:00.000Z',
  },
  {
    title: 'Harbour bridge shut after engineers find cracks',
    sources: ['Calder Courier', 'Harbour Times', 'Evening Post', 'Daily Ledger'],
    sourceCount: 3,
    updated: '2026-11-23T09:30:00.000Z',
  },
];

describe('startLiveStories', () => {
  it('polls the feeds, reads pages (falling back to feed text), and puts three stories in the library', async () => {
    const library = new BriefingLibrary();
    const live = startLiveStories({ settings: settings(), library, articles: new ArticleStore(db), logger: logger(), clock, autoPoll: false });
    await live.pollAll();
    await live.stop();
    const list = summary(library);
    expect(list).toEqual(EXPECTED);
    expect(library.list().map((e) => e.id)).toEqual([
      expect.stringMatching(/^[a-z0-9-]+-[0-9a-z]{4}$/),
      expect.stringMatching(/^[a-z0-9-]+-[0-9a-z]{4}$/),
      expect.stringMatching(/^[a-z0-9-]+-[0-9a-z]{4}$/),
    ]);
    expect(server.hits('/courier/bridge-shut')).toBe(1);
    expect(server.hits('/harbour/cracks-close-bridge')).toBe(1);
    // When each source was first read, for scheduled posts that count a late-read article as news from then.
    expect(library.list().map((e) => e.firstSeen)).toEqual(
      library.list().map((e) => Object.fromEntries(e.briefing.sources.map((s) => [s.id, '2026-11-23T18:00:00.000Z']))),
    );
    const bridge = library.list()[2]!;
    expect(bridge.briefing.sources.find((s) => s.publisher === 'Calder Courier')?.url).toBe(`${server.origin}/courier/bridge-shut`);
    expect(logs.some((l) => l.msg === 'page not read: using the feed text' && l.feed === 'harbour')).toBe(true);
    const ua = server.requests.find((r) => r.path === '/courier/rss.xml')!.headers['user-agent'];
    expect(ua).toBe('newsbrief/0.1 (news-briefing bot; +mailto:desk@example.org)');
  });

  it('reads nothing twice: a second poll sends validators, gets 304 or known items, and fetches no page', async () => {
    const library = new BriefingLibrary();
    const live = startLiveStories({ settings: settings(), library, articles: new ArticleStore(db), logger: logger(), clock, autoPoll: false });
    await live.pollAll();
    const before = { pages: server.hits('/courier/bridge-shut'), stored: await new ArticleStore(db).count(), stories: summary(library) };
    await live.pollAll();
    await live.stop();
    const courierPolls = server.requests.filter((r) => r.path === '/courier/rss.xml');
    expect(courierPolls.map((r) => r.headers['if-none-match'] ?? null)).toEqual([null, '"courier-1"']);
    expect(server.hits('/courier/bridge-shut')).toBe(before.pages);
    expect(await new ArticleStore(db).count()).toBe(before.stored);
    expect(summary(library)).toEqual(before.stories);
    expect(logs.filter((l) => l.msg === 'feed polled' && l.added === 0).map((l) => l.feed).sort()).toEqual(['evening', 'harbour', 'ledger']);
  });

  it('rebuilds the same stories from the database after a restart without fetching anything', async () => {
    const first = new BriefingLibrary();
    const live = startLiveStories({ settings: settings(), library: first, articles: new ArticleStore(db), logger: logger(), clock, autoPoll: false });
    await live.pollAll();
    await live.stop();
    db.close();
    db = openDatabase(join(dir, 'news.db'));
    const requests = server.requests.length;
    const second = new BriefingLibrary();
    // Normal start: every feed's next poll is 15 minutes away, so nothing is fetched now.
    const again = startLiveStories({ settings: settings(), library: second, articles: new ArticleStore(db), logger: logger(), clock });
    await again.ready;
    await new Promise((resolve) => setTimeout(resolve, 100));
    await again.stop();
    expect(server.requests.length).toBe(requests);
    expect(second.list().map((e) => [e.id, e.title, e.sourceCount])).toEqual(first.list().map((e) => [e.id, e.title, e.sourceCount]));
  });

  it('treats an edited item (same guid, new date and text) as already read', async () => {
    const library = new BriefingLibrary();
    const live = startLiveStories({ settings: settings(), library, articles: new ArticleStore(db), logger: logger(), clock, autoPoll: false });
    await live.pollAll();
    const stored = await new ArticleStore(db).count();
    ledgerXml = ledgerXml
      .replace('Mon, 23 Nov 2026 14:10:00 GMT', 'Mon, 23 Nov 2026 15:45:00 GMT')
      .replace('Her coach said', 'Her coach, speaking later, said');
    await live.pollAll();
    await live.stop();
    expect(await new ArticleStore(db).count()).toBe(stored);
    expect(summary(library).map((s) => s.updated)).toEqual(EXPECTED.map((e) => e.updated));
  });

  it('keeps polling a feed that breaks, and waits as long as Retry-After asks', async () => {
    server.route('/ledger/rss.xml', (_req, res) => {
      res.statusCode = 503;
      res.setHeader('retry-after', '7200');
      res.end();
    });
    server.route('/evening/rss.rdf', serve('<rss><channel><item></channel></rss>', 'application/rss+xml'));
    const library = new BriefingLibrary();
    const live = startLiveStories({ settings: settings(), library, articles: new ArticleStore(db), logger: logger(), clock, autoPoll: false });
    await live.pollAll();
    await live.stop();
    const store = new ArticleStore(db);
    expect((await store.feedState('ledger'))?.nextPollAt).toBe('2026-11-23T20:00:00.000Z');
    expect((await store.feedState('courier'))?.nextPollAt).toBe('2026-11-23T18:15:00.000Z');
    expect((await store.feedState('evening'))?.lastStatus).toMatch(/^error: not well-formed XML/);
    expect(logs.filter((l) => l.msg === 'feed not read').map((l) => l.feed).sort()).toEqual(['evening', 'ledger']);
    expect(library.list().map((e) => e.briefing.sources.length)).toEqual([1, 2, 2]);
  });

  it('polls on its own schedule when started normally', async () => {
    const library = new BriefingLibrary();
    const live = startLiveStories({ settings: settings(), library, articles: new ArticleStore(db), logger: logger(), clock });
    await vi.waitFor(() => expect(library.size).toBe(3), { timeout: 10_000, interval: 50 });
    await live.stop();
    expect(server.hits('/courier/rss.xml')).toBe(1);
  });

  it('two instances on one database poll each feed once, and both end up with every story', async () => {
    const otherDb = openDatabase(join(dir, 'news.db'));
    try {
      const libraries = [new BriefingLibrary(), new BriefingLibrary()];
      const instances = [db, otherDb].map((handle, i) =>
        startLiveStories({ settings: settings(), library: libraries[i]!, articles: new ArticleStore(handle), logger: logger(), clock, owner: `instance-${i}`, recheckMs: 20 }),
      );
      // Each library takes in what the other instance stored, at its next look at the feeds it did not poll.
      await vi.waitFor(() => expect(libraries.map(summary)).toEqual([EXPECTED, EXPECTED]), { timeout: 10_000, interval: 50 });
      await Promise.all(instances.map((live) => live.stop()));
      expect(['/courier/rss.xml', '/harbour/atom.xml', '/evening/rss.rdf', '/ledger/rss.xml', '/courier/bridge-shut'].map((path) => server.hits(path))).toEqual([1, 1, 1, 1, 1]);
      expect(libraries.map((l) => l.list().map((e) => e.id))).toEqual([libraries[0]!.list().map((e) => e.id), libraries[0]!.list().map((e) => e.id)]);
    } finally {
      otherDb.close();
    }
  });

  it('reads at most 50 new items of a feed per poll, and the rest at the next one', async () => {
    const items = Array.from(
      { length: 60 },
      (_, i) =>
        `<item><title>Notice ${i + 1}</title><link>${server.origin}/notices/${i + 1}</link><guid>n-${i + 1}</guid><pubDate>Mon, 23 Nov 2026 10:00:00 GMT</pubDate><description>Harbour notice number ${i + 1} about berth ${i + 1}.</description></item>`,
    );
    server.route('/notices.xml', serve(`<?xml version="1.0"?><rss version="2.0"><channel><title>Notices</title>${items.join('')}</channel></rss>`, 'application/rss+xml', { etag: '"n1"' }));
    const config = { feeds: feedsSchema.parse({ fetch: { allowAddresses: ['127.0.0.1'] }, feeds: [{ id: 'notices', url: server.url('/notices.xml'), readPages: false }] }) };
    const live = startLiveStories({ settings: config, library: new BriefingLibrary(), articles: new ArticleStore(db), logger: logger(), clock, autoPoll: false });
    await live.pollAll();
    expect(await new ArticleStore(db).count()).toBe(50);
    await live.pollAll();
    await live.stop();
    expect(await new ArticleStore(db).count()).toBe(60);
    expect(server.requests.filter((r) => r.path === '/notices.xml').map((r) => r.headers['if-none-match'] ?? null)).toEqual([null, null]);
  });

  it('reads a page with no article text once: the feed text stands in, or the item is skipped with the reason', async () => {
    const fixture = (name: string) => readFileSync(new URL(`../fixtures/web/pages/${name}`, import.meta.url));
    const item = (id: string, path: string, text = '') =>
      `<item><title>Notice ${id}</title><link>${server.origin}${path}</link><guid>${id}</guid><pubDate>Mon, 23 Nov 2026 10:00:00 GMT</pubDate>${text ? `<description>${text}</description>` : ''}</item>`;
    server.route('/notices.xml', serve(`<?xml version="1.0"?><rss version="2.0"><channel><title>Notices</title>${item('a', '/pages/empty')}${item('b', '/pages/photo')}${item('c', '/pages/blank', 'Berth four closes for repairs on Monday.')}</channel></rss>`, 'application/rss+xml'));
    server.route('/pages/empty', serve(fixture('empty.html'), 'text/html'));
    server.route('/pages/photo', serve(fixture('binary-image.png'), 'text/html'));
    server.route('/pages/blank', serve(fixture('empty.html'), 'text/html'));
    const config = { feeds: feedsSchema.parse({ fetch: { allowAddresses: ['127.0.0.1'] }, feeds: [{ id: 'notices', url: server.url('/notices.xml') }] }) };
    const live = startLiveStories({ settings: config, library: new BriefingLibrary(), articles: new ArticleStore(db), logger: logger(), clock, autoPoll: false });
    await live.pollAll();
    await live.pollAll();
    await live.stop();
    expect(['/pages/empty', '/pages/photo', '/pages/blank'].map((path) => server.hits(path))).toEqual([1, 1, 1]);
    expect((await new ArticleStore(db).recent(new Date(0))).map((a) => [a.title, a.paragraphs])).toEqual([['Notice c', ['Berth four closes for repairs on Monday.']]]);
    expect(logs.filter((l) => l.msg === 'feed item skipped').map((l) => l.reason)).toEqual([
      `no article text at ${server.origin}/pages/empty and the feed item has no text`,
      `no article text at ${server.origin}/pages/photo and the feed item has no text`,
    ]);
    expect(logs.some((l) => l.msg === 'feed item not read: will try again next poll')).toBe(false);
  });

  it('keeps what a story’s briefing left out with the story, so chat answers about it can say so', async () => {
    const item = (id: string, title: string, text: string) =>
      `<item><title>${title}</title><link>${server.origin}/quay/${id}</link><guid>${id}</guid><pubDate>Mon, 23 Nov 2026 10:00:00 GMT</pubDate><description>${text}</description></item>`;
    server.route('/quay.xml', serve(`<?xml version="1.0"?><rss version="2.0"><channel><title>Quay News</title>${item('full', 'Quay wall repairs close berth four', 'Berth four at the north quay closed on Monday for repairs to its quay wall, the harbour authority said.')}${item('furniture', 'Quay wall repairs close berth four', 'Share this article')}</channel></rss>`, 'application/rss+xml'));
    const config = { feeds: feedsSchema.parse({ fetch: { allowAddresses: ['127.0.0.1'] }, feeds: [{ id: 'quay', url: server.url('/quay.xml'), readPages: false }] }) };
    const library = new BriefingLibrary();
    const live = startLiveStories({ settings: config, library, articles: new ArticleStore(db), logger: logger(), clock, autoPoll: false });
    await live.pollAll();
    await live.ready;
    await live.stop();
    expect(library.list().map((e) => [e.briefing.sources.length, e.leftOut])).toEqual([
      [1, [{ source: `${server.origin}/quay/furniture`, reason: 'no body text after removing boilerplate' }]],
    ]);
  });

  it('starts no page fetch once the poll budget is spent, and fetches those pages at the next poll', async () => {
    // The page of the first item takes the clock past the budget: the other two wait for the next poll.
    let nowMs = Date.parse('2026-11-23T18:00:00Z');
    const moving = { now: () => new Date(nowMs) };
    const items = [1, 2, 3].map(
      (i) =>
        `<item><title>Berth ${i} reopens</title><link>${server.origin}/berths/${i}</link><guid>b-${i}</guid><pubDate>Mon, 23 Nov 2026 10:00:00 GMT</pubDate><description>Berth ${i} reopened on Monday after repairs to its quay wall.</description></item>`,
    );
    server.route('/berths.xml', serve(`<?xml version="1.0"?><rss version="2.0"><channel><title>Berths</title>${items.join('')}</channel></rss>`, 'application/rss+xml', { etag: '"b1"' }));
    const page = serve('<html><body><p>Berth notice.</p></body></html>', 'text/html');
    server.route('/berths/1', (req, res) => {
      nowMs += 61_000;
      page(req, res);
    });
    server.route('/berths/2', page);
    server.route('/berths/3', page);
    const config = { feeds: feedsSchema.parse({ fetch: { allowAddresses: ['127.0.0.1'], pollBudgetSeconds: 60 }, feeds: [{ id: 'berths', url: server.url('/berths.xml') }] }) };
    const live = startLiveStories({ settings: config, library: new BriefingLibrary(), articles: new ArticleStore(db), logger: logger(), clock: moving, autoPoll: false });
    await live.pollAll();
    expect([1, 2, 3].map((i) => server.hits(`/berths/${i}`))).toEqual([1, 0, 0]);
    expect(await new ArticleStore(db).count()).toBe(1);
    expect(logs.filter((l) => l.msg === 'poll budget spent: the remaining pages wait for the next poll').map((l) => [l.feed, l.pages, l.budgetSeconds])).toEqual([['berths', 2, 60]]);
    await live.pollAll();
    await live.stop();
    expect([1, 2, 3].map((i) => server.hits(`/berths/${i}`))).toEqual([1, 1, 1]);
    expect(await new ArticleStore(db).count()).toBe(3);
    expect(server.requests.filter((r) => r.path === '/berths.xml').map((r) => r.headers['if-none-match'] ?? null)).toEqual([null, null]);
  });

  it('tries a page again at the next poll when it timed out and the feed has no text to fall back on', async () => {
    let pageUp = false;
    server.route('/teasers.xml', serve(`<?xml version="1.0"?><rss version="2.0"><channel><title>Teasers</title><item><title>Harbour bridge shut after engineers find cracks</title><link>${server.origin}/teasers/bridge</link><guid>t-1</guid></item></channel></rss>`, 'application/rss+xml'));
    server.route('/teasers/bridge', (req, res) => {
      if (pageUp) serve(storyFixture('courier-bridge-shut.html', server.origin), 'text/html')(req, res);
      // else: never answers
    });
    const config = { feeds: feedsSchema.parse({ fetch: { allowAddresses: ['127.0.0.1'], timeoutSeconds: 0.3 }, feeds: [{ id: 'teasers', url: server.url('/teasers.xml') }] }) };
    const live = startLiveStories({ settings: config, library: new BriefingLibrary(), articles: new ArticleStore(db), logger: logger(), clock, autoPoll: false });
    await live.pollAll();
    expect(await new ArticleStore(db).count()).toBe(0);
    expect(logs.some((l) => l.msg === 'feed item not read: will try again next poll')).toBe(true);
    pageUp = true;
    await live.pollAll();
    await live.stop();
    expect((await new ArticleStore(db).recent(new Date(0))).map((a) => [a.title, a.publisher])).toEqual([['Harbour bridge shut after engineers find cracks', 'Calder Courier']]);
  });
});
