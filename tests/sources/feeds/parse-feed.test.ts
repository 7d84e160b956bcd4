import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalUrl, itemKey } from '../../../src/sources/feeds/item-id.js';
import { itemToArticle } from '../../../src/sources/feeds/item-article.js';
import { FeedParseError, looksLikeFeed, parseFeed } from '../../../src/sources/feeds/parse-feed.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/web/feeds/${name}`, import.meta.url), 'utf8');

describe('parseFeed', () => {
  it('reads RSS 2.0: guid, else link with tracking stripped, else title + date; content:encoded over description', () => {
    const feed = parseFeed(fixture('rss.xml'));
    expect(feed.format).toBe('rss');
    expect(feed.title).toBe('Calder Courier & Gazette');
    expect(feed.items).toEqual([
      {
        key: 'guid:courier-1001',
        title: 'Ferry timetable extended for the winter',
        link: 'https://courier.example/news/ferry-winter?id=7',
        published: '2026-11-23T06:30:00.000Z',
        author: 'Tomas Reyes',
        contentHtml: '<p>The harbour ferry will keep its summer timetable until March, the operator said.</p><p>Crossings run every <b>twenty</b> minutes.</p>',
      },
      {
        key: 'link:https://courier.example/news/library-late',
        title: 'Library opens late on Thursdays',
        link: 'https://courier.example/news/library-late',
        published: '2026-11-22T18:00:00.000Z',
        contentHtml: '<p>The central library will stay open until nine.</p>',
      },
      {
        key: 'title:Market day moved|2026-11-22T09:00:00.000Z',
        title: 'Market day moved',
        published: '2026-11-22T09:00:00.000Z',
        contentHtml: 'The Saturday market moves to Sunday this week.',
      },
    ]);
    expect(feed.skipped).toEqual([]);
  });

  it('reads Atom: the alternate link, html titles as text, text content kept as text', () => {
    const feed = parseFeed(fixture('atom.xml'));
    expect(feed.format).toBe('atom');
    expect(feed.title).toBe('Harbour Times');
    expect(feed.items).toEqual([
      {
        key: 'guid:tag:harbourtimes.example,2026:55',
        title: 'Tram plans unveiled',
        link: 'https://harbourtimes.example/2026/11/tram-plans',
        published: '2026-11-23T07:00:00.000Z',
        author: 'Aiko Brandt',
        contentHtml: '<p>The council published its tram plans.</p><p>Work could start in spring.</p>',
      },
      {
        key: 'guid:tag:harbourtimes.example,2026:56',
        title: 'Plain text entry',
        link: 'https://harbourtimes.example/2026/11/plain',
        published: '2026-11-22T12:00:00.000Z',
        contentHtml: 'Fish prices rose 3% &lt;b>this week&lt;/b>.',
      },
    ]);
    const article = itemToArticle(feed.items[1]!, { slug: 'harbour', publisher: 'Harbour Times' });
    expect(article?.paragraphs).toEqual(['Fish prices rose 3% <b>this week</b>.']);
  });

  it('reads RDF (RSS 1.0) with dc:date and rdf:about ids', () => {
    const feed = parseFeed(fixture('rdf.xml'));
    expect(feed.format).toBe('rdf');
    expect(feed.items.map((i) => [i.key, i.link, i.published, i.author ?? null])).toEqual([
      ['guid:https://ledger.example/a/1', 'https://ledger.example/a/1', '2026-11-23T04:45:00.000Z', 'Lena Ortiz'],
      ['guid:https://ledger.example/a/2', 'https://ledger.example/a/2', '2026-11-22T16:00:00.000Z', null],
    ]);
  });

  it('keeps the first of two items with the same guid and says why the second was dropped', () => {
    const feed = parseFeed(fixture('duplicate-guids.xml'));
    expect(feed.items.map((i) => i.title)).toEqual(['Council meets', 'Bus strike called off']);
    expect(feed.skipped).toEqual([{ title: 'Council meets (updated)', reason: 'duplicate item id guid:echo-1 in the same feed' }]);
  });

  it('refuses malformed XML with the line where it breaks', () => {
    expect(() => parseFeed(fixture('malformed.xml'))).toThrow(FeedParseError);
    expect(() => parseFeed(fixture('malformed.xml'))).toThrow(/^not well-formed XML \(line 8, column \d+\): Expected closing tag 'item'/);
  });

  it('does not expand nested DOCTYPE entities (no "billion laughs")', () => {
    const levels = ['<!ENTITY l0 "lol">'];
    for (let i = 1; i <= 9; i++) levels.push(`<!ENTITY l${i} "${`&l${i - 1};`.repeat(10)}">`);
    const xml = `<?xml version="1.0"?><!DOCTYPE rss [${levels.join('')}]><rss version="2.0"><channel><title>&l9;</title><item><guid>x</guid><title>&l9;</title><description>&l9;</description></item></channel></rss>`;
    const feed = parseFeed(xml);
    expect(feed.items[0]!.title!.length).toBeLessThan(100);
  });

  it('refuses XML that is not a feed', () => {
    expect(() => parseFeed('<?xml version="1.0"?><html><body/></html>')).toThrow('XML, but not an RSS, Atom or RDF feed');
  });

  it('sniffs feeds by their root element', () => {
    expect(looksLikeFeed(fixture('rss.xml'))).toBe(true);
    expect(looksLikeFeed(fixture('atom.xml'))).toBe(true);
    expect(looksLikeFeed(fixture('rdf.xml'))).toBe(true);
    expect(looksLikeFeed('<!doctype html><html></html>')).toBe(false);
  });
});

describe('item identity', () => {
  it('strips tracking parameters and fragments but keeps the ones that choose the article', () => {
    expect(canonicalUrl('https://News.Example/a?id=3&utm_source=x&fbclid=y&gclid=z#comments')).toBe('https://news.example/a?id=3');
    expect(canonicalUrl('https://news.example/a?utm_medium=rss')).toBe('https://news.example/a');
  });

  it('keys an edited item (same guid, new date) the same', () => {
    expect(itemKey({ guid: 'g', published: '2026-11-23T08:00:00Z' })).toBe(itemKey({ guid: 'g', published: '2026-11-23T09:30:00Z' }));
    expect(itemKey({ link: 'https://a.example/x?utm_source=a' })).toBe(itemKey({ link: 'https://a.example/x?utm_source=b' }));
    expect(itemKey({})).toBeUndefined();
  });
});
