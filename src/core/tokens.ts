/**
 * Words as the ranking sees them: lower-cased, stop words dropped, light plural stemming.
 * A regular expression instead of a full tokenizer keeps ranking fast (it runs on every
 * sentence of every article); the ranking only needs comparable terms, not linguistics.
 */

export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers herself him himself his how ' +
    'i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves out over own ' +
    'said same says say she should so some such than that the their theirs them themselves then there these they this those through to too ' +
    'under until up very was we were what when where which while who whom why will with would you your yours yourself yourselves ' +
    'ago already although among around away back became become becomes cannot either else ever every get gets got however ' +
    'like may might much must neither never one per since still though told upon us via whether within without yet'
  ).split(' '),
);

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Content terms of a sentence, in order: the vocabulary of TF-IDF and of near-duplicate checks. */
export function contentTerms(text: string): string[] {
  const out: string[] = [];
  for (const match of text.toLowerCase().matchAll(WORD)) {
    let word = match[0];
    // Possessives and contractions carry no extra meaning for ranking.
    const apostrophe = word.search(/['’]/);
    if (apostrophe > 0) word = word.slice(0, apostrophe);
    if (word.length < 2 || STOP_WORDS.has(word)) continue;
    out.push(stem(word));
  }
  return out;
}

/** Folds the commonest English plurals so "app" and "apps" meet; anything cleverer costs more than it earns. */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) return word.slice(0, -1);
  return word;
}

/** Number of words, counted the way a reader would (used for length limits). */
export function wordCount(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(/\S+/g)) count++;
  return count;
}
