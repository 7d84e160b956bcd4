import { extractFigures } from './figures/index.js';
import { selectKeyPoints } from './key-points/index.js';
import { extractQuotes, mergeQuotes, summariseSpeakers } from './quotes/index.js';
import { readArticle, rememberingSplitter, stableId, type ReadArticle } from './text/index.js';
import type { Article, Briefing, BriefingOptions, Skipped, SourceRef } from './types.js';

export const DEFAULT_POINTS = 5;
export const MIN_POINTS = 3;
export const MAX_POINTS = 7;

export interface BriefingReport {
  briefing: Briefing;
  /** What was left out and why, for the caller to log. */
  skipped: Skipped[];
}

/** Articles in, briefing out: pure and deterministic (same input, same output, byte for byte). */
export function buildBriefing(articles: Article[], options: BriefingOptions = {}): Briefing {
  return analyseStory(articles, options).briefing;
}

export function analyseStory(articles: Article[], options: BriefingOptions = {}): BriefingReport {
  const skipped: Skipped[] = [];
  const read: ReadArticle[] = [];
  for (const article of articles) {
    const result = readArticle(article);
    skipped.push(...result.skipped);
    if (result.article.paragraphs.length === 0) {
      skipped.push({ kind: 'article', text: result.article.title, source: article.id, reason: 'no body text after removing boilerplate' });
      continue;
    }
    read.push(result.article);
  }

  // Quotes, key points and figures read the same sentences: split each paragraph once.
  const split = rememberingSplitter();
  const found = read.map((article) => extractQuotes(article, split));
  for (const f of found) skipped.push(...f.skipped);
  const quotes = mergeQuotes(found.flatMap((f) => f.quotes));
  const points = clampPoints(options.points);
  // Key points know the published dates (a report outranks an earlier preview) and the quotes (a
  // point that only restates one is not chosen).
  // Each read article's original, the first with its id (as \`find\` would give): one map, not a scan per article.
  const originals = new Map<string, Article>();
  for (const a of articles) if (!originals.has(a.id)) originals.set(a.id, a);
  const dated = read.map((r) => {
    const original = originals.get(r.id);
    return { ...r, ...(original?.published ? { published: original.published } : {}), ...(original?.publishedDay ? { publishedDay: original.publishedDay } : {}) };
  });

  const sources: SourceRef[] = read.map((r) => {
    const original = originals.get(r.id)!;
    return {
      id: r.id,
      title: r.title,
      ...(r.publisher ?? original.publisher ? { publisher: (r.publisher ?? original.publisher)! } : {}),
      ...(original.url ? { url: original.url } : {}),
      ...(original.published ? { published: original.published } : {}),
      ...(original.path ? { path: original.path } : {}),
    };
  });

  const briefing: Briefing = {
    id: options.id ?? stableId(articles.map((a) => a.id).sort().join('\n')),
    title: options.title ?? read[0]?.title ?? 'Untitled story',
    sources,
    keyPoints: selectKeyPoints(dated, points, undefined, split, quotes.filter((q) => !q.fragment).flatMap((q) => [q.text, ...(q.variants ?? [])])),
    quotes,
    figures: extractFigures(read, split),
    speakers: summariseSpeakers(quotes),
  };
  return { briefing, skipped };
}

export function clampPoints(points: number | undefined): number {
  if (points === undefined || !Number.isFinite(points)) return DEFAULT_POINTS;
  return Math.min(MAX_POINTS, Math.max(MIN_POINTS, Math.round(points)));
}
