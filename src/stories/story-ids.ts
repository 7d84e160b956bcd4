import { stableId } from '../core/text/stable-id.js';
import { slugify } from '../contracts/slug.js';
import type { StoryGroup } from './group-stories.js';

/**
 * Story ids stay put as a story grows: a group keeps the id most of its articles had before (the larger group
 * wins when a story splits); a new group gets a readable id from its headline plus a short hash of its first
 * article ("harbour-bridge-closed-3kq9").
 */
export function assignStoryIds(groups: StoryGroup[], previous: ReadonlyMap<string, string>): string[] {
  const order = groups.map((g, i) => ({ g, i })).sort((x, y) => y.g.articles.length - x.g.articles.length || x.i - y.i);
  const taken = new Set<string>();
  const ids = new Array<string>(groups.length);
  for (const { g, i } of order) {
    const votes = new Map<string, number>();
    for (const a of g.articles) {
      const old = previous.get(a.id);
      if (old && !taken.has(old)) votes.set(old, (votes.get(old) ?? 0) + 1);
    }
    const kept = [...votes.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]?.[0];
    let id = kept ?? newStoryId(g);
    while (taken.has(id)) id = `${id}-b`;
    taken.add(id);
    ids[i] = id;
  }
  return ids;
}

export function newStoryId(group: StoryGroup): string {
  const first = group.articles[0]!;
  return `${slugify(group.lead.title ?? first.title ?? 'story', 40)}-${stableId(first.id).slice(-4)}`;
}
