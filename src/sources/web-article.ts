import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Article } from '../core/types.js';
import { cleanText, htmlToParagraphs } from './html-paragraphs.js';
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
  byline?: string;
}

/**
 * An article page reduced to the article with Readability (on linkedom, no browser): title, byline, publisher,
 * published time and body paragraphs as plain text. Returns null when the page holds no article.
 */
export function readWebArticle(html: string, url: string, hints: PageHints = {}): Article | null {
  const { document } = parseHTML(html);
  const meta = readMeta(document);
  const canonical = canonicalUrl(meta.canonical ? resolveUrl(meta.canonical, url) ?? url : url);
  // The page's own headline: Readability guesses from <title>, which sites often cut at a separator.
  const headline = cleanOptional(document.querySelector('article h1, main h1, h1')?.textContent ?? undefined);
  removeClutter(document);
  // Readability rewrites the document it reads, so the metadata above is taken first.
  const parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: MIN_ARTICLE_CHARS }).parse();
  if (!parsed?.content) return null;
  const paragraphs = htmlToParagraphs(parsed.content).filter((p) => !AD_LABEL.test(p));
  const length = paragraphs.reduce((sum, p) => sum + p.length, 0);
  if (length < MIN_ARTICLE_CHARS) return null;

  const publisher = cleanOptional(parsed.siteName) ?? meta.siteName ?? hints.publisher;
  const title = tidyTitle(cleanOptional(meta.ogTitle) ?? (headline && headline.split(/\s+/).length >= 3 ? headline : undefined) ?? cleanOptional(parsed.title) ?? hints.title, publisher);
  const published = isoDate(parsed.publishedTime ?? meta.published) ?? hints.published;
  const byline = cleanOptional(parsed.byline)?.replace(/^by\s+/i, '') ?? hints.byline;
  const host = new URL(canonical).hostname.replace(/^www\./, '');
  return {
    id: articleId(hints.slug ?? host, canonical),
    ...(title ? { title } : {}),
    paragraphs: dropBylineLines(dropRepeatedTitle(paragraphs, title), byline),
    ...(publisher ? { publisher } : {}),
    ...(byline ? { byline } : {}),
    url: canonical,
    ...(published ? { published } : {}),
  };
}

/** Class or id words that mark page furniture: ads, share bars, sign-up boxes, cookie banners. */
const CLUTTER = /^(ad|ads|adv|advert|advertisement|ad-.+|.+-ad|sponsor|sponsored|promo|promotion|share|share-.+|social|social-.+|newsletter|cookie|cookie-.+|cookies|consent|paywall|related|outbrain|taboola)$/i;
const AD_LABEL = /^(advertisement|advert|sponsored|ad|anzeige|publicité)$/i;

/** Readability drops most furniture by itself; these are the pieces it tends to keep inside an article body. */
function removeClutter(document: ReturnType<typeof parseHTML>['document']): void {
  for (const el of [...document.querySelectorAll('[class], [id]')]) {
    const words = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.split(/\s+/).filter(Boolean);
    if (words.some((w) => CLUTTER.test(w)) && !el.querySelector('article')) el.remove();
  }
}

interface PageMeta {
  canonical?: string;
  siteName?: string;
  ogTitle?: string;
  published?: string;
}

function readMeta(document: ReturnType<typeof parseHTML>['document']): PageMeta {
  const content = (selector: string) => cleanOptional(document.querySelector(selector)?.getAttribute('content'));
  const meta: PageMeta = {};
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (canonical) meta.canonical = canonical;
  const siteName = content('meta[property="og:site_name"]');
  if (siteName) meta.siteName = siteName;
  const ogTitle = content('meta[property="og:title"]');
  if (ogTitle) meta.ogTitle = ogTitle;
  const published =
    content('meta[property="article:published_time"]') ??
    content('meta[name="date"]') ??
    cleanOptional(document.querySelector('time[datetime]')?.getAttribute('datetime'));
  if (published) meta.published = published;
  return meta;
}

function cleanOptional(value: string | null | undefined): string | undefined {
  const text = value ? cleanText(value) : '';
  return text || undefined;
}

function resolveUrl(href: string, base: string): string | undefined {
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** "Big news | The Site" → "Big news" when the suffix is the publisher. */
function tidyTitle(title: string | undefined, publisher: string | undefined): string | undefined {
  if (!title) return undefined;
  if (!publisher) return title;
  const escaped = publisher.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const stripped = title.replace(new RegExp(`\\s*[|\\-–—:·]\\s*${escaped}\\s*$`, 'i'), '').trim();
  return stripped || title;
}

function dropRepeatedTitle(paragraphs: string[], title: string | undefined): string[] {
  if (title && paragraphs[0] === title) return paragraphs.slice(1);
  return paragraphs;
}

/** "By Tomas Reyes" at the top of the body is metadata (kept as the byline), not text to brief. */
function dropBylineLines(paragraphs: string[], byline: string | undefined): string[] {
  return paragraphs.filter((p, index) => {
    if (index > 2 || p.length > 80) return true;
    const bare = p.replace(/^by\s+/i, '').trim();
    return !(/^by\s+/i.test(p) || (byline && bare === byline));
  });
}

/** Any date a page or feed gives, as ISO 8601 UTC; undefined when it cannot be read. */
export function isoDate(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(value.trim());
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}
