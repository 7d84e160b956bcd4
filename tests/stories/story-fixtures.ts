import { readFileSync } from 'node:fs';
import type { Article } from '../../src/core/types.js';
import { itemToArticle } from '../../src/sources/feeds/item-article.js';
import { parseFeed } from '../../src/sources/feeds/parse-feed.js';
import { readWebArticle } from '../../src/sources/web-article.js';

const ORIGIN = 'https://fixtures.test';

export function storyFixture(name: string, origin = ORIGIN): string {
  return readFileSync(new URL(`../fixtures/web/stories/${name}`, import.meta.url), 'utf8').replaceAll('{{origin}}', origin);
}

/** The eight articles of the three-event fixture, read the way live polling reads them (feed text, or the page). */
export function storyArticles(): Article[] {
  const articles: Article[] = [];
  for (const [file, slug, publisher] of [
    ['courier.xml', 'courier', 'Calder Courier'],
    ['harbour.xml', 'harbour', 'Harbour Times'],
    ['evening.xml', 'evening', 'Evening Post'],
    ['ledger.xml', 'ledger', 'Daily Ledger'],
  ] as const) {
    for (const item of parseFeed(storyFixture(file)).items) {
      const article =
        item.link?.endsWith('/courier/bridge-shut')
          ? readWebArticle(storyFixture('courier-bridge-shut.html'), item.link, { slug, publisher })
          : itemToArticle(item, { slug, publisher });
      if (article) articles.push(article);
    }
  }
  return articles;
}
