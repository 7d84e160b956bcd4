import type { Article } from '../core/types.js';
import { bodyText, mediaType } from './fetch/body-text.js';
import { FetchError } from './fetch/fetch-error.js';
import { prepareFetchOptions, type FetchOptions } from './fetch/fetch-options.js';
import { safeFetch } from './fetch/safe-fetch.js';
import { itemToArticle } from './feeds/item-article.js';
import { looksLikeFeed, parseFeed } from './feeds/parse-feed.js';
import { readWebArticle, type PageHints } from './web-article.js';

const ACCEPT = 'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1';
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const XML_TYPES = /(^|\/|\+)(xml|rss|atom)/;

/** Feed items whose own text is shorter than this have their page fetched (at most this many pages per feed). */
const SHORT_ITEM_CHARS = 400;
const MAX_PAGES_PER_FEED = 10;

/** A page that holds no article text (empty, binary bytes, a section front): a permanent answer for that URL. */
export class NoArticleTextError extends FetchError {
  override name = 'NoArticleTextError';
  constructor(url: string) {
    super('not-article', `no article text at ${url}`, url);
  }
}

/**
 * One URL → its articles: an article page gives one Article, a feed gives its items' articles (read from the
 * feed's text, or from the item's page when the feed only carries a teaser). Throws FetchError (refused, too
 * large, not a page…), NoArticleTextError (a page without article text) or FeedParseError.
 */
export async function readUrl(url: string, options: FetchOptions): Promise<Article[]> {
  const prepared = prepareFetchOptions(options);
  const result = await safeFetch(url, prepared, { accept: ACCEPT });
  const type = mediaType(result);
  const text = bodyText(result);
  if (XML_TYPES.test(type) || (!HTML_TYPES.has(type) && looksLikeFeed(text)) || (type === '' && looksLikeFeed(text))) {
    const feed = parseFeed(text, result.url);
    const host = new URL(result.url).hostname;
    const source = { slug: host, ...(feed.title ? { publisher: feed.title } : {}) };
    const articles: Article[] = [];
    let pages = 0;
    for (const item of feed.items) {
      let article = itemToArticle(item, source);
      const length = article?.paragraphs.join(' ').length ?? 0;
      if (item.link && length < SHORT_ITEM_CHARS && pages < MAX_PAGES_PER_FEED) {
        pages++;
        const page = await readArticlePage(item.link, prepared, {
          slug: host,
          ...(feed.title ? { publisher: feed.title } : {}),
          ...(item.title ? { title: item.title } : {}),
          ...(item.published ? { published: item.published } : {}),
          ...(item.publishedDay ? { publishedDay: item.publishedDay } : {}),
        }).catch(() => null);
        if (page) article = page;
      }
      if (article) articles.push(article);
    }
    if (articles.length === 0) throw new FetchError('not-article', 'the feed has no items with text', result.url);
    return articles;
  }
  if (!HTML_TYPES.has(type) && !/^\s*<(!doctype html|html)/i.test(text.slice(0, 512))) {
    throw new FetchError('not-article', `that link is not a web page or a feed (${type || 'unknown type'})`, result.url);
  }
  const article = readWebArticle(text, result.url);
  if (!article) throw new NoArticleTextError(url);
  return [article];
}

/** An article page → Article, or null when the page has no article. Throws FetchError when it cannot be fetched. */
export async function readArticlePage(url: string, options: FetchOptions, hints: PageHints = {}): Promise<Article | null> {
  const result = await safeFetch(url, options, { accept: 'text/html, application/xhtml+xml;q=0.9, */*;q=0.1' });
  const type = mediaType(result);
  if (type && !HTML_TYPES.has(type)) return null;
  return readWebArticle(bodyText(result), result.url, hints);
}
