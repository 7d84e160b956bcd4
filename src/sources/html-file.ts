import { parseHTML } from 'linkedom';
import type { Article } from '../core/types.js';

/** What a page gives: an Article but for the id and path, which the story folder assigns. */
export type HtmlArticle = Omit<Article, 'id' | 'path'>;

const BLOCKS = 'h1, h2, h3, h4, p, li, blockquote, figcaption, pre';
const NOISE = 'script, style, noscript, template, nav, header > nav, footer, aside, form, iframe, svg, button';

type HtmlDocument = ReturnType<typeof parseHTML>['document'];

function meta(document: HtmlDocument, ...names: string[]): string | undefined {
  for (const name of names) {
    const el = document.querySelector(`meta[property="${name}"], meta[name="${name}"]`);
    const content = el?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return undefined;
}

/** A saved article page (a local .html file) to title, paragraphs and metadata, through a DOM. */
export function articleFromHtml(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  for (const el of document.querySelectorAll(NOISE)) el.remove();
  const root = document.querySelector('article') ?? document.querySelector('main') ?? document.body ?? document.documentElement;
  const h1 = root?.querySelector('h1')?.textContent ?? document.querySelector('h1')?.textContent;
  const title = (meta(document, 'og:title') ?? h1 ?? document.querySelector('title')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const paragraphs: string[] = [];
  for (const el of root ? root.querySelectorAll(BLOCKS) : []) {
    // Nested blocks (a <p> inside a <blockquote>, a <p> inside an <li>) are read once, at the innermost level.
    if (el.querySelector(BLOCKS)) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text || (el.tagName === 'H1' && text === title)) continue;
    paragraphs.push(text);
  }
  const result: HtmlArticle = { paragraphs };
  if (title) result.title = title;
  const publisher = meta(document, 'og:site_name', 'publisher');
  if (publisher) result.publisher = publisher;
  const byline = meta(document, 'author', 'article:author');
  if (byline && !/^https?:/.test(byline)) result.byline = byline;
  const url = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(document, 'og:url');
  if (url && /^https?:\/\//.test(url)) result.url = url;
  const published = meta(document, 'article:published_time', 'datePublished', 'date');
  if (published) result.published = published;
  return result;
}
