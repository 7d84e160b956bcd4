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

describe('parseFeed: shapes real feeds have', () => {
  it('reads a feed with blank lines before the XML declaration', () => {
    const xml = fixture('leading-newline.xml');
    expect(xml.startsWith('\n\n<?xml')).toBe(true);
    const feed = parseFeed(xml);
    expect(feed.title).toBe('Quayside Post');
    expect(feed.items).toEqual([
      {
        key: 'guid:qp-1',
        title: 'Pier lights repaired',
        link: 'https://quayside.example/pier-lights',
        published: '2026-11-23T06:30:00.000Z',
        contentHtml: 'The pier lights work again.',
      },
    ]);
  });

  it('still reports the line of an error counted from the top of the file, blank lines included', () => {
    expect(() => parseFeed(`\n\n${fixture('malformed.xml')}`)).toThrow(/^not well-formed XML \(line 10, column \d+\)/);
  });

  it('resolves relative links against the feed URL and drops links that are not http(s)', () => {
    const feed = parseFeed(fixture('relative-links.xml'), 'https://millbrook.example/feeds/main/rss.xml');
    expect(feed.link).toBe('https://millbrook.example/');
    expect(feed.items.map((i) => [i.key, i.link ?? null])).toEqual([
      ['link:https://millbrook.example/feeds/news/mill-reopens', 'https://millbrook.example/feeds/news/mill-reopens'],
      ['link:https://millbrook.example/news/weir', 'https://millbrook.example/news/weir'],
      ['guid:mh-3', null],
    ]);
  });

  it('resolves Atom links through xml:base on the feed, the entry and the link itself', () => {
    const feed = parseFeed(fixture('xml-base.xml'), 'https://fernvale.example/atom.xml');
    expect(feed.link).toBe('https://static.fernvale.example/blog/');
    expect(feed.items.map((i) => i.link)).toEqual([
      'https://static.fernvale.example/blog/2026/11/orchard-survey.html',
      'https://static.fernvale.example/blog/bees.html',
      'https://law.fernvale.example/hedges',
    ]);
  });

  it('decodes entities and drops tags and script text in the feed title and item titles alike', () => {
    const feed = parseFeed(fixture('entity-titles.xml'));
    expect(feed.title).toBe('Café & Harbour Weekly');
    expect(feed.items.map((i) => i.title)).toEqual(['Ferry fares – what changes', 'Rock & roll returns to the pier']);
  });

  it('decodes numeric character references in links (WordPress writes &#038;)', () => {
    const feed = parseFeed(fixture('wordpress-links.xml'));
    expect(feed.link).toBe('https://brookside.example/?lang=en');
    expect(feed.items.map((i) => i.link)).toEqual(['https://brookside.example/?p=120&lang=en', 'https://brookside.example/?p=121&lang=en']);
  });

  it('keeps Atom xhtml content and titles as markup, without the wrapping div', () => {
    const feed = parseFeed(fixture('atom-xhtml.xml'));
    expect(feed.title).toBe('Riverside Gazette');
    expect(feed.items.map((i) => [i.title, i.contentHtml])).toEqual([
      [
        'Lock gates replaced & tested',
        '<p>The lock gates were <em>replaced</em> over the weekend &amp; tested on Monday.</p>\n        <p>Boats can pass again.</p>',
      ],
      ['Towpath closed', '<p>The towpath is closed for <strong>two</strong> weeks.</p>'],
    ]);
    const article = itemToArticle(feed.items[0]!, { slug: 'riverside' });
    expect(article?.paragraphs).toEqual(['The lock gates were replaced over the weekend & tested on Monday.', 'Boats can pass again.']);
  });

  it('keeps HTML a producer wrote inline, unescaped, in an RSS description and title', () => {
    const feed = parseFeed(fixture('inline-markup.xml'));
    expect(feed.items[0]!.title).toBe('Mast approved');
    expect(feed.items[0]!.contentHtml).toBe('<p>The phone mast was <strong>approved</strong> on Friday.</p><p>Work starts in May.</p>');
    expect(itemToArticle(feed.items[0]!, { slug: 'hilltop' })?.paragraphs).toEqual(['The phone mast was approved on Friday.', 'Work starts in May.']);
  });

  it('reads Atom 0.3: issued/modified dates, escaped, base64 and inline xml content', () => {
    const feed = parseFeed(fixture('atom03.xml'));
    expect(feed.format).toBe('atom');
    expect(feed.title).toBe('Tidewater Log');
    expect(feed.link).toBe('https://tidewater.example/');
    expect(feed.items).toEqual([
      {
        key: 'guid:tag:tidewater.example,2026:1',
        title: 'High tide warning',
        link: 'https://tidewater.example/high-tide',
        published: '2026-11-23T07:00:00.000Z',
        // Issued at 08:00 +01:00: the newsroom's own day travels with the instant.
        publishedDay: '2026-11-23',
        author: 'Noor Haddad',
        contentHtml: '<p>A high tide is expected <b>tonight</b>.</p>',
      },
      {
        key: 'guid:tag:tidewater.example,2026:2',
        title: 'Tide tables',
        link: 'https://tidewater.example/tables',
        published: '2026-11-22T10:00:00.000Z',
        contentHtml: '<p>Tide tables are printed <b>weekly</b>.</p>',
      },
      {
        key: 'guid:tag:tidewater.example,2026:3',
        title: 'Harbour master retires',
        link: 'https://tidewater.example/retires',
        published: '2026-11-21T10:00:00.000Z',
        contentHtml: '<p>After 30 years, the harbour master retires.</p>',
      },
    ]);
  });

  it('reads RSS 1.0 elements written with a prefix (rss:item, DC:date)', () => {
    const feed = parseFeed(fixture('prefixed-rdf.xml'));
    expect(feed.format).toBe('rdf');
    expect(feed.title).toBe('North Shore Bulletin');
    expect(feed.link).toBe('https://northshore.example/');
    expect(feed.items).toEqual([
      {
        key: 'guid:https://northshore.example/a/ferry',
        title: 'Night ferry returns',
        link: 'https://northshore.example/a/ferry',
        published: '2026-11-23T06:30:00.000Z',
        author: 'Ines Duarte',
        contentHtml: 'The night ferry returns in spring.',
      },
    ]);
  });

  it('reads an Atom feed whose elements carry a prefix', () => {
    const feed = parseFeed(fixture('prefixed-atom.xml'));
    expect(feed.format).toBe('atom');
    expect(feed.title).toBe('Southgate Record');
    expect(feed.items).toEqual([
      {
        key: 'guid:tag:southgate.example,2026:1',
        title: 'Market hall sold',
        link: 'https://southgate.example/market-hall',
        published: '2026-11-23T07:00:00.000Z',
        author: 'Pia Lund',
        contentHtml: '<p>The market hall was sold to the town.</p>',
      },
    ]);
  });

  it('falls back to dc:title and dcterms dates, creator and abstract, whatever their prefix', () => {
    const feed = parseFeed(fixture('dublin-core.xml'));
    expect(feed.title).toBe('Valley Almanac');
    expect(feed.items).toEqual([
      {
        key: 'link:https://almanac.example/frost',
        title: 'Frost expected',
        link: 'https://almanac.example/frost',
        published: '2026-11-23T06:30:00.000Z',
        author: 'Odile Marchand',
        contentHtml: 'Frost is expected in the valley tonight.',
      },
      {
        key: 'link:https://almanac.example/snow',
        title: 'Snow chains advised',
        link: 'https://almanac.example/snow',
        published: '2026-11-22T17:00:00.000Z',
        publishedDay: '2026-11-22',
        contentHtml: 'Drivers should carry snow chains.',
      },
    ]);
  });

  it('takes a permalink guid as the link when there is no <link>, never an isPermaLink="false" one or a bare id', () => {
    const feed = parseFeed(fixture('guid-permalink.xml'));
    expect(feed.items.map((i) => [i.key, i.link ?? null])).toEqual([
      ['guid:https://eastbank.example/2026/toll?utm_source=rss', 'https://eastbank.example/2026/toll'],
      ['guid:https://eastbank.example/2026/school-roof', 'https://eastbank.example/2026/school-roof'],
      ['guid:https://eastbank.example/internal/991', null],
      ['guid:eastbank-992', null],
    ]);
  });

  it('recovers from a stray & or < in one item and keeps every item', () => {
    const feed = parseFeed(fixture('stray-ampersand.xml'));
    expect(feed.items.map((i) => [i.title, i.link, i.contentHtml])).toEqual([
      ['Oyster season opens', 'https://saltmarsh.example/oysters', 'The oyster season opens on Monday.'],
      ['Fish & Chips shop wins award', 'https://saltmarsh.example/search?q=fish&page=2', 'Prices rose 3% & queues < 10 minutes & more.'],
      ['Sea wall repaired', 'https://saltmarsh.example/sea-wall', '<p>Repairs cost &pound;2m & took a year.</p>'],
    ]);
    expect(itemToArticle(feed.items[2]!, { slug: 'saltmarsh' })?.paragraphs).toEqual(['Repairs cost £2m & took a year.']);
  });

  it('cuts out one item that is not well-formed, keeps the others and says which item and why', () => {
    const feed = parseFeed(fixture('broken-item.xml'));
    expect(feed.title).toBe('Cliffside Courier');
    expect(feed.items.map((i) => [i.title, i.link])).toEqual([
      ['Lifeboat launched', 'https://cliffside.example/lifeboat'],
      ['Lighthouse open day', 'https://cliffside.example/lighthouse'],
    ]);
    expect(feed.skipped).toEqual([
      { title: 'Cliff path & steps', reason: "item is not well-formed XML (line 15): Expected closing tag 'b' instead of closing tag 'description'." },
    ]);
  });

  it('reads dates with zone names, and dates without a zone as UTC', () => {
    const feed = parseFeed(fixture('zone-dates.xml'));
    expect(feed.items.map((i) => [i.title, i.published])).toEqual([
      ['Summer item', '2026-07-01T06:30:00.000Z'],
      ['Winter item', '2026-11-23T06:30:00.000Z'],
      ['Pacific item', '2026-07-02T06:30:00.000Z'],
      ['No zone', '2026-11-23T06:30:00.000Z'],
      ['No zone, RFC 822', '2026-11-23T06:30:00.000Z'],
    ]);
  });

  it('sniffs feeds whose root element carries a prefix', () => {
    expect(looksLikeFeed(fixture('prefixed-atom.xml'))).toBe(true);
    expect(looksLikeFeed(fixture('leading-newline.xml'))).toBe(true);
  });
});

describe('parseFeed: the publisher\'s day beside the instant', () => {
  const rss = (pubDate: string) =>
    `<?xml version="1.0"?><rss version="2.0"><channel><title>Fenmoor Post</title><item><guid>fp-1</guid><title>Sluice gates shut</title><pubDate>${pubDate}</pubDate><description>The sluice gates were shut yesterday.</description></item></channel></rss>`;

  it('keeps the calendar day of a date in the newsroom\'s own zone, the next day in UTC', () => {
    const [item] = parseFeed(rss('Tue, 03 Mar 2026 21:30:00 -0500')).items;
    expect([item!.published, item!.publishedDay]).toEqual(['2026-03-04T02:30:00.000Z', '2026-03-03']);
    expect(itemToArticle(item!, { slug: 'fenmoor' })?.publishedDay).toBe('2026-03-03');
  });

  it('gives no day for a date in GMT: the newsroom could be anywhere', () => {
    const [item] = parseFeed(rss('Wed, 04 Mar 2026 02:30:00 GMT')).items;
    expect([item!.published, item!.publishedDay]).toEqual(['2026-03-04T02:30:00.000Z', undefined]);
  });
});
