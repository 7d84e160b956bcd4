import { decodeBody } from '../decode-text.js';
import type { FetchOptions } from '../fetch/fetch-options.js';
import { safeFetch } from '../fetch/safe-fetch.js';
import { parseFeed, type ParsedFeed } from './parse-feed.js';

export interface Validators {
  etag?: string;
  lastModified?: string;
}

export type FeedFetch =
  | { status: 304; url: string }
  | { status: 200; url: string; feed: ParsedFeed; validators: Validators };

const ACCEPT = 'application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1';

/**
 * Conditional GET of a feed: sends the ETag / Last-Modified we were given, returns 304 as "unchanged", else the
 * parsed feed and the new validators. Throws FetchError (with retryAfterMs on 429/503) or FeedParseError.
 */
export async function fetchFeed(url: string, validators: Validators, options: FetchOptions): Promise<FeedFetch> {
  const result = await safeFetch(url, options, {
    accept: ACCEPT,
    ...(validators.etag ? { etag: validators.etag } : {}),
    ...(validators.lastModified ? { lastModified: validators.lastModified } : {}),
  });
  if (result.status === 304) return { status: 304, url: result.url };
  // The URL after redirects is where relative links in the feed point from.
  const feed = parseFeed(decodeBody(result.body, header(result.headers['content-type'])), result.url);
  const etag = header(result.headers.etag);
  const lastModified = header(result.headers['last-modified']);
  return {
    status: 200,
    url: result.url,
    feed,
    validators: { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) },
  };
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
