import type { Article } from '../core/types.js';
import { jaccard, leadTerms, shingles } from './story-terms.js';
import { buildTfIdf } from '../core/text/tf-idf.js';
import { pairwiseCosines } from './pairwise-cosines.js';

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
/** Lead cosine below which two articles are not even checked for being the same wire text. */
const WIRE_CANDIDATE = 0.1;

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

  const { vectors } = buildTfIdf(articles.map((a) => leadTerms(a)));
  const bodies = articles.map((a) => shingles(a));
  const times = articles.map(timeOf);
  // Sparse pair similarities (i < j): pairs outside the window, or with nothing in common, are never stored.
  const pairs = new Map<number, number>();
  const wirePairs = new Set<number>();
  const key = (i: number, j: number) => (i < j ? i * n + j : j * n + i);
  const neighbours: number[][] = articles.map(() => []);
  // Articles are in time order, so "within the window" is a prefix of the later ones.
  pairwiseCosines(vectors, (i, j) => times[j]! - times[i]! <= windowMs, (i, j, cos) => {
    let s = cos;
    // Shingling is the costly test: only pairs that already look alike can be the same wire text.
    if (s >= WIRE_CANDIDATE && jaccard(bodies[i]!, bodies[j]!) >= wireThreshold) {
      wirePairs.add(key(i, j));
      s = 1;
    }
    if (s <= 0) return;
    pairs.set(key(i, j), s);
    if (s >= threshold) {
      neighbours[i]!.push(j);
      neighbours[j]!.push(i);
    }
  });
  const simOf = (i: number, j: number) => (i === j ? 1 : (pairs.get(key(i, j)) ?? 0));
  const isWire = (i: number, j: number) => wirePairs.has(key(i, j));

  // An average can only reach the threshold if one of its pairs does, so clusters never merge across
  // components of the "similar enough" graph: cluster each component on its own (they are story-sized).
  const groups: StoryGroup[] = [];
  const seen = new Array<boolean>(n).fill(false);
  for (let start = 0; start < n; start++) {
    if (seen[start]) continue;
    const component: number[] = [];
    const stack = [start];
    seen[start] = true;
    while (stack.length) {
      const i = stack.pop()!;
      component.push(i);
      for (const j of neighbours[i]!) {
        if (!seen[j]) {
          seen[j] = true;
          stack.push(j);
        }
      }
    }
    component.sort((x, y) => x - y);
    for (const list of clusterComponent(component, simOf, times, windowMs, threshold)) {
      groups.push(describeGroup(list, articles, simOf, isWire));
    }
  }
  return groups.sort((x, y) => y.updated.localeCompare(x.updated) || x.articles[0]!.id.localeCompare(y.articles[0]!.id));
}

/** Average-linkage agglomeration inside one component; a merge must keep the cluster within the window. */
function clusterComponent(
  component: number[],
  simOf: (i: number, j: number) => number,
  times: number[],
  windowMs: number,
  threshold: number,
): number[][] {
  const m = component.length;
  if (m === 1) return [component];
  const members: Array<number[] | null> = component.map((i) => [i]);
  const span = component.map((i) => ({ min: times[i]!, max: times[i]! }));
  // link[a][b]: average pairwise similarity between clusters a and b (Lance–Williams update on merge).
  const link = component.map((i) => component.map((j) => simOf(i, j)));
  for (;;) {
    let best = -1;
    let bi = -1;
    let bj = -1;
    for (let a = 0; a < m; a++) {
      if (!members[a]) continue;
      for (let b = a + 1; b < m; b++) {
        if (!members[b]) continue;
        const value = link[a]![b]!;
        if (value <= best) continue;
        if (Math.max(span[a]!.max, span[b]!.max) - Math.min(span[a]!.min, span[b]!.min) > windowMs) continue;
        best = value;
        bi = a;
        bj = b;
      }
    }
    if (bi < 0 || best < threshold) break;
    const first = members[bi]!;
    const second = members[bj]!;
    for (let k = 0; k < m; k++) {
      if (!members[k] || k === bi || k === bj) continue;
      const merged = (first.length * link[bi]![k]! + second.length * link[bj]![k]!) / (first.length + second.length);
      link[bi]![k] = link[k]![bi] = merged;
    }
    members[bi] = [...first, ...second].sort((x, y) => x - y);
    members[bj] = null;
    span[bi] = { min: Math.min(span[bi]!.min, span[bj]!.min), max: Math.max(span[bi]!.max, span[bj]!.max) };
  }
  return members.filter((list): list is number[] => list !== null);
}

function describeGroup(
  list: number[],
  articles: Article[],
  simOf: (i: number, j: number) => number,
  isWire: (i: number, j: number) => boolean,
): StoryGroup {
  let leadIndex = list[0]!;
  let bestCentrality = -1;
  for (const i of list) {
    if (!articles[i]!.title) continue;
    // A wire copy's twin is not a vote for it: otherwise two sites running the same text would name every story.
    const centrality = list.reduce((sum, j) => sum + (i === j || isWire(i, j) ? 0 : simOf(i, j)), 0);
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
      if (isWire(i, j)) wireCopies.add(articles[j]!.id);
      if (isWire(i, j) || sameOutlet) parent.set(find(j), find(i));
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
