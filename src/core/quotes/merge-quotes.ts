/**
 * One quote per thing said, across sources. Two outlets quoting the same words differ in small
 * ways — a trailing "as well", a comma, curly or straight apostrophes, one of them splitting the
 * quote in two — so quotes by the same speaker are the same when one's words appear, in order,
 * inside the other's, or when their word sets overlap strongly. The fullest wording is kept as
 * `text`, every other wording as a variant; quoted words are never changed.
 */
import type { ArticleQuote } from './quotes.js';
import type { Quote } from '../types.js';

/** Token-set F1 at or above this is the same quote in other words' order or with a word more or less. */
const SAME_QUOTE_OVERLAP = 0.75;

/** Words for comparison only: lower case, one apostrophe, no punctuation. */
export function comparableWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘`]/gu, "'")
    .replace(/[^\p{L}\p{N}'\s]+/gu, ' ')
    .split(/\s+/u)
    .map((w) => w.replace(/^'+|'+$/gu, ''))
    .filter(Boolean);
}

function overlap(a: string[], b: string[]): number {
  const x = new Set(a);
  const y = new Set(b);
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  if (common === 0) return 0;
  const p = common / x.size;
  const r = common / y.size;
  return (2 * p * r) / (p + r);
}

/** Same words: the shorter wording inside the longer one, in order, or a strong overlap. */
export function sameQuote(a: string, b: string): boolean {
  return sameWords(comparableWords(a), comparableWords(b));
}

function sameWords(wa: string[], wb: string[]): boolean {
  if (wa.length === 0 || wb.length === 0) return false;
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (` ${long.join(' ')} `.includes(` ${short.join(' ')} `)) return true;
  return overlap(wa, wb) >= SAME_QUOTE_OVERLAP;
}

interface Member {
  quote: ArticleQuote;
  order: number;
  words: string[];
}

interface Cluster {
  first: number;
  members: Member[];
  /** Distinct wordings (as comparable words) already in the cluster: each is compared once. */
  wordings: Map<string, string[]>;
}

export function mergeQuotes(quotes: ArticleQuote[]): Quote[] {
  // Fullest wordings first, so that each cluster is anchored on the quote the others are parts of.
  const byLength = quotes
    .map((quote, order): Member => ({ quote, order, words: comparableWords(quote.text) }))
    .sort((a, b) => b.words.length - a.words.length || Number(a.quote.fragment) - Number(b.quote.fragment) || a.order - b.order);

  // Only quotes by the same speaker can merge; the same wording joins its cluster at once, so a big
  // story with many copies of one quote costs one comparison per distinct wording, not per copy.
  const clusters: Cluster[] = [];
  const bySpeaker = new Map<string, { clusters: Cluster[]; exact: Map<string, Cluster> }>();
  for (const item of byLength) {
    const name = item.quote.speaker.name;
    let group = bySpeaker.get(name);
    if (!group) {
      group = { clusters: [], exact: new Map() };
      bySpeaker.set(name, group);
    }
    const key = item.words.join(' ');
    const home = group.exact.get(key) ?? group.clusters.find((c) => [...c.wordings.values()].some((w) => sameWords(w, item.words)));
    if (home) {
      home.members.push(item);
      home.first = Math.min(home.first, item.order);
      if (!home.wordings.has(key)) home.wordings.set(key, item.words);
    } else {
      const cluster: Cluster = { first: item.order, members: [item], wordings: new Map([[key, item.words]]) };
      clusters.push(cluster);
      group.clusters.push(cluster);
    }
    group.exact.set(key, group.exact.get(key) ?? home ?? clusters[clusters.length - 1]!);
  }

  const roles = storyRoles(quotes);

  return clusters
    .sort((a, b) => a.first - b.first)
    .map((cluster) => {
      const main = cluster.members[0]!.quote;
      const inOrder = [...cluster.members].sort((a, b) => a.order - b.order);
      const sources = [...new Set(inOrder.map((m) => m.quote.source))];
      const variants = [...new Set(inOrder.map((m) => m.quote.text))].filter((t) => t !== main.text);
      const role = roles.get(main.speaker.name);
      const quote: Quote = {
        text: main.text,
        speaker: role ? { name: main.speaker.name, role } : { name: main.speaker.name },
        sources,
        fragment: main.fragment,
      };
      // The sentence of the first source that quotes these very words, so the card can highlight them in it.
      const context = main.fragment ? inOrder.find((m) => m.quote.text === main.text && m.quote.context)?.quote.context : undefined;
      if (context) quote.context = context;
      if (variants.length > 0) quote.variants = variants;
      return quote;
    });
}

/**
 * One role per speaker across the story, whatever order the articles come in: the role the
 * articles give that person most often (every mention, summed over articles), then the one more
 * articles give, then the shorter, then the first in alphabetical order.
 */
export function storyRoles(quotes: ArticleQuote[]): Map<string, string> {
  const tallies = new Map<string, Map<string, { mentions: number; articles: number }>>();
  const counted = new Set<string>();
  for (const q of quotes) {
    // Each article's counts once per speaker, however many quotes it gives them.
    const key = `${q.source}\u0000${q.speaker.name}`;
    if (counted.has(key)) continue;
    const counts = q.roleCounts ?? (q.speaker.role ? [[q.speaker.role, 1] as [string, number]] : []);
    if (counts.length === 0) continue;
    counted.add(key);
    const tally = tallies.get(q.speaker.name) ?? new Map<string, { mentions: number; articles: number }>();
    for (const [role, n] of counts) {
      const t = tally.get(role) ?? { mentions: 0, articles: 0 };
      t.mentions += n;
      t.articles += 1;
      tally.set(role, t);
    }
    tallies.set(q.speaker.name, tally);
  }
  const roles = new Map<string, string>();
  for (const [name, tally] of tallies) {
    const best = [...tally].sort(([ra, a], [rb, b]) => b.mentions - a.mentions || b.articles - a.articles || ra.length - rb.length || (ra < rb ? -1 : ra > rb ? 1 : 0))[0];
    if (best) roles.set(name, best[0]);
  }
  return roles;
}
