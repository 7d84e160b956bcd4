import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { FetchError } from '../../../src/sources/fetch/fetch-error.js';
import { prepareFetchOptions, type FetchOptions, type Resolver } from '../../../src/sources/fetch/fetch-options.js';
import { parseRetryAfter, safeFetch } from '../../../src/sources/fetch/safe-fetch.js';
import { redirect, serve, startWebServer, type Route, type WebServer } from '../../stand-ins/web-server.js';

let server: WebServer;
let active = 0;
let maxActive = 0;
let streamedBytes = 0;

/** Names the tests use; anything else is refused by the resolver itself, so no real DNS is ever asked. */
const resolved: string[] = [];
const resolver: Resolver = async (hostname) => {
  resolved.push(hostname);
  const table: Record<string, string> = {
    'news.test': '127.0.0.1',
    'intranet.test': '10.0.0.1',
    'metadata.test': '169.254.169.254',
    'mixed.test': '127.0.0.1',
  };
  const address = table[hostname];
  if (!address) throw new Error(`unknown test host ${hostname}`);
  return hostname === 'mixed.test'
    ? [{ address, family: 4 }, { address: '192.168.0.10', family: 4 }]
    : [{ address, family: 4 }];
};

/** The fetcher's clock: tests move it by hand, so robots.txt expiry and Retry-After dates never depend on today. */
let nowMs = Date.parse('2026-11-23T10:00:00Z');
const clock = { now: () => new Date(nowMs) };

function options(extra: Omit<Partial<FetchOptions>, 'clock'> = {}): FetchOptions & { connects: string[] } {
  const connects: string[] = [];
  return {
    ...prepareFetchOptions({
      clock,
      contact: 'mailto:desk@example.org',
      allowAddresses: ['127.0.0.1'],
      resolver,
      timeoutMs: 2_000,
      onConnect: (info) => connects.push(`${info.address}:${info.host}`),
      ...extra,
    }),
    connects,
  };
}

async function failure(promise: Promise<unknown>): Promise<FetchError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FetchError) return error;
    throw error;
  }
  throw new Error('expected a FetchError');
}

beforeAll(async () => {
  server = await startWebServer({
    '/hello': (req, res) => {
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end(`hello ${req.headers['user-agent']}`);
    },
    '/gzip': (_req, res) => {
      res.setHeader('content-type', 'text/plain');
      res.setHeader('content-encoding', 'gzip');
      res.end(gzipSync('compressed text'));
    },
    '/to-intranet': (_req, res) => redirect(`http://intranet.test:${server.port}/secret`)(_req, res),
    '/to-metadata': (_req, res) => redirect('http://metadata.test/latest/meta-data/')(_req, res),
    '/to-ftp': redirect('ftp://files.example.org/feed.xml'),
    '/to-news': (_req, res) => redirect(`http://news.test:${server.port}/hello`)(_req, res),
    '/r1': redirect('/r2'),
    '/r2': redirect('/r3'),
    '/r3': redirect('/r4'),
    '/r4': redirect('/r5'),
    '/r5': redirect('/hello'),
    '/r0': redirect('/r1'),
    '/never': () => {
      // Never answers: the total timeout must end it.
    },
    '/declared-huge': (_req, res) => {
      res.setHeader('content-type', 'text/html');
      res.setHeader('content-length', String(6 * 1024 * 1024));
      res.write('<html>');
      setTimeout(() => res.destroy(), 200);
    },
    '/stream-20mb': async (_req, res) => {
      res.setHeader('content-type', 'text/html');
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let closed = false;
      res.on('close', () => (closed = true));
      while (!closed && streamedBytes < 20 * 1024 * 1024) {
        streamedBytes += chunk.length;
        if (!res.write(chunk)) await new Promise((resolve) => { res.once('drain', resolve); res.once('close', resolve); });
      }
      res.end();
    },
    '/cut-gzip': (_req, res) => {
      res.setHeader('content-type', 'text/plain');
      res.setHeader('content-encoding', 'gzip');
      res.setHeader('content-length', '100000');
      res.write(gzipSync('x'.repeat(50_000)).subarray(0, 20));
      setTimeout(() => res.destroy(), 50);
    },
    '/etag': (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') {
        res.statusCode = 304;
        res.end();
        return;
      }
      serve('fresh', 'text/plain', { etag: '"v1"' })(req, res);
    },
    '/busy': (_req, res) => {
      res.statusCode = 503;
      res.setHeader('retry-after', '120');
      res.end('come back later');
    },
    '/slow': (_req, res) => {
      active++;
      maxActive = Math.max(maxActive, active);
      setTimeout(() => {
        active--;
        res.end('ok');
      }, 60);
    },
  });
});

afterAll(async () => {
  await server.close();
});

describe('safeFetch', () => {
  it('sends a descriptive User-Agent with the configured contact', async () => {
    const result = await safeFetch(server.url('/hello'), options());
    expect(result.status).toBe(200);
    expect(result.body.toString()).toBe('hello newsbrief/0.1 (news-briefing bot; +mailto:desk@example.org)');
  });

  it('decodes gzip bodies', async () => {
    const result = await safeFetch(server.url('/gzip'), options());
    expect(result.body.toString()).toBe('compressed text');
  });

  it('connects to the address it resolved, keeping the host name in the request', async () => {
    const opts = options();
    const result = await safeFetch(`http://news.test:${server.port}/hello`, opts);
    expect(result.url).toBe(`http://news.test:${server.port}/hello`);
    expect(opts.connects).toEqual([`127.0.0.1:news.test`, `127.0.0.1:news.test`]);
    const seen = server.requests.filter((r) => r.headers.host === `news.test:${server.port}`).map((r) => r.path);
    expect(seen).toEqual(['/robots.txt', '/hello']);
  });

  it('refuses a name that resolves to a private address before opening any connection', async () => {
    const opts = options();
    const error = await failure(safeFetch(`http://intranet.test:${server.port}/secret`, { ...opts, robots: false }));
    expect(error.code).toBe('blocked-address');
    expect(error.message).toBe('intranet.test points to a private or reserved address; it will not be fetched');
    expect(opts.connects).toEqual([]);
    expect(resolved).toContain('intranet.test');
  });

  it('refuses the cloud metadata address (link-local)', async () => {
    const opts = options();
    const error = await failure(safeFetch('http://metadata.test/latest/meta-data/', opts));
    expect(error.code).toBe('blocked-address');
    expect(opts.connects).toEqual([]);
  });

  it('refuses a name when any of its addresses is private', async () => {
    const opts = options();
    const error = await failure(safeFetch(`http://mixed.test:${server.port}/hello`, opts));
    expect(error.code).toBe('blocked-address');
    expect(opts.connects).toEqual([]);
  });

  it('refuses loopback literals unless the config allows them', async () => {
    const opts = options({ allowAddresses: [] });
    const error = await failure(safeFetch(server.url('/hello'), opts));
    expect(error.code).toBe('blocked-address');
    expect(opts.connects).toEqual([]);
  });

  it('reads numeric host spellings as the address they are', async () => {
    const opts = options({ allowAddresses: [] });
    for (const spelling of [`http://0x7f.1:${server.port}/hello`, `http://2130706433:${server.port}/hello`, `http://[::ffff:127.0.0.1]:${server.port}/hello`, `http://[::7f00:1]:${server.port}/hello`, `http://[::ffff:0:127.0.0.1]:${server.port}/hello`, `http://[64:ff9b::7f00:1]:${server.port}/hello`]) {
      expect((await failure(safeFetch(spelling, opts))).code).toBe('blocked-address');
    }
    expect(opts.connects).toEqual([]);
  });

  it('gives up when a TLS handshake never completes (connect timeout)', async () => {
    const silent = createNetServer((socket) => socket.on('error', () => undefined));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as AddressInfo).port;
    try {
      const error = await failure(safeFetch(`https://127.0.0.1:${port}/`, options({ connectTimeoutMs: 200, robots: false })));
      expect(error.code).toBe('connect-timeout');
      expect(error.message).toBe(`could not connect to 127.0.0.1:${port} within 200 ms`);
    } finally {
      silent.close();
    }
  });

  it('checks every redirect hop: a public page redirecting inside is refused before connecting there', async () => {
    const opts = options();
    const error = await failure(safeFetch(server.url('/to-intranet'), opts));
    expect(error.code).toBe('blocked-address');
    expect(error.url).toBe(`http://intranet.test:${server.port}/secret`);
    expect(opts.connects.every((c) => c.startsWith('127.0.0.1:'))).toBe(true);
    const metadata = await failure(safeFetch(server.url('/to-metadata'), opts));
    expect(metadata.code).toBe('blocked-address');
    expect(opts.connects.every((c) => c.startsWith('127.0.0.1:'))).toBe(true);
  });

  it('follows a redirect to an allowed name', async () => {
    const result = await safeFetch(server.url('/to-news'), options());
    expect(result.url).toBe(`http://news.test:${server.port}/hello`);
    expect(result.body.toString()).toMatch(/^hello newsbrief/);
  });

  it('reads only http and https', async () => {
    expect((await failure(safeFetch('file:///etc/passwd', options()))).code).toBe('bad-scheme');
    expect((await failure(safeFetch(server.url('/to-ftp'), options()))).code).toBe('bad-scheme');
    expect((await failure(safeFetch('http://user:pw@news.test/', options()))).code).toBe('bad-url');
  });

  it('follows at most 5 redirects', async () => {
    const five = await safeFetch(server.url('/r1'), options());
    expect(five.url).toBe(server.url('/hello'));
    const six = await failure(safeFetch(server.url('/r0'), options()));
    expect(six.code).toBe('too-many-redirects');
    expect(six.message).toBe(`more than 5 redirects from ${server.url('/r0')}`);
  });

  it('stops reading a 20 MB stream at the 5 MB cap', async () => {
    const error = await failure(safeFetch(server.url('/stream-20mb'), options()));
    expect(error.code).toBe('too-large');
    expect(error.message).toBe('127.0.0.1:' + server.port + ' sent more than 5 MB; reading stopped');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(streamedBytes).toBeLessThan(20 * 1024 * 1024);
  });

  it('refuses a declared Content-Length over the cap without reading it', async () => {
    const error = await failure(safeFetch(server.url('/declared-huge'), options()));
    expect(error.code).toBe('too-large');
  });

  it('gives up on a server that never answers at the deadline', async () => {
    const error = await failure(safeFetch(server.url('/never'), options({ timeoutMs: 300 })));
    expect(error.code).toBe('timeout');
    expect(error.message).toBe(`${server.url('/never')} was not fetched within the 300 ms deadline`);
    expect(error.url).toBe(server.url('/never'));
  });

  it('fails at once when the connection is cut mid-body, also through a decompressor', async () => {
    const error = await failure(safeFetch(server.url('/cut-gzip'), options({ timeoutMs: 10_000 })));
    expect(error.code).toBe('network');
  });

  it('sends conditional headers and returns 304 with an empty body', async () => {
    const first = await safeFetch(server.url('/etag'), options());
    expect(first.headers.etag).toBe('"v1"');
    const second = await safeFetch(server.url('/etag'), options(), { etag: '"v1"' });
    expect(second.status).toBe(304);
    expect(second.body.length).toBe(0);
  });

  it('reports Retry-After on 503', async () => {
    const error = await failure(safeFetch(server.url('/busy'), options()));
    expect(error.code).toBe('http-status');
    expect(error.status).toBe(503);
    expect(error.retryAfterMs).toBe(120_000);
  });

  it('keeps at most perHostConcurrency requests in flight to one host', async () => {
    const opts = options({ perHostConcurrency: 2 });
    maxActive = 0;
    const results = await Promise.all(Array.from({ length: 6 }, () => safeFetch(server.url('/slow'), opts)));
    expect(results.map((r) => r.body.toString())).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'ok']);
    expect(maxActive).toBe(2);
  });

  it('parses Retry-After as seconds or an HTTP date', () => {
    const at = new Date('2026-10-21T07:27:00Z');
    expect(parseRetryAfter('30', at)).toBe(30_000);
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:00 GMT', at)).toBe(60_000);
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:26:00 GMT', at)).toBe(0);
    expect(parseRetryAfter('soon', at)).toBeUndefined();
  });

  it('measures a Retry-After date on the fetcher\'s clock', async () => {
    server.route('/busy-until', (_req, res) => {
      res.statusCode = 503;
      res.setHeader('retry-after', 'Mon, 23 Nov 2026 10:02:00 GMT');
      res.end();
    });
    const error = await failure(safeFetch(server.url('/busy-until'), options()));
    expect(error.retryAfterMs).toBe(120_000);
  });
});

describe('robots.txt', () => {
  it('is fetched once per site and honoured', async () => {
    const site = await startWebServer({
      '/robots.txt': serve('User-agent: *\nDisallow: /members/\n', 'text/plain'),
      '/news/a': serve('a', 'text/plain'),
      '/news/b': serve('b', 'text/plain'),
      '/members/x': serve('secret', 'text/plain'),
    });
    try {
      const opts = options();
      await safeFetch(site.url('/news/a'), opts);
      await safeFetch(site.url('/news/b'), opts);
      const error = await failure(safeFetch(site.url('/members/x'), opts));
      expect(error.code).toBe('robots');
      expect(site.requests.map((r) => r.path)).toEqual(['/robots.txt', '/news/a', '/news/b']);
    } finally {
      await site.close();
    }
  });

  it('treats a missing robots.txt as allow-all and an erroring one as stay-out', async () => {
    const site = await startWebServer({
      '/robots.txt': (_req, res) => {
        res.statusCode = 500;
        res.end();
      },
      '/page': serve('p', 'text/plain'),
    });
    try {
      const error = await failure(safeFetch(site.url('/page'), options()));
      expect(error.code).toBe('robots');
      site.route('/robots.txt', (_req, res) => {
        res.statusCode = 404;
        res.end();
      });
      const result = await safeFetch(site.url('/page'), options());
      expect(result.body.toString()).toBe('p');
    } finally {
      await site.close();
    }
  });
});

/** Answers through `route` after `ms`: a slow site, each answer well inside a per-request timeout. */
function slow(ms: number, route: Route): Route {
  return (req, res) => {
    setTimeout(() => route(req, res), ms);
  };
}

describe('the deadline of one fetch', () => {
  it('covers every redirect hop and robots.txt across slow sites, and no hop is asked for after it', async () => {
    // Six sites (ports) that each take 150 ms for robots.txt and 150 ms for the page: 1.8 s in all.
    const sites = await Promise.all(Array.from({ length: 6 }, () => startWebServer()));
    sites.forEach((site, i) => {
      site.route('/robots.txt', slow(150, serve('User-agent: *\nDisallow:\n', 'text/plain')));
      site.route('/hop', slow(150, i < sites.length - 1 ? redirect(`${sites[i + 1]!.origin}/hop`) : serve('arrived', 'text/plain')));
    });
    try {
      const error = await failure(safeFetch(sites[0]!.url('/hop'), options({ timeoutMs: 500 })));
      expect(error.code).toBe('timeout');
      expect(error.url).toBe(sites[0]!.url('/hop'));
      expect(error.message).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/hop was not fetched within the 500 ms deadline \(was waiting for http:\/\/127\.0\.0\.1:\d+\/(hop|robots\.txt)\)$/);
      expect(error.message.startsWith(`${sites[0]!.url('/hop')} was not fetched within the 500 ms deadline`)).toBe(true);
      // Give a fetch that went on regardless the time to show itself.
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(sites[0]!.hits('/hop')).toBe(1);
      // Hop 3 could be asked for at 600 ms at the earliest: after the deadline.
      expect(sites.slice(2).map((site) => site.hits('/hop'))).toEqual([0, 0, 0, 0]);
    } finally {
      await Promise.all(sites.map((site) => site.close()));
    }
  });

  it('counts a slow robots.txt, and names it', async () => {
    const site = await startWebServer({
      '/robots.txt': slow(800, serve('User-agent: *\nDisallow:\n', 'text/plain')),
      '/page': serve('p', 'text/plain'),
    });
    try {
      const error = await failure(safeFetch(site.url('/page'), options({ timeoutMs: 300 })));
      expect(error.code).toBe('timeout');
      expect(error.message).toBe(`${site.url('/page')} was not fetched within the 300 ms deadline (was waiting for ${site.url('/robots.txt')})`);
      expect(site.hits('/page')).toBe(0);
    } finally {
      await site.close();
    }
  });

  it('counts the wait for a free slot at a busy host, and a fetch out of time leaves the queue unasked', async () => {
    const site = await startWebServer({
      '/hold': slow(600, serve('held', 'text/plain')),
      '/queued': serve('queued', 'text/plain'),
    });
    try {
      const opts = options({ perHostConcurrency: 1, robots: false });
      const holding = safeFetch(site.url('/hold'), { ...opts, timeoutMs: 5_000 });
      // Wait until the slot is taken, so the second fetch is sure to queue.
      await vi.waitFor(() => expect(site.hits('/hold')).toBe(1), { timeout: 5_000, interval: 10 });
      const error = await failure(safeFetch(site.url('/queued'), { ...opts, timeoutMs: 200 }));
      expect(error.code).toBe('timeout');
      expect(error.message).toBe(`${site.url('/queued')} was not fetched within the 200 ms deadline`);
      expect((await holding).body.toString()).toBe('held');
      expect((await safeFetch(site.url('/hold'), { ...opts, timeoutMs: 5_000 })).body.toString()).toBe('held');
      expect(site.hits('/queued')).toBe(0);
    } finally {
      await site.close();
    }
  });
});

describe('robots.txt on the fetcher\'s clock', () => {
  it('is asked for again once the cached copy is an hour old', async () => {
    const site = await startWebServer({ '/a': serve('a', 'text/plain'), '/b': serve('b', 'text/plain') });
    const start = nowMs;
    try {
      const opts = options();
      await safeFetch(site.url('/a'), opts);
      nowMs += 59 * 60_000;
      await safeFetch(site.url('/b'), opts);
      expect(site.hits('/robots.txt')).toBe(1);
      nowMs += 2 * 60_000;
      await safeFetch(site.url('/a'), opts);
      expect(site.hits('/robots.txt')).toBe(2);
    } finally {
      nowMs = start;
      await site.close();
    }
  });
});
