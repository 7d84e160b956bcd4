import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError } from '../../../src/sources/fetch/fetch-error.js';
import { prepareFetchOptions, type Resolver } from '../../../src/sources/fetch/fetch-options.js';
import { NoArticleTextError, readUrl } from '../../../src/sources/read-url.js';
import { readWebArticle } from '../../../src/sources/web-article.js';
import { serve, startWebServer, type WebServer } from '../../stand-ins/web-server.js';

const page = (name: string) => readFileSync(new URL(`../../fixtures/web/pages/${name}`, import.meta.url), 'utf8');
const bytes = (name: string) => readFileSync(new URL(`../../fixtures/web/pages/${name}`, import.meta.url));
const feed = (name: string) => readFileSync(new URL(`../../fixtures/web/feeds/${name}`, import.meta.url), 'utf8');

describe('readWebArticle', () => {
  it('reads a clean page: title, byline, publisher, time, canonical URL and the body paragraphs', () => {
    const article = readWebArticle(page('clean.html'), 'https://courier.example/news/bridge-shut?utm_medium=social');
    expect(article).toEqual({
      id: 'courier-example-' + article!.id.split('-').at(-1),
      title: 'Harbour bridge shut after engineers find cracks',
      paragraphs: [
        'The Saltmarsh Bridge in Port Calder was closed to all traffic on Monday morning after engineers found cracks in two of its steel supports during a routine inspection.',
        'Mayor Elena Varga said the closure would last "at least three weeks" while specialists assess the damage. About 18,000 vehicles cross the bridge on a typical weekday.',
        '"Nobody crosses that bridge until I am certain it is safe," Varga told reporters outside the town hall.',
        'Extra ferries will run between the north and south quays from Tuesday, the harbour authority said.',
      ],
      publisher: 'Calder Courier',
      byline: 'Tomas Reyes',
      url: 'https://courier.example/news/bridge-shut',
      published: '2026-11-23T07:15:00.000Z',
    });
  });

  it('gives the same id for the same article whatever tracking the link carried', () => {
    const a = readWebArticle(page('clean.html'), 'https://courier.example/news/bridge-shut?utm_medium=social');
    const b = readWebArticle(page('clean.html'), 'https://courier.example/news/bridge-shut');
    expect(a!.id).toBe(b!.id);
    expect(a!.id).toMatch(/^courier-example-[0-9a-z]{7}$/);
  });

  it('reduces a page full of navigation, ads and widgets to the article', () => {
    const article = readWebArticle(page('cluttered.html'), 'https://harbourtimes.example/2026/11/ferries', { slug: 'harbour' });
    expect(article?.title).toBe('Ferries added as bridge stays closed');
    expect(article?.publisher).toBe('Harbour Times');
    expect(article?.published).toBe('2026-11-23T09:40:00.000Z');
    expect(article!.paragraphs).toEqual([
      'The harbour authority put four extra ferries into service on Monday after the Saltmarsh Bridge was closed, doubling crossings between the north and south quays during the morning rush.',
      'Commuters queued for up to forty minutes at the south quay, where the first boat left at 6 a.m. Several said they had not been warned the bridge would shut.',
      '"We are doing everything we can to keep the city moving," said harbour master Nils Ohlsson, who asked drivers to leave their cars at home.',
      "Engineers are expected to report on the cracked supports within a fortnight, according to the mayor's office.",
    ]);
    const all = article!.paragraphs.join('\n');
    for (const junk of ['cookies', 'Winter tyres', 'Sponsored', 'Most read', 'Share on', 'Sign up', 'Comments', 'All rights reserved']) {
      expect(all).not.toContain(junk);
    }
    expect(article!.id).toMatch(/^harbour-[0-9a-z]{7}$/);
  });

  it('finds no article on a section front', () => {
    expect(readWebArticle(page('no-article.html'), 'https://courier.example/local')).toBeNull();
  });
});

describe('readUrl', () => {
  let server: WebServer;
  let sent = 0;
  // Test sites are names for the stand-in on 127.0.0.1; every other name (the feed's items link to *.example
  // pages) is refused here, so no name ever reaches a real DNS server.
  const SITES = new Set(['127.0.0.1', 'courier.example', 'copycat.example', 'amp.harbourtimes.example']);
  const resolver: Resolver = async (hostname) => {
    if (SITES.has(hostname)) return [{ address: '127.0.0.1', family: 4 }];
    throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
  };
  const options = prepareFetchOptions({ clock: { now: () => new Date('2026-11-23T10:00:00Z') }, allowAddresses: ['127.0.0.1'], timeoutMs: 5_000, resolver });

  beforeAll(async () => {
    server = await startWebServer({
      '/news/bridge-shut': serve(page('clean.html'), 'text/html; charset=utf-8'),
      '/local': serve(page('no-article.html'), 'text/html'),
      '/empty': serve(bytes('empty.html'), 'text/html; charset=utf-8'),
      '/photo': serve(bytes('binary-image.png'), 'text/html'),
      '/2026/dredger': serve(page('spoofed-canonical.html'), 'text/html'),
      '/2026/11/dredger-sold.amp': serve(page('amp-same-site.html'), 'text/html'),
      '/report.pdf': serve(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n', 'latin1'), 'application/pdf'),
      '/rss.xml': serve(feed('rss.xml'), 'application/rss+xml'),
      '/latin1.xml': serve(
        Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Caf\u00e9 Nord</title><item><guid>1</guid><title>Cr\u00e8me br\u00fbl\u00e9e festival</title><description>The caf\u00e9 festival opens.</description></item></channel></rss>', 'latin1'),
        'application/xml',
      ),
      '/herald/feeds/cp1252.xml': serve(
        // 0x93/0x94 are windows-1252's curly double quotes; the item links are relative to the feed's URL.
        Buffer.from([
          ...Buffer.from('<?xml version="1.0"?><rss version="2.0"><channel><title>Herald</title><item><guid>h1</guid><title>Mayor says ', 'latin1'),
          0x93, ...Buffer.from('no delay', 'latin1'), 0x94,
          ...Buffer.from('</title><link>../news/no-delay</link><description>The mayor spoke on Monday about the bridge works and the detour.</description></item></channel></rss>', 'latin1'),
        ]),
        'application/rss+xml; charset=windows-1252',
      ),
      '/huge.html': async (_req, res) => {
        res.setHeader('content-type', 'text/html');
        res.write('<!doctype html><html><body><article>');
        const chunk = Buffer.alloc(256 * 1024, 'x');
        let closed = false;
        res.on('close', () => (closed = true));
        while (!closed && sent < 20 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) await new Promise((resolve) => { res.once('drain', resolve); res.once('close', resolve); });
        }
        res.end('</article></body></html>');
      },
    });
  });

  afterAll(() => server.close());

  const at = (host: string, path: string) => `http://${host}:${server.port}${path}`;

  it('reads an article page into one Article', async () => {
    const articles = await readUrl(at('courier.example', '/news/bridge-shut'), options);
    expect(articles.map((a) => [a.title, a.publisher, a.paragraphs.length, a.url])).toEqual([
      ['Harbour bridge shut after engineers find cracks', 'Calder Courier', 4, 'https://courier.example/news/bridge-shut'],
    ]);
  });

  it('reads a feed URL into its items’ articles, fetching pages only for teasers that have a page', async () => {
    const articles = await readUrl(server.url('/rss.xml'), options);
    expect(articles.map((a) => [a.title, a.paragraphs])).toEqual([
      ['Ferry timetable extended for the winter', ['The harbour ferry will keep its summer timetable until March, the operator said.', 'Crossings run every twenty minutes.']],
      ['Library opens late on Thursdays', ['The central library will stay open until nine.']],
      ['Market day moved', ['The Saturday market moves to Sunday this week.']],
    ]);
    expect(articles.every((a) => a.publisher === 'Calder Courier & Gazette')).toBe(true);
  });

  it('decodes a feed in the encoding its XML declaration names', async () => {
    const [article] = await readUrl(server.url('/latin1.xml'), options);
    expect([article!.title, article!.publisher, article!.paragraphs]).toEqual(['Crème brûlée festival', 'Café Nord', ['The café festival opens.']]);
  });

  it('reads a linked feed as scheduled feeds are read: windows-1252 quotes, links relative to the feed URL', async () => {
    const [article] = await readUrl(server.url('/herald/feeds/cp1252.xml'), options);
    expect([article!.title, article!.url]).toEqual(['Mayor says \u201cno delay\u201d', server.url('/herald/news/no-delay')]);
  });

  it('says a section front, an empty page and bytes served as text/html have no article text', async () => {
    for (const path of ['/local', '/empty', '/photo']) {
      const error = (await readUrl(server.url(path), options).catch((e: unknown) => e)) as FetchError;
      expect(error).toBeInstanceOf(NoArticleTextError);
      expect([error.code, error.message]).toEqual(['not-article', `no article text at ${server.url(path)}`]);
    }
  });

  it('shows the host a page came from when it claims another site’s canonical URL and name', async () => {
    const [article] = await readUrl(at('copycat.example', '/2026/dredger'), options);
    expect([article!.title, article!.publisher, article!.url]).toEqual(['Harbour authority sells the old dredger', 'copycat.example', at('copycat.example', '/2026/dredger')]);
  });

  it('takes the canonical URL and name of the same site (amp. page, www. canonical)', async () => {
    const [article] = await readUrl(at('amp.harbourtimes.example', '/2026/11/dredger-sold.amp'), options);
    expect([article!.publisher, article!.url]).toEqual(['Harbour Times', 'https://www.harbourtimes.example/2026/11/dredger-sold']);
  });

  it('refuses a response that is neither a page nor a feed', async () => {
    const error = (await readUrl(server.url('/report.pdf'), options).catch((e: unknown) => e)) as FetchError;
    expect([error.code, error.message]).toEqual(['not-article', 'that link is not a web page or a feed (application/pdf)']);
  });

  it('cuts a 20 MB page off at the cap', async () => {
    const error = (await readUrl(server.url('/huge.html'), options).catch((e: unknown) => e)) as FetchError;
    expect(error.code).toBe('too-large');
    expect(sent).toBeLessThan(20 * 1024 * 1024);
  });
});

describe('readWebArticle: the publisher\'s day', () => {
  const body = '<p>The Fenmoor drainage board shut the Carrow sluice gates yesterday after the river rose two metres in a day, the highest level recorded at the gauge since the floods of the winter of 2019.</p><p>Farmers on the low fields were told to move their animals to higher ground before the evening, and the board said it would open the gates again once the tide had turned.</p>';
  const withTime = (time: string) => `<html><head><title>Gates shut</title><meta property="article:published_time" content="${time}"></head><body><article><h1>Gates shut</h1>${body}</article></body></html>`;

  it('reads the day from a time in the page\'s own zone, and none from a time in UTC', () => {
    const local = readWebArticle(withTime('2026-03-03T21:30:00-05:00'), 'https://fenmoor.example/gates');
    expect([local?.published, local?.publishedDay]).toEqual(['2026-03-04T02:30:00.000Z', '2026-03-03']);
    const utc = readWebArticle(withTime('2026-03-04T02:30:00Z'), 'https://fenmoor.example/gates');
    expect([utc?.published, utc?.publishedDay]).toEqual(['2026-03-04T02:30:00.000Z', undefined]);
  });

  it('takes the feed\'s day when the page gives the same instant in UTC, not for another instant', () => {
    const hints = { published: '2026-03-04T02:30:00.000Z', publishedDay: '2026-03-03' };
    expect(readWebArticle(withTime('2026-03-04T02:30:00Z'), 'https://fenmoor.example/gates', hints)?.publishedDay).toBe('2026-03-03');
    expect(readWebArticle(withTime('2026-03-05T09:00:00Z'), 'https://fenmoor.example/gates', hints)?.publishedDay).toBeUndefined();
  });
});
