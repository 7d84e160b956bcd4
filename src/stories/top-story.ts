import type { Article } from '../core/types.js';
import { groupStories, type GroupingOptions } from './group-stories.js';

/**
 * The one story to brief from a mixed set (a feed's items): the group with the most independent sources, then
 * the most articles, then the newest. A single article is its own story.
 */
export function topStory(articles: Article[], options: GroupingOptions = {}): { articles: Article[]; title?: string } {
  if (articles.length <= 1) return { articles, ...(articles[0]?.title ? { title: articles[0].title } : {}) };
  const best = [...groupStories(articles, options)].sort(
    (a, b) => b.sourceCount - a.sourceCount || b.articles.length - a.articles.length || b.updated.localeCompare(a.updated),
  )[0]!;
  return { articles: best.articles, ...(best.lead.title ? { title: best.lead.title } : {}) };
}
