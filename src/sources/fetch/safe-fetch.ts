import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { isBlockedAddress } from './address-guard.js';
import { FetchDeadline } from './fetch-deadline.js';
import { FetchError } from './fetch-error.js';
import {
  DEFAULT_CONNECT_TIMEOUT_MS,
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_REDIRECTS,
  DEFAULT_TIMEOUT_MS,
  PRODUCT,
  prepareFetchOptions,
  systemResolver,
  userAgent,
  type FetchOptions,
  type FetchShared,
  type ResolvedAddress,
} from './fetch-options.js';
import { ALLOW_ALL, DISALLOW_ALL, isAllowedByRobots, parseRobotsTxt, type RobotsRules } from './robots-txt.js';

export interface FetchRequest {
  accept?: string;
  /** Conditional GET: sent as If-None-Match / If-Modified-Since. */
  etag?: string;
  lastModified?: string;
}

export interface FetchResult {
  /** The URL after redirects. */
  url: string;
  status: number;
  headers: IncomingHttpHeaders;
  /** Empty for 304. */
  body: Buffer;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * GET a URL the way a careful reader does: http(s) only, robots.txt honoured, every hop's host resolved,
 * checked against the address guard and pinned for its connection (no second DNS answer can swap it), at most
 * N redirects, a connect timeout per connection and one deadline for the whole fetch, a body cap enforced while
 * streaming. 2xx and 304 are returned; anything else throws a FetchError.
 */
export async function safeFetch(url: string, options: FetchOptions, request: FetchRequest = {}): Promise<FetchResult> {
  const prepared = prepareFetchOptions(options);
  return fetchWithin(url, prepared, request, prepared.robots !== false);
}

async function fetchWithin(
  url: string,
  options: FetchOptions & { shared: FetchShared },
  request: FetchRequest,
  checkRobots: boolean,
): Promise<FetchResult> {
  const deadline = new FetchDeadline(url, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  try {
    return await fetchFollowing(url, options, request, checkRobots, deadline);
  } finally {
    deadline.clear();
  }
}

async function fetchFollowing(
  url: string,
  options: FetchOptions & { shared: FetchShared },
  request: FetchRequest,
  checkRobots: boolean,
  deadline: FetchDeadline,
): Promise<FetchResult> {
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  let current = parseUrl(url, url);
  for (let hop = 0; ; hop++) {
    deadline.at = current.href;
    // Guard first: a refused address is reported as such, and not even its robots.txt is asked for.
    const pinned = await deadline.race(resolveAndGuard(current, options));
    if (checkRobots) await enforceRobots(current, options, deadline);
    deadline.at = current.href;
    const hopUrl = current;
    const result = await options.shared.limiter.run(hopUrl.host, () => requestOnce(hopUrl, pinned, options, request, deadline.signal), deadline.signal);
    if (REDIRECTS.has(result.status)) {
      const location = result.headers.location;
      if (!location) throw new FetchError('http-status', `${current.href} redirected without a Location header`, current.href, result.status);
      if (hop >= maxRedirects) {
        throw new FetchError('too-many-redirects', `more than ${maxRedirects} redirects from ${url}`, url);
      }
      current = parseUrl(location, current.href, current);
      continue;
    }
    return result;
  }
}

function parseUrl(text: string, original: string, base?: URL): URL {
  let parsed: URL;
  try {
    parsed = new URL(text, base);
  } catch {
    throw new FetchError('bad-url', `not a valid URL: ${text}`, original);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new FetchError('bad-scheme', `only http and https links can be read, not ${parsed.protocol.replace(':', '')}`, parsed.href);
  }
  if (parsed.username || parsed.password) {
    throw new FetchError('bad-url', 'links with a user name or password are not read', original);
  }
  parsed.hash = '';
  return parsed;
}

function bareHost(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '');
}

/** Resolve first, refuse if ANY address is private: a name that also points inside is not trusted. */
async function resolveAndGuard(url: URL, options: FetchOptions & { shared: FetchShared }): Promise<ResolvedAddress> {
  const host = bareHost(url);
  let addresses: ResolvedAddress[];
  const literal = isIP(host);
  if (literal) addresses = [{ address: host, family: literal === 6 ? 6 : 4 }];
  else {
    try {
      addresses = await (options.resolver ?? systemResolver)(host);
    } catch (error) {
      throw new FetchError('dns', `could not resolve ${host}: ${(error as Error).message}`, url.href);
    }
  }
  if (addresses.length === 0) throw new FetchError('dns', `${host} has no address`, url.href);
  const refused = addresses.find((a) => isBlockedAddress(a.address, options.shared.allow));
  if (refused) {
    options.logger?.warn({ url: url.href, host, address: refused.address }, 'fetch refused: private or reserved address');
    throw new FetchError('blocked-address', `${host} points to a private or reserved address; it will not be fetched`, url.href);
  }
  return addresses[0]!;
}

/**
 * The robots.txt load is shared by every fetch waiting for that site, so it runs on its own deadline; this fetch
 * stops waiting for it when its own deadline passes.
 */
async function enforceRobots(url: URL, options: FetchOptions & { shared: FetchShared }, deadline: FetchDeadline): Promise<void> {
  deadline.at = new URL('/robots.txt', url.origin).href;
  const rules = await deadline.race(options.shared.robots.rulesFor(url.origin, () => loadRobots(url, options), options.clock.now()));
  if (!isAllowedByRobots(rules, `${url.pathname}${url.search}`)) {
    throw new FetchError('robots', `${url.host}'s robots.txt asks bots not to read ${url.pathname}`, url.href);
  }
}

/** RFC 9309: 4xx means no rules; an unreachable robots.txt (5xx, network) means stay out for now. */
async function loadRobots(url: URL, options: FetchOptions & { shared: FetchShared }): Promise<RobotsRules> {
  const robotsUrl = new URL('/robots.txt', url.origin).href;
  try {
    const result = await fetchWithin(robotsUrl, { ...options, maxBytes: Math.min(options.maxBytes ?? DEFAULT_MAX_BYTES, 512 * 1024) }, { accept: 'text/plain' }, false);
    return parseRobotsTxt(result.body.toString('utf8'), PRODUCT.split('/')[0]!);
  } catch (error) {
    if (error instanceof FetchError && error.code === 'http-status' && error.status! >= 400 && error.status! < 500) return ALLOW_ALL;
    if (error instanceof FetchError && error.code === 'blocked-address') throw error;
    options.logger?.warn({ url: robotsUrl, err: (error as Error).message }, 'robots.txt unreachable: not fetching from this site for now');
    return DISALLOW_ALL;
  }
}

function requestOnce(
  url: URL,
  pinned: ResolvedAddress,
  options: FetchOptions,
  request: FetchRequest,
  /** The fetch's deadline: aborting ends this request at once, with the reason as its error. */
  deadline: AbortSignal,
): Promise<FetchResult> {
  if (deadline.aborted) return Promise.reject(deadline.reason as FetchError);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const connectTimeoutMs = options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
  const host = bareHost(url);
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  // The connection may only go to the address the guard approved: no second lookup.
  const lookup: LookupFunction = (_hostname, lookupOptions, callback) => {
    if (lookupOptions.all) (callback as (e: null, a: Array<{ address: string; family: number }>) => void)(null, [pinned]);
    else callback(null, pinned.address, pinned.family);
  };
  const headers: Record<string, string> = {
    'user-agent': userAgent(options),
    accept: request.accept ?? '*/*',
    'accept-encoding': 'gzip, deflate, br',
  };
  if (request.etag) headers['if-none-match'] = request.etag;
  if (request.lastModified) headers['if-modified-since'] = request.lastModified;

  options.onConnect?.({ url: url.href, host, address: pinned.address, port });
  return new Promise<FetchResult>((resolve, reject) => {
    let settled = false;
    const fail = (error: FetchError) => {
      if (settled) return;
      settled = true;
      deadline.removeEventListener('abort', onDeadline);
      req.destroy();
      reject(error);
    };
    const onDeadline = () => fail(deadline.reason as FetchError);
    const succeed = (result: FetchResult) => {
      if (settled) return;
      settled = true;
      deadline.removeEventListener('abort', onDeadline);
      resolve(result);
    };
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send({
      protocol: url.protocol,
      hostname: host,
      port,
      path: `${url.pathname}${url.search}`,
      method: 'GET',
      headers,
      lookup,
      // A fresh connection per request: pinning is per connection, and keep-alive pools are shared by host name.
      agent: false,
      ...(url.protocol === 'https:' ? { servername: isIP(host) ? undefined : host } : {}),
    });
    deadline.addEventListener('abort', onDeadline, { once: true });
    req.on('socket', (socket) => {
      if (!socket.connecting) return;
      const connectTimer = setTimeout(
        () => fail(new FetchError('connect-timeout', `could not connect to ${url.host} within ${connectTimeoutMs} ms`, url.href)),
        connectTimeoutMs,
      );
      // For https the connection is ready only once TLS is set up: a server that accepts and then stalls counts.
      socket.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', () => clearTimeout(connectTimer));
      socket.once('close', () => clearTimeout(connectTimer));
    });
    req.on('error', (error) => fail(new FetchError('network', `could not read ${url.host}: ${error.message}`, url.href)));
    req.on('response', (response: IncomingMessage) => {
      const status = response.statusCode ?? 0;
      if (REDIRECTS.has(status) || status === 304) {
        response.resume();
        succeed({ url: url.href, status, headers: response.headers, body: Buffer.alloc(0) });
        return;
      }
      if (status < 200 || status >= 300) {
        response.resume();
        fail(new FetchError('http-status', `${url.host} answered ${status}`, url.href, status, parseRetryAfter(response.headers['retry-after'], options.clock.now())));
        return;
      }
      const declared = Number(response.headers['content-length']);
      if (Number.isFinite(declared) && declared > maxBytes) {
        fail(tooLarge(url, maxBytes));
        return;
      }
      // A connection cut mid-body must fail now, also when a decompressor sits between (pipe does not forward errors).
      response.on('error', (error) => fail(new FetchError('network', `could not read ${url.host}: ${error.message}`, url.href)));
      response.on('aborted', () => fail(new FetchError('network', `${url.host} closed the connection mid-response`, url.href)));
      const stream = decoded(response);
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) {
          // Settle first: destroying the response emits its own errors, which must not win.
          fail(tooLarge(url, maxBytes));
          stream.destroy();
          response.destroy();
          return;
        }
        chunks.push(chunk);
      });
      stream.on('error', (error) => fail(new FetchError('network', `could not read ${url.host}: ${error.message}`, url.href)));
      stream.on('end', () => succeed({ url: url.href, status, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    req.end();
  });
}

function tooLarge(url: URL, maxBytes: number): FetchError {
  return new FetchError('too-large', `${url.host} sent more than ${Math.round(maxBytes / 1024 / 1024 * 10) / 10} MB; reading stopped`, url.href);
}

function decoded(response: IncomingMessage): Readable {
  const encoding = String(response.headers['content-encoding'] ?? '').trim().toLowerCase();
  if (encoding === 'gzip' || encoding === 'x-gzip') return response.pipe(createGunzip());
  if (encoding === 'deflate') return response.pipe(createInflate());
  if (encoding === 'br') return response.pipe(createBrotliDecompress());
  return response;
}

/** Retry-After as milliseconds: delta-seconds, or an HTTP date measured from `now` (the fetch's clock). */
export function parseRetryAfter(value: string | undefined, now: Date): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now.getTime());
}
