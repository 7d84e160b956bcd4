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
  return plainWords(text) ?? anyComparableWords(text);
}

/**
 * comparableWords for text of ASCII and typographic marks (curly quotes and apostrophes, dashes, "…", no-break
 * spaces), most quotes, read by character codes: the same words as the regular expressions below (runs of
 * letters, digits and apostrophes, lower case, without apostrophes at either end), without four Unicode regex
 * passes and a replace per word. Undefined for any other text.
 */
function plainWords(text: string): string[] | undefined {
  const lower = text.toLowerCase();
  const words: string[] = [];
  let start = -1;
  let marks = false;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    const apostrophe = c === 39 || c === 96 || c === 0x2018 || c === 0x2019;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || apostrophe) {
      if (start < 0) {
        start = i;
        marks = false;
      }
      if (c !== 39 && apostrophe) marks = true;
      continue;
    }
    if (c >= 128 && c !== 0xa0 && c !== 0x201c && c !== 0x201d && c !== 0x2013 && c !== 0x2014 && c !== 0x2026) return undefined;
    if (start < 0) continue;
    let from = start;
    let to = i;
    start = -1;
    while (from < to && isApostropheCode(lower.charCodeAt(from))) from++;
    while (to > from && isApostropheCode(lower.charCodeAt(to - 1))) to--;
    if (from === to) continue;
    const word = lower.slice(from, to);
    words.push(marks ? word.replace(/[’‘`]/gu, "'") : word);
  }
  return words;
}

const isApostropheCode = (c: number): boolean => c === 39 || c === 96 || c === 0x2018 || c === 0x2019;

function anyComparableWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘`]/gu, "'")
    .replace(/[^\p{L}\p{N}'\s]+/gu, ' ')
    .split(/\s+/u)
    .map((w) => w.replace(/^'+|'+$/gu, ''))
    .filter(Boolean);
}

function overlap(a: Wording, b: Wording): number {
  const x = (a.set ??= new Set(a.words));
  const y = (b.set ??= new Set(b.words));
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  if (common === 0) return 0;
  const p = common / x.size;
  const r = common / y.size;
  return (2 * p * r) / (p + r);
}

/**
 * A quote's comparable words, with what the comparisons read of them made once: a wording is compared with
 * every distinct wording of its speaker's clusters, so joining the words and building their set per
 * comparison was quadratic work in a speaker's quotes.
 */
interface Wording {
  words: string[];
  /** The words joined by spaces, with a space before and after (whole words are found inside it). */
  spaced: string;
  /** The distinct words, made when first needed (most comparisons end at the containment test). */
  set?: Set<string>;
}

function wordingOf(words: string[]): Wording {
  return { words, spaced: ` ${words.join(' ')} ` };
}

/** Same words: the shorter wording inside the longer one, in order, or a strong overlap. */
export function sameQuote(a: string, b: string): boolean {
  return sameWords(wordingOf(comparableWords(a)), wordingOf(comparableWords(b)));
}

function sameWords(wa: Wording, wb: Wording): boolean {
  if (wa.words.length === 0 || wb.words.length === 0) return false;
  const [short, long] = wa.words.length <= wb.words.length ? [wa, wb] : [wb, wa];
  if (long.spaced.includes(short.spaced)) return true;
  return overlap(wa, wb) >= SAME_QUOTE_OVERLAP;
}

interface Member {
  quote: ArticleQuote;
  order: number;
  wording: Wording;
}

interface Cluster {
  first: number;
  members: Member[];
  /** Distinct wordings (by their words joined) already in the cluster: each is compared once. */
  wordings: Map<string, Wording>;
}

/** Does any of the cluster's wordings say the same as `wording`? */
function holdsSameWords(cluster: Cluster, wording: Wording): boolean {
  for (const w of cluster.wordings.values()) if (sameWords(w, wording)) return true;
  return false;
}

export function mergeQuotes(quotes: ArticleQuote[]): Quote[] {
  // Fullest wordings first, so that each cluster is anchored on the quote the others are parts of.
  const byLength = quotes
    .map((quote, order): Member => ({ quote, order, wording: wordingOf(comparableWords(quote.text)) }))
    .sort((a, b) => b.wording.words.length - a.wording.words.length || Number(a.quote.fragment) - Number(b.quote.fragment) || a.order - b.order);

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
    const key = item.wording.spaced;
    const home = group.exact.get(key) ?? group.clusters.find((c) => holdsSameWords(c, item.wording));
    if (home) {
      home.members.push(item);
      home.first = Math.min(home.first, item.order);
      if (!home.wordings.has(key)) home.wordings.set(key, item.wording);
    } else {
      const cluster: Cluster = { first: item.order, members: [item], wordings: new Map([[key, item.wording]]) };
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
