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

/** Content terms of a sentence, in order: the vocabulary of TF-IDF and of near-duplicate checks. */
export function contentTerms(text: string): string[] {
  return plainText(text) ? plainContentTerms(text) : anyContentTerms(text);
}

/**
 * Text whose only characters beyond ASCII are the typographic marks news prints (curly quotes, dashes, the
 * ellipsis, no-break spaces): none is a word character or changes in lower case, so its words can be read
 * from its character codes with A–Z folded, in the same places as in its lower case.
 */
function plainText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 && c !== 0xa0 && !(c >= 0x2010 && c <= 0x2026)) return false;
  }
  return true;
}

/** A word character of plain text (see `plainText`), lower or upper case. */
const isPlainWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);

/**
 * `anyContentTerms` for plain text. Each word's term (or that it has none: a stop word, a single letter) is
 * remembered by its lower-case characters (see `termOf`), so a word read before is not lowered, sliced or
 * stemmed again, and its term string, shared, has its hash computed for the maps that count terms.
 */
function plainContentTerms(text: string): string[] {
  const out: string[] = [];
  const length = text.length;
  let start = -1;
  let cut = -1;
  for (let i = 0; i <= length; i++) {
    const code = i < length ? text.charCodeAt(i) : 32;
    if (isPlainWordCode(code)) {
      if (start < 0) start = i;
    } else if (start >= 0 && (code === 39 || code === 0x2019) && cut < 0 && i + 1 < length && isPlainWordCode(text.charCodeAt(i + 1))) {
      cut = i;
    } else if (start >= 0) {
      const end = cut >= 0 ? cut : i;
      if (end - start >= 2) {
        const term = termOf(text, start, end);
        if (term !== null) out.push(term);
      }
      start = -1;
      cut = -1;
    }
  }
  return out;
}

/** Open-addressing table: lower-case word → its term, or null for none (cleared when half full). */
const TERM_SLOTS = 1 << 15;
const termKeys: Array<string | undefined> = new Array<string | undefined>(TERM_SLOTS).fill(undefined);
const termValues: Array<string | null> = new Array<string | null>(TERM_SLOTS).fill(null);
let knownTerms = 0;

/** The term of text[from, to), a word of plain text at least two characters long (A–Z read as a–z). */
function termOf(text: string, from: number, to: number): string | null {
  let hash = 0x811c9dc5;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    hash = Math.imul(hash ^ (c >= 65 && c <= 90 ? c + 32 : c), 0x01000193);
  }
  const length = to - from;
  let slot = hash & (TERM_SLOTS - 1);
  for (let key = termKeys[slot]; key !== undefined; slot = (slot + 1) & (TERM_SLOTS - 1), key = termKeys[slot]) {
    if (key.length !== length) continue;
    let k = 0;
    for (; k < length; k++) {
      const c = text.charCodeAt(from + k);
      if (key.charCodeAt(k) !== (c >= 65 && c <= 90 ? c + 32 : c)) break;
    }
    if (k === length) return termValues[slot]!;
  }
  const codes: number[] = [];
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    codes.push(c >= 65 && c <= 90 ? c + 32 : c);
  }
  // Built from its codes, the word is stored one byte a character whatever the sentence's marks.
  const word = String.fromCharCode(...codes);
  const term = STOP_WORDS.has(word) ? null : stem(word);
  if (knownTerms >= TERM_SLOTS / 2) {
    termKeys.fill(undefined);
    termValues.fill(null);
    knownTerms = 0;
    slot = hash & (TERM_SLOTS - 1);
  }
  termKeys[slot] = word;
  termValues[slot] = term;
  knownTerms++;
  return term;
}

function anyContentTerms(text: string): string[] {
  // A hand-written scan: this runs on every candidate sentence, and is several times faster than
  // a Unicode-aware regular expression.
  const out: string[] = [];
  const lower = text.toLowerCase();
  const length = lower.length;
  let start = -1;
  let cut = -1;
  for (let i = 0; i <= length; i++) {
    const code = i < length ? lower.charCodeAt(i) : 32;
    if (isWordChar(code)) {
      if (start < 0) start = i;
    } else if (start >= 0 && (code === 39 || code === 0x2019) && cut < 0 && i + 1 < length && isWordChar(lower.charCodeAt(i + 1))) {
      // Possessives and contractions carry no extra meaning for ranking: keep the part before.
      cut = i;
    } else if (start >= 0) {
      const word = lower.slice(start, cut >= 0 ? cut : i);
      if (word.length >= 2 && !STOP_WORDS.has(word)) out.push(stem(word));
      start = -1;
      cut = -1;
    }
  }
  return out;
}

function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  // Letters beyond ASCII (accents, other scripts); typographic punctuation and spaces are not words.
  return !(code >= 0x2000 && code <= 0x206f) && code !== 0xa0 && code !== 0xab && code !== 0xbb && code !== 0xb4 && code !== 0xa9 && code !== 0xae && code !== 0xb0 && code !== 0xa3 && code !== 0x20ac && code !== 0xa5;
}

function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

/** Folds the commonest English plurals so "app" and "apps" meet; anything cleverer costs more than it earns. */
export function stem(word: string): string {
  // Every rule below wants a final "s": most words end otherwise and are done after one character code.
  if (word.length <= 3 || word.charCodeAt(word.length - 1) !== 115 || hasDigit(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) return word.slice(0, -1);
  return word;
}

/**
 * `text.toLowerCase()`, skipping the call when there is nothing to lower (ASCII without a capital,
 * most words): it is asked of every token, and costs most on text with curly quotes (two-byte
 * strings, lowered through ICU).
 */
export function lowerCase(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return text.toLowerCase();
  }
  return text;
}

/** JavaScript's `\s` (the ECMAScript white space and line terminators), by code unit. */
export function isJsSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The pieces of `text` between spaces and hyphens, empty ones left out: exactly
 * `text.split(/[\s-]+/u).filter(Boolean)`, without the regex (names are split so, often).
 */
export function spaceOrHyphenWords(text: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 45 || isJsSpace(c)) {
      if (start >= 0) out.push(text.slice(start, i));
      start = -1;
    } else if (start < 0) start = i;
  }
  if (start >= 0) out.push(text.slice(start));
  return out;
}

/** Number of words (runs of non-space characters), counted the way a reader would. */
export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32 || (code >= 9 && code <= 13) || code === 0xa0;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/**
 * Sentences by a plain rule (a stop, then space, then a capital, digit or quote), for near-duplicate
 * checks only: they compare words, so a rare wrong split costs nothing, and this is many times
 * cheaper than the quote-aware splitter that the points and quotes themselves use.
 */
export function roughSentences(paragraph: string): string[] {
  return paragraph.split(/(?<=[.!?]["'”’)]?)\s+(?=["'“‘(]?[\p{Lu}\d])/u);
}

/** Collapses runs of whitespace to one space and trims; returns the same string when already clean (the usual case). */
export function squeezeSpaces(text: string): string {
  return /\s\s|[\t\n\r\f\v\u00a0]|^\s|\s$/.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}
