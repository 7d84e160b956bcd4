import { feedDate, publisherDay } from './feeds/feed-date.js';
import { getDomain } from 'tldts';
import type { Article } from '../core/types.js';
import { readHtmlArticle } from './html-article.js';
import { articleId, canonicalUrl } from './feeds/item-id.js';

/** Below this much body text a page is a section front, a login wall or an error page: not an article. */
export const MIN_ARTICLE_CHARS = 250;

export interface PageHints {
  /** The feed's publisher name, used when the page does not say. */
  publisher?: string;
  /** Slug for the article id (feed id); defaults to the host name. */
  slug?: string;
  title?: string;
  published?: string;
  /** The feed's calendar day for the item (FeedItem.publishedDay). */
  publishedDay?: string;
  byline?: string;
}

/**
 * A fetched page (`url` is where it was really fetched from, after redirects) as an Article: title, byline,
 * publisher, published time, canonical URL and body paragraphs as plain text. Returns null when the page holds
 * no article text. The page's canonical URL and site name are believed only when its declared URLs are on the
 * fetched URL's registrable domain: a copy on another site keeps its real address and host as publisher.
 */
export function readWebArticle(html: string, url: string, hints: PageHints = {}): Article | null {
  const reading = readHtmlArticle(html, url);
  if (!reading) return null;
  const length = reading.paragraphs.reduce((sum, p) => sum + p.length, 0);
  if (length < MIN_ARTICLE_CHARS) return null;

  const vouched = reading.declaredUrls.every((declared) => sameSite(declared, url));
  const canonical = canonicalUrl(vouched ? (reading.declaredUrls[0] ?? url) : url);
  const host = new URL(canonical).hostname.replace(/^www\./, '');
  const publisher = (vouched ? reading.siteName : undefined) ?? hints.publisher ?? (vouched ? undefined : host);
  const title = reading.title ?? hints.title;
  const published = feedDate(reading.published) ?? hints.published;
  // The page's own day; else the feed's, for the same instant (a page in UTC, its feed in the newsroom's zone).
  const publishedDay = publisherDay(reading.published) ?? (published === hints.published ? hints.publishedDay : undefined);
  const byline = reading.byline ?? hints.byline;
  return {
    id: articleId(hints.slug ?? host, canonical),
    ...(title ? { title } : {}),
    paragraphs: reading.paragraphs,
    ...(publisher ? { publisher } : {}),
    ...(byline ? { byline } : {}),
    url: canonical,
    ...(published ? { published } : {}),
    ...(publishedDay ? { publishedDay } : {}),
  };
}

/** Same registrable domain (www.x.example and amp.x.example are one site; x.github.io and y.github.io are not). */
function sameSite(a: string, b: string): boolean {
  const site = (href: string) => {
    const host = new URL(href).hostname;
    return getDomain(host, { allowPrivateDomains: true }) ?? host;
  };
  return site(a) === site(b);
}

