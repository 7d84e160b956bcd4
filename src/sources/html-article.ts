import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { cleanText, HIDDEN, htmlToParagraphs } from './html-paragraphs.js';

/** What an HTML page says about itself and its article text, before anyone decides what to trust. */
export interface HtmlReading {
  paragraphs: string[];
  title?: string;
  byline?: string;
  /** `og:site_name` (or the JSON-LD publisher): a claim, only as good as the page's provenance. */
  siteName?: string;
  /** The published time as the page writes it. */
  published?: string;
  /** Absolute http(s) URLs the page claims as its own: `<link rel="canonical">`, then `og:url`. */
  declaredUrls: string[];
}

type HtmlDocument = ReturnType<typeof parseHTML>['document'];
type HtmlElement = NonNullable<ReturnType<HtmlDocument['querySelector']>>;

/** Class or id words that mark page furniture: ads, share bars, sign-up boxes, cookie banners. */
const CLUTTER = /^(ad|ads|adv|advert|advertisement|ad-.+|.+-ad|sponsor|sponsored|promo|promotion|share|share-.+|social|social-.+|newsletter|cookie|cookie-.+|cookies|consent|paywall|related|outbrain|taboola)$/i;
/** The page itself and its article containers are never furniture, whatever their class names say. */
const NEVER_CLUTTER = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);
const AD_LABEL = /^(advertisement|advert|sponsored|ad|anzeige|publicité)$/i;
/** Elements of a document's head, wherever a broken page put them. */
const HEAD_TAGS = new Set(['TITLE', 'META', 'LINK', 'BASE']);
/** When Readability finds nothing, the page's own text minus what is never article text. */
const NOT_ARTICLE = `${HIDDEN}, nav, header, footer, aside`;

/**
 * The one HTML reader, for saved files and fetched pages alike: Readability (on linkedom, no browser) with its
 * default thresholds finds the article, then every paragraph of it is kept, including text written straight
 * into <div>s and runs separated by <br>. Returns null when the input is not an HTML text with words in it
 * (empty, white space, binary bytes). `base` resolves relative canonical links.
 */
export function readHtmlArticle(html: string, base?: string): HtmlReading | null {
  if (looksBinary(html)) return null;
  const document = htmlDocument(html);
  if (!document) return null;
  const declaredUrls = readDeclaredUrls(document, base);
  const siteName = metaContent(document, 'og:site_name', 'publisher');
  const ogTitle = metaContent(document, 'og:title');
  const author = metaContent(document, 'author', 'article:author');
  const published =
    metaContent(document, 'article:published_time', 'datePublished', 'date') ?? clean(document.querySelector('time[datetime]')?.getAttribute('datetime'));
  // The page's own headline: Readability guesses from <title>, which sites often cut at a separator.
  const headline = clean(document.querySelector('article h1, main h1, h1')?.textContent);
  removeClutter(document);
  const bodyHtml = document.body.innerHTML;
  // Readability rewrites the document it reads, so everything above is taken first.
  const parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  let paragraphs = parsed?.content ? htmlToParagraphs(parsed.content) : [];
  if (paragraphs.length === 0) paragraphs = pageText(bodyHtml);
  paragraphs = paragraphs.filter((p) => !AD_LABEL.test(p));

  const name = clean(parsed?.siteName) ?? siteName;
  const title = tidyTitle(ogTitle ?? (headline && headline.split(/\s+/).length >= 3 ? headline : undefined) ?? clean(parsed?.title) ?? headline, name);
  const byline = (clean(parsed?.byline) ?? (author && !/^https?:/i.test(author) ? author : undefined))?.replace(/^by\s+/i, '');
  const when = clean(parsed?.publishedTime) ?? published;
  return {
    paragraphs: dropBylineLines(dropRepeatedTitle(paragraphs, title), byline),
    ...(title ? { title } : {}),
    ...(byline ? { byline } : {}),
    ...(name ? { siteName: name } : {}),
    ...(when ? { published: when } : {}),
    declaredUrls,
  };
}

/** NUL bytes or a high share of control and replacement characters: bytes that were never text. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.includes('\u0000')) return true;
  const odd = sample.match(/[\u0001-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return sample.length > 0 && odd / sample.length > 0.05;
}

/**
 * A document with a <head> and a <body> that holds the page's text. linkedom builds the tree exactly as written,
 * so a page with something before its <html> (a stray <div> before <head>) gets an empty body, and text with no
 * <html> at all gets no document element: then the document is rebuilt around all the text there is.
 */
function htmlDocument(html: string): HtmlDocument | null {
  const { document } = parseHTML(html);
  const root = document.documentElement;
  if (root?.tagName === 'HTML' && hasText(document.body)) return document;
  const head: string[] = [];
  const body: string[] = [];
  const collect = (nodes: ArrayLike<HtmlElement>) => {
    for (const node of Array.from(nodes)) {
      if (node.nodeType === 3) {
        body.push(escapeText(node.textContent ?? ''));
      } else if (node.nodeType === 1) {
        const tag = node.tagName.toUpperCase();
        if (HEAD_TAGS.has(tag)) head.push(node.outerHTML);
        else if (tag === 'HTML' || tag === 'HEAD' || tag === 'BODY') collect(node.childNodes as ArrayLike<HtmlElement>);
        else body.push(node.outerHTML);
      }
    }
  };
  for (const stray of [...document.querySelectorAll('head, body')]) {
    // Wrappers inside a stray element are unwrapped in place, so their content stays where the page put it.
    if (stray.parentElement) stray.replaceWith(...Array.from(stray.childNodes));
  }
  collect(document.childNodes as ArrayLike<HtmlElement>);
  const rebuilt = parseHTML(`<!doctype html><html><head>${head.join('')}</head><body>${body.join('')}</body></html>`).document;
  return hasText(rebuilt.body) ? rebuilt : null;
}

function hasText(element: HtmlElement | null | undefined): boolean {
  if (!element) return false;
  const copy = element.cloneNode(true) as HtmlElement;
  for (const hidden of copy.querySelectorAll('script, style, noscript, template')) hidden.remove();
  return /\S/.test(copy.textContent ?? '');
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function metaContent(document: HtmlDocument, ...names: string[]): string | undefined {
  for (const name of names) {
    const content = clean(document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`)?.getAttribute('content'));
    if (content) return content;
  }
  return undefined;
}

function readDeclaredUrls(document: HtmlDocument, base: string | undefined): string[] {
  const hrefs = [document.querySelector('link[rel~="canonical"]')?.getAttribute('href'), metaContent(document, 'og:url')];
  const urls: string[] = [];
  for (const href of hrefs) {
    const url = href ? absoluteUrl(href.trim(), base) : undefined;
    if (url && !urls.includes(url)) urls.push(url);
  }
  return urls;
}

function absoluteUrl(href: string, base: string | undefined): string | undefined {
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Readability drops most furniture by itself; these are the pieces it tends to keep inside an article body. */
function removeClutter(document: HtmlDocument): void {
  for (const el of [...document.querySelectorAll('[class], [id]')]) {
    if (NEVER_CLUTTER.has(el.tagName.toUpperCase()) || !el.isConnected) continue;
    const words = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.split(/\s+/).filter(Boolean);
    if (words.some((w) => CLUTTER.test(w)) && !el.querySelector('article, main')) el.remove();
  }
}

function pageText(bodyHtml: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${bodyHtml}</body></html>`);
  for (const el of document.querySelectorAll(NOT_ARTICLE)) el.remove();
  return htmlToParagraphs(document.body.innerHTML);
}

function clean(value: string | null | undefined): string | undefined {
  const text = value ? cleanText(value) : '';
  return text || undefined;
}

/** "Big news | The Site" → "Big news" when the suffix is the site's name. */
function tidyTitle(title: string | undefined, siteName: string | undefined): string | undefined {
  if (!title || !siteName) return title;
  const escaped = siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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
