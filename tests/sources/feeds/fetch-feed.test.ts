import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError } from '../../../src/sources/fetch/fetch-error.js';
import { prepareFetchOptions } from '../../../src/sources/fetch/fetch-options.js';
import { fetchFeed } from '../../../src/sources/feeds/fetch-feed.js';
import { FeedParseError } from '../../../src/sources/feeds/parse-feed.js';
import { redirect, serve, startWebServer, type WebServer } from '../../stand-ins/web-server.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/web/feeds/${name}`, import.meta.url), 'utf8');

/** A feed of about 2 MB: 1,500 items with long descriptions, written here rather than stored. */
function bigFeed(): string {
  const filler = 'The tide tables for the outer harbour were revised again this week. '.repeat(19);
  const items = Array.from(
    { length: 1500 },
    (_, i) => `<item><title>Tide notice ${i + 1}</title><link>https://tides.example/n/${i + 1}</link><guid>tide-${i + 1}</guid><description>${filler}</description></item>`,
  );
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Tides</title>${items.join('')}</channel></rss>`;
}

/** A one-item RSS feed whose title and description carry curly quotes and a dash. */
const quoteFeed = (declaration: string) =>
  `${declaration}<rss version="2.0"><channel><title>Lantern Press</title><item><guid isPermaLink="false">lp-1</guid>` +
  '<title>\u201cQuiet\u201d harbour \u2013 for now</title><description>Caf\u00e9 owners\u2019 view.</description></item></channel></rss>';

/** windows-1252 bytes written by hand (0x93/0x94 quotes, 0x96 dash, 0x92 apostrophe, 0xE9 é), not by the decoder under test. */
function windows1252(text: string): Buffer {
  const map: Record<string, number> = { '\u201c': 0x93, '\u201d': 0x94, '\u2013': 0x96, '\u2019': 0x92, '\u00e9': 0xe9 };
  return Buffer.from([...text].map((c) => map[c] ?? c.charCodeAt(0)));
}

/** UTF-32BE with its BOM, written by hand. */
function utf32be(text: string): Buffer {
  const out = Buffer.alloc(4 + [...text].length * 4);
  out.writeUInt32BE(0xfeff, 0);
  [...text].forEach((c, i) => out.writeUInt32BE(c.codePointAt(0)!, 4 + i * 4));
  return out;
}

const relativeFeed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Moved</title><link>./</link>
<item><title>One</title><link>stories/one</link></item></channel></rss>`;

let server: WebServer;
const big = bigFeed();
const options = prepareFetchOptions({ clock: { now: () => new Date('2026-11-23T10:00:00Z') }, allowAddresses: ['127.0.0.1'], timeoutMs: 2_000 });

beforeAll(async () => {
  server = await startWebServer({
    '/rss.xml': (req, res) => {
      if (req.headers['if-none-match'] === '"rss-1"' || req.headers['if-modified-since'] === 'Mon, 23 Nov 2026 07:00:00 GMT') {
        res.statusCode = 304;
        res.end();
        return;
      }
      serve(fixture('rss.xml'), 'application/rss+xml', { etag: '"rss-1"', 'last-modified': 'Mon, 23 Nov 2026 07:00:00 GMT' })(req, res);
    },
    '/old-feed': redirect('/rss.xml', 301),
    '/big.xml': serve(big, 'application/rss+xml'),
    '/malformed.xml': serve(fixture('malformed.xml'), 'application/xml'),
    '/cp1252-header.xml': serve(windows1252(quoteFeed('<?xml version="1.0"?>')), 'application/rss+xml; charset=windows-1252'),
    '/latin1-declared.xml': serve(windows1252(quoteFeed('<?xml version="1.0" encoding="ISO-8859-1"?>')), 'application/xml'),
    '/utf16le.xml': serve(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(quoteFeed('<?xml version="1.0" encoding="UTF-16"?>'), 'utf16le')]), 'application/xml'),
    '/utf32be.xml': serve(utf32be(quoteFeed('<?xml version="1.0" encoding="UTF-32"?>')), 'text/xml'),
    '/leading-newline.xml': serve(fixture('leading-newline.xml'), 'application/rss+xml'),
    '/old/relative': redirect('/feeds/2026/rss.xml', 301),
    '/feeds/2026/rss.xml': serve(relativeFeed, 'application/rss+xml'),
    '/slow.xml': () => {
      // Never answers.
    },
  });
});

afterAll(() => server.close());

describe('fetchFeed', () => {
  it('returns the parsed feed and its validators, then 304 when they still match', async () => {
    const first = await fetchFeed(server.url('/rss.xml'), {}, options);
    expect(first.status).toBe(200);
    if (first.status !== 200) return;
    expect(first.feed.items.map((i) => i.key)).toEqual([
      'guid:courier-1001',
      'link:https://courier.example/news/library-late',
      'title:Market day moved|2026-11-22T09:00:00.000Z',
    ]);
    expect(first.validators).toEqual({ etag: '"rss-1"', lastModified: 'Mon, 23 Nov 2026 07:00:00 GMT' });
    const second = await fetchFeed(server.url('/rss.xml'), first.validators, options);
    expect(second).toEqual({ status: 304, url: server.url('/rss.xml') });
    const sent = server.requests.filter((r) => r.path === '/rss.xml').at(-1)!;
    expect(sent.headers['if-none-match']).toBe('"rss-1"');
    expect(sent.headers['if-modified-since']).toBe('Mon, 23 Nov 2026 07:00:00 GMT');
  });

  it('follows a moved feed and reports where it ended up', async () => {
    const result = await fetchFeed(server.url('/old-feed'), {}, options);
    expect(result.url).toBe(server.url('/rss.xml'));
    expect(result.status).toBe(200);
  });

  it('reads a 2 MB feed in full (under the 5 MB cap)', async () => {
    expect(big.length).toBeGreaterThan(2_000_000);
    const result = await fetchFeed(server.url('/big.xml'), {}, options);
    if (result.status !== 200) throw new Error('expected 200');
    expect(result.feed.items.length).toBe(1500);
    expect(result.feed.items.at(-1)!.key).toBe('guid:tide-1500');
  });

  it.each(['/cp1252-header.xml', '/latin1-declared.xml', '/utf16le.xml', '/utf32be.xml'])(
    'decodes %s: windows-1252 quotes and dashes, UTF-16/32 with a BOM',
    async (path) => {
      const result = await fetchFeed(server.url(path), {}, options);
      if (result.status !== 200) throw new Error('expected 200');
      expect(result.feed.items.map((i) => [i.title, i.contentHtml])).toEqual([['\u201cQuiet\u201d harbour \u2013 for now', 'Caf\u00e9 owners\u2019 view.']]);
    },
  );

  it('reads a feed served with blank lines before the XML declaration', async () => {
    const result = await fetchFeed(server.url('/leading-newline.xml'), {}, options);
    if (result.status !== 200) throw new Error('expected 200');
    expect(result.feed.items.map((i) => i.link)).toEqual(['https://quayside.example/pier-lights']);
  });

  it('resolves relative links against the URL the feed was fetched from after redirects', async () => {
    const result = await fetchFeed(server.url('/old/relative'), {}, options);
    if (result.status !== 200) throw new Error('expected 200');
    expect(result.feed.link).toBe(server.url('/feeds/2026/'));
    expect(result.feed.items.map((i) => i.link)).toEqual([server.url('/feeds/2026/stories/one')]);
  });

  it('reports malformed XML as a FeedParseError', async () => {
    await expect(fetchFeed(server.url('/malformed.xml'), {}, options)).rejects.toBeInstanceOf(FeedParseError);
  });

  it('gives up on a feed that never answers', async () => {
    const error = await fetchFeed(server.url('/slow.xml'), {}, { ...options, timeoutMs: 250 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchError);
    expect((error as FetchError).code).toBe('timeout');
  });
});
