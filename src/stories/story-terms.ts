import type { Article } from '../core/types.js';

const STOPWORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers him his how i if in into ' +
    'is it its itself just me more most my no nor not now of off on once only or other our ours out over own said same says she should ' +
    'so some such than that the their theirs them then there these they this those through to too under until up very was we were what ' +
    'when where which while who whom why will with would you your yours new one two three year years day days week monday tuesday wednesday ' +
    'thursday friday saturday sunday today yesterday told tell according mr mrs ms dr per cent percent s t'
  ).split(' '),
);

/** Words kept for similarity: lower case, accents folded, no stop words, crude plural folding ("talks" ≈ "talk"). */
export function tokenize(text: string): string[] {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u);
  const out: string[] = [];
  for (const word of words) {
    if (word.length < 2 || STOPWORDS.has(word) || /^\d+$/.test(word)) continue;
    out.push(word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word);
  }
  return out;
}

/** Title + lead: what an editor reads to tell two stories apart. The title counts twice. */
export function leadTerms(article: Article, leadWords = 60): string[] {
  const title = tokenize(article.title ?? '');
  const lead: string[] = [];
  for (const paragraph of article.paragraphs) {
    lead.push(...tokenize(paragraph));
    if (lead.length >= leadWords) break;
  }
  return [...title, ...title, ...lead.slice(0, leadWords)];
}

/** Word 5-shingles of the whole body, for spotting the same wire text on two sites. */
export function shingles(article: Article, size = 5): Set<string> {
  const words = article.paragraphs.join(' ').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const set = new Set<string>();
  for (let i = 0; i + size <= words.length; i++) set.add(words.slice(i, i + size).join(' '));
  if (set.size === 0 && words.length > 0) set.add(words.join(' '));
  return set;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / (a.size + b.size - shared);
}
