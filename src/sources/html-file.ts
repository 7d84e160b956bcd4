import type { Article } from '../core/types.js';
import { feedDate, publisherDay } from './feeds/feed-date.js';
import { readHtmlArticle } from './html-article.js';

/** What a page gives: an Article but for the id and path, which the story folder assigns. */
export type HtmlArticle = Omit<Article, 'id' | 'path'>;

/**
 * A saved article page (a local .html file), read by the same reader as fetched pages. The user chose the file,
 * so its canonical URL and site name are taken as written (story.yaml can override them); no paragraphs when
 * the file holds no text.
 */
export function articleFromHtml(html: string): HtmlArticle {
  const reading = readHtmlArticle(html);
  if (!reading) return { paragraphs: [] };
  const url = reading.declaredUrls[0];
  // ISO UTC like every other published time, so that "the latest report" compares instants, not spellings.
  const published = feedDate(reading.published);
  const publishedDay = publisherDay(reading.published);
  return {
    paragraphs: reading.paragraphs,
    ...(reading.title ? { title: reading.title } : {}),
    ...(reading.siteName ? { publisher: reading.siteName } : {}),
    ...(reading.byline && !/^https?:/i.test(reading.byline) ? { byline: reading.byline } : {}),
    ...(url ? { url } : {}),
    ...(published ? { published } : {}),
    ...(publishedDay ? { publishedDay } : {}),
  };
}
