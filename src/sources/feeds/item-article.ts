import type { Article } from '../../core/types.js';
import { htmlToParagraphs } from '../html-paragraphs.js';
import { articleId } from './item-id.js';
import type { FeedItem } from './parse-feed.js';

export interface FeedSource {
  /** Feed id from config, or the feed's host for an on-demand URL: starts every article id. */
  slug: string;
  publisher?: string;
}

/** A feed item read from the feed's own text (when its page cannot be read, or pages are not fetched). */
export function itemToArticle(item: FeedItem, source: FeedSource): Article | null {
  const paragraphs = item.contentHtml ? htmlToParagraphs(item.contentHtml) : [];
  if (paragraphs.length === 0) return null;
  return {
    id: articleId(source.slug, item.link ?? item.key),
    ...(item.title ? { title: item.title } : {}),
    paragraphs,
    ...(source.publisher ? { publisher: source.publisher } : {}),
    ...(item.author ? { byline: item.author } : {}),
    ...(item.link ? { url: item.link } : {}),
    ...(item.published ? { published: item.published } : {}),
    ...(item.publishedDay ? { publishedDay: item.publishedDay } : {}),
  };
}
