import type { Article } from '../../core/types.js';
import { jaccard, leadTerms, shingles } from './story-terms.js';
import { cosine, tfIdfVectors } from './tf-idf.js';

export interface GroupingOptions {
  /** Articles further apart in time are never one story. Default 36 h. */
  windowHours?: number;
  /** Average TF-IDF cosine (title + lead) two groups need to merge. Default 0.25. */
  threshold?: number;
  /** Shingle Jaccard at which two bodies are the same wire copy. Default 0.6. */
  wireThreshold?: number;
}

export interface StoryGroup {
  /** In publication order (then id). */
  articles: Article[];
  /** The most central article: its headline names the story. */
  lead: Article;
  /** Distinct sources for ranking: wire copies and one outlet's several articles count once. */
  sourceCount: number;
  /** Ids of articles that are near-identical copies of another in the group. */
  wireCopies: string[];
  /** Newest publication time (ISO). */
  updated: string;
}

export const DEFAULT_WINDOW_HOURS = 36;
export const DEFAULT_THRESHOLD = 0.25;
export const DEFAULT_WIRE_THRESHOLD = 0.6;

function timeOf(article: Article): number {
  const t = article.published ? Date.parse(article.published) : NaN;
  return Number.isNaN(t) ? 0 : t;
}

/**
 * Groups articles about the same event (average-linkage clustering on title + lead TF-IDF cosine, within a time
 * window). Average linkage, not single: two events that share a city and a minister do not chain into one
 * story through a single article that mentions both. Wire copies always join. Deterministic for a given set.
 */
export function groupStories(input: Article[], options: GroupingOptions = {}): StoryGroup[] {
  const windowMs = (options.windowHours ?? DEFAULT_WINDOW_HOURS) * 3600_000;
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const wireThreshold = options.wireThreshold ?? DEFAULT_WIRE_THRESHOLD;
  const articles = [...input].sort((a, b) => timeOf(a) - timeOf(b) || a.id.localeCompare(b.id));
  const n = articles.length;
  if (n === 0) return [];

  const vectors = tfIdfVectors(articles.map((a) => leadTerms(a)));
  const bodies = articles.map((a) => shingles(a));
  const sim: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const wire: boolean[][] = Array.from({ length: n }, () => new Array<boolean>(n).fill(false));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const isWire = jaccard(bodies[i]!, bodies[j]!) >= wireThreshold;
      wire[i]![j] = wire[j]![i] = isWire;
      const s = isWire ? 1 : cosine(vectors[i]!, vectors[j]!);
      sim[i]![j] = sim[j]![i] = s;
    }
  }

  // Clusters as member lists; link[a][b] is the average pairwise similarity between clusters a and b.
  const members: Array<number[] | null> = articles.map((_, i) => [i]);
  const span = articles.map((a) => ({ min: timeOf(a), max: timeOf(a) }));
  const link = sim.map((row) => [...row]);
  for (;;) {
    let best = -1;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < n; i++) {
      if (!members[i]) continue;
      for (let j = i + 1; j < n; j++) {
        if (!members[j]) continue;
        const value = link[i]![j]!;
        if (value <= best) continue;
        const lo = Math.min(span[i]!.min, span[j]!.min);
        const hi = Math.max(span[i]!.max, span[j]!.max);
        if (hi - lo > windowMs) continue;
        best = value;
        bi = i;
        bj = j;
      }
    }
    if (bi < 0 || best < threshold) break;
    const a = members[bi]!;
    const b = members[bj]!;
    for (let k = 0; k < n; k++) {
      if (!members[k] || k === bi || k === bj) continue;
      const merged = (a.length * link[bi]![k]! + b.length * link[bj]![k]!) / (a.length + b.length);
      link[bi]![k] = link[k]![bi] = merged;
    }
    members[bi] = [...a, ...b].sort((x, y) => x - y);
    members[bj] = null;
    span[bi] = { min: Math.min(span[bi]!.min, span[bj]!.min), max: Math.max(span[bi]!.max, span[bj]!.max) };
  }

  const groups: StoryGroup[] = [];
  for (const list of members) {
    if (!list) continue;
    groups.push(describeGroup(list, articles, sim, wire));
  }
  return groups.sort((x, y) => y.updated.localeCompare(x.updated) || x.articles[0]!.id.localeCompare(y.articles[0]!.id));
}

function describeGroup(list: number[], articles: Article[], sim: number[][], wire: boolean[][]): StoryGroup {
  let leadIndex = list[0]!;
  let bestCentrality = -1;
  for (const i of list) {
    if (!articles[i]!.title) continue;
    // A wire copy's twin is not a vote for it: otherwise two sites running the same text would name every story.
    const centrality = list.reduce((sum, j) => sum + (i === j || wire[i]![j] ? 0 : sim[i]![j]!), 0);
    if (centrality > bestCentrality + 1e-9) {
      bestCentrality = centrality;
      leadIndex = i;
    }
  }
  // Sources for ranking: union wire copies and same-outlet articles, count what is left.
  const parent = new Map<number, number>(list.map((i) => [i, i]));
  const find = (i: number): number => (parent.get(i) === i ? i : find(parent.get(i)!));
  const wireCopies = new Set<string>();
  for (const i of list) {
    for (const j of list) {
      if (j <= i) continue;
      const sameOutlet = !!articles[i]!.publisher && articles[i]!.publisher === articles[j]!.publisher;
      if (wire[i]![j]) wireCopies.add(articles[j]!.id);
      if (wire[i]![j] || sameOutlet) parent.set(find(j), find(i));
    }
  }
  const roots = new Set(list.map(find));
  const group = list.map((i) => articles[i]!);
  const newest = Math.max(...group.map(timeOf));
  return {
    articles: group,
    lead: articles[leadIndex]!,
    sourceCount: roots.size,
    wireCopies: [...wireCopies].sort(),
    updated: new Date(newest).toISOString(),
  };
}
