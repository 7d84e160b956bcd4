/**
 * A sentence as attribution reads it: words and punctuation outside quotations, and each
 * quotation as a single token, so that no word inside a quote can become its speaker.
 */
import { HONORIFICS as HONORIFIC_LIST } from './speaker-words.js';
import { wordClasses } from './attribution/word-classes.js';
import { GENERATIONAL_SUFFIXES } from './attribution/lexicon.js';

// A local binding: read in the hottest loop, it must not go through a module getter.
const HONORIFICS = HONORIFIC_LIST;

export type TokenKind = 'word' | 'punct' | 'quote';

export interface Token {
  kind: TokenKind;
  text: string;
  /** Lower case, without a final dot: what the word lists are compared with. */
  lower: string;
  /**
   * Starts with a capital letter (computed once: it is asked of every token, often). `tokenise` always
   * sets it, so that tokens of every kind have one shape for the engine (the hot loops read them all).
   */
  upper?: boolean;
  /** The word lists `lower` is in, as bits (attribution/word-classes.ts): read once per distinct word. */
  classes: number;
  /** Offset in the paragraph. */
  start: number;
  end: number;
  /** For quote tokens: the index of the quotation span in the article's list. */
  quoteIndex?: number;
}

const POSSESSIVE = /^(.*\p{L})['’]s$/u;
/** Length of the longest honorific (at least that of "jr", "sr", "st" and a single letter). */
const LONGEST_HONORIFIC = Math.max(2, ...[...HONORIFICS.keys()].map((h) => h.length));

/** A dot after these stays with the word: "Mr.", "U.S.", "Sen.", initials "J.". */
function keepsDot(word: string): boolean {
  // Most words before a dot end a sentence: longer than any honorific and with no dot of their own
  // (initials), they cannot keep it. Checked before lower-casing and the Unicode regexes.
  if (word.length > LONGEST_HONORIFIC && !word.includes('.')) return false;
  const lower = word.toLowerCase();
  return HONORIFICS.has(lower) || /^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word) || lower === 'jr' || lower === 'sr' || lower === 'st';
}

/** Tokenises text[from, to) of a paragraph, turning the given quotation spans (sorted by start) into single tokens. */
export function tokenise(
  paragraph: string,
  from: number,
  to: number,
  quotes: ReadonlyArray<{ start: number; end: number; index: number }>,
): Token[] {
  const tokens: Token[] = [];
  const inside = quotes.length === 0 ? quotes : quotes.filter((s) => s.end > from && s.start < to);
  let q = 0;
  let i = from;
  // Text between quotations is read with one regex pass; each quotation becomes one token.
  while (i < to) {
    const quote = inside[q];
    const stop = quote ? Math.max(i, Math.min(quote.start, to)) : to;
    if (stop > i) readWords(paragraph, i, stop, tokens);
    if (!quote || quote.start >= to) break;
    tokens.push({ kind: 'quote', text: paragraph.slice(quote.start, quote.end), lower: '', upper: false, classes: QUOTE_CLASSES, start: quote.start, end: quote.end, quoteIndex: quote.index });
    i = Math.max(i, quote.end);
    q++;
  }
  return tokens;
}

function readWords(paragraph: string, from: number, to: number, tokens: Token[]): void {
  // A hand-written scanner, the same tokens as /([\p{L}\p{N}]+(?:[’'\-&.][\p{L}\p{N}]+|,\d{3}(?!\d))*)|[^\s]/u
  // but without a Unicode regex per word: this is the hottest loop of quote extraction.
  let i = from;
  while (i < to) {
    const c = paragraph.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    capitalOrNonAscii = false;
    let end = wordEnd(paragraph, i);
    if (end === i) {
      // One character (a whole code point) of punctuation or a symbol.
      const width = c >= 0xd800 && c <= 0xdbff && i + 1 < paragraph.length ? 2 : 1;
      const text = paragraph.slice(i, i + width);
      tokens.push({ kind: 'punct', text, lower: text, upper: false, classes: punctClasses(text, c), start: i, end: i + 1 });
      i += width;
      continue;
    }
    // Joiners inside a word ("U.S", "de-escalate", "O’Neill", "AT&T") and thousands ("2,000").
    for (;;) {
      const j = paragraph.charCodeAt(end);
      const joined = j === 0x2019 || j === 39 || j === 45 || j === 38 || j === 46 ? wordEnd(paragraph, end + 1) : end + 1;
      if (joined > end + 1) end = joined;
      else if (j === 44 && isDigits3(paragraph, end + 1)) end += 4;
      else break;
    }
    if (end > to) break;
    // A word before a full stop that may keep it ("Mr.", "J.") is read as before; every other word's
    // tokens are those of the last time the same characters were read (see `knownWord`).
    if (end < to && paragraph.charCodeAt(end) === 46 && (end - i <= LONGEST_HONORIFIC || hasDot(paragraph, i, end))) {
      let text = paragraph.slice(i, end);
      if (keepsDot(text)) {
        text += '.';
        end++;
      }
      // Joiners, digits and the dot never change case: only the letters wordEnd saw can.
      pushWord(text, i, end, tokens, capitalOrNonAscii);
    } else {
      const slot = knownWord(paragraph, i, end, capitalOrNonAscii);
      const known = wordTokens[slot];
      if (known === undefined) {
        // One word token, most words: its strings are read from the table's columns, not from a cached token.
        tokens.push({ kind: 'word', text: wordKeys[slot]!, lower: wordLowers[slot]!, upper: wordUppers[slot] === 1, classes: wordClassBits[slot]!, start: i, end });
      } else {
        for (let k = 0; k < known.length; k++) {
          const t = known[k]!;
          tokens.push({ kind: 'word', text: t.text, lower: t.lower, upper: t.upper, classes: t.classes, start: i + t.start, end: i + t.end });
        }
      }
    }
    // (One string comparison per word: the suffix test runs only after a comma.)
    if (tokens.length >= 3 && tokens[tokens.length - 2]!.text === ',') joinSuffix(tokens);
    i = end;
  }
}

/** A generational suffix as written: "Jr." or "Sr." with or without the dot, a Roman numeral in capitals ("III", not "Ii"). */
function isSuffix(t: Token): boolean {
  return GENERATIONAL_SUFFIXES.has(t.lower) && t.upper === true && (!t.lower.startsWith('i') || t.text === t.text.toUpperCase());
}

/**
 * "Harlan Voss, Jr.": formal styles set a generational suffix off by a comma, and the name is still
 * the son's, not the father's. The comma between a capitalised word and the suffix just read is
 * dropped, so that the suffix ends the name's run as it does written without one (the other tokens
 * keep their offsets).
 */
function joinSuffix(tokens: Token[]): void {
  const n = tokens.length;
  const name = tokens[n - 3]!;
  if (isSuffix(tokens[n - 1]!) && name.kind === 'word' && name.upper) tokens.splice(n - 2, 1);
}

/**
 * The word's characters as a string of its own. A slice of a paragraph with a curly quote anywhere is stored
 * two bytes a character, and so is everything made from it; built from its codes, a word in ASCII is stored
 * one byte a character, which the word lists' hashing and comparisons, lower-casing and joining into
 * names all read faster.
 */
function oneByte(paragraph: string, from: number, to: number): string {
  const codes: number[] = [];
  for (let k = from; k < to; k++) {
    const c = paragraph.charCodeAt(k);
    if (c >= 128) return paragraph.slice(from, to);
    codes.push(c);
  }
  return String.fromCharCode(...codes);
}

function hasDot(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 46) return true;
  return false;
}

/**
 * The word tokens of every word read lately, by its characters (offsets relative to the word): a word is
 * sliced, lowered and split (possessives, contractions) once, and its strings are shared by every later
 * reading of it, so that the word lists' look-ups find their hash already computed. An open-addressing
 * table (the key is hashed from the paragraph's character codes, so a known word is never sliced), cleared
 * when half full. The tokens are a function of the characters alone, so what the table holds never changes
 * a result.
 *
 * The table is kept in columns, because reading it is bound by memory reads: each slot's hash (so that a
 * probe past another word compares numbers, not that word's characters), and for a word that is one token
 * (most) its lower case and capital (its text is the key itself); only a word that reads as several tokens
 * ("He’s", "Facebook’s") keeps them as tokens, in `wordTokens`.
 */
const WORD_SLOTS = 1 << 15;
const wordKeys: Array<string | undefined> = new Array<string | undefined>(WORD_SLOTS).fill(undefined);
const wordHashes = new Int32Array(WORD_SLOTS);
const wordLowers: Array<string | undefined> = new Array<string | undefined>(WORD_SLOTS).fill(undefined);
const wordUppers = new Uint8Array(WORD_SLOTS);
const wordClassBits = new Int32Array(WORD_SLOTS);
const wordTokens: Array<Token[] | undefined> = new Array<Token[] | undefined>(WORD_SLOTS).fill(undefined);
let knownWords = 0;

/** The word's slot in the table, filled first if the word is new. */
function knownWord(paragraph: string, from: number, to: number, lowers: boolean): number {
  // FNV-1a over the UTF-16 code units.
  let hash = 0x811c9dc5;
  for (let k = from; k < to; k++) hash = Math.imul(hash ^ paragraph.charCodeAt(k), 0x01000193);
  const length = to - from;
  for (let slot = hash & (WORD_SLOTS - 1); ; slot = (slot + 1) & (WORD_SLOTS - 1)) {
    const key = wordKeys[slot];
    if (key === undefined) break;
    if (wordHashes[slot] !== hash || key.length !== length) continue;
    let same = true;
    for (let k = 0; k < length; k++) {
      if (key.charCodeAt(k) !== paragraph.charCodeAt(from + k)) {
        same = false;
        break;
      }
    }
    if (same) return slot;
  }
  const text = oneByte(paragraph, from, to);
  const read: Token[] = [];
  pushWord(text, 0, length, read, lowers);
  if (knownWords >= WORD_SLOTS / 2) {
    wordKeys.fill(undefined);
    wordLowers.fill(undefined);
    wordTokens.fill(undefined);
    knownWords = 0;
  }
  let slot = hash & (WORD_SLOTS - 1);
  while (wordKeys[slot] !== undefined) slot = (slot + 1) & (WORD_SLOTS - 1);
  wordKeys[slot] = text;
  wordHashes[slot] = hash;
  if (read.length === 1) {
    wordLowers[slot] = read[0]!.lower;
    wordUppers[slot] = read[0]!.upper ? 1 : 0;
    wordClassBits[slot] = read[0]!.classes;
    wordTokens[slot] = undefined;
  } else {
    wordTokens[slot] = read;
  }
  knownWords++;
  return slot;
}

/** `text.toLowerCase()`, or `text` itself when `lowers` says no letter of it can change. */
const lowered = (text: string, lowers: boolean): string => (lowers ? text.toLowerCase() : text);

function pushWord(text: string, i: number, end: number, tokens: Token[], lowers: boolean): void {
  const last = text.length - 2;
  const possessive = last > 0 && (text[last] === '’' || text[last] === "'") && text[last + 1] === 's' ? POSSESSIVE.exec(text) : null;
  if (possessive && PRONOUN_CONTRACTION.test(possessive[1]!)) {
    // "He’s claiming": a pronoun and "is", not a possessive.
    const base = possessive[1]!;
    const lower = lowered(base, lowers);
    tokens.push({ kind: 'word', text: base, lower, upper: startsUpper(base), classes: wordClasses(lower), start: i, end: i + base.length });
    tokens.push({ kind: 'word', text: text.slice(base.length), lower: 'is', upper: false, classes: wordClasses('is'), start: i + base.length, end });
  } else if (possessive) {
    // "Facebook’s" → "Facebook" + "’s": the possessive marks a role or an owner, never a name.
    const base = possessive[1]!;
    const lower = lowered(base, lowers);
    tokens.push({ kind: 'word', text: base, lower, upper: startsUpper(base), classes: wordClasses(lower), start: i, end: i + base.length });
    tokens.push({ kind: 'word', text: text.slice(base.length), lower: "'s", upper: false, classes: wordClasses("'s"), start: i + base.length, end });
  } else {
    const lower = lowered(text, lowers);
    // "I'd", "We're", "Don't": a contraction is never a name.
    const upper = startsUpper(text) && !(last > 0 && (isApostrophe(text[last]) || isApostrophe(text[last - 1])) && CONTRACTION.test(text));
    const word = lower.charCodeAt(lower.length - 1) === 46 ? lower.slice(0, -1) : lower;
    tokens.push({ kind: 'word', text, lower: word, upper, classes: wordClasses(word), start: i, end });
  }
}

/** A quote token's lower case is empty: its classes, once. */
const QUOTE_CLASSES = wordClasses('');

/** Classes of one-character punctuation in ASCII ("&" is a name's connector), by code; -1 until asked. */
const punctuationClasses = new Int32Array(128).fill(-1);

function punctClasses(text: string, code: number): number {
  if (code >= 128) return wordClasses(text);
  let bits = punctuationClasses[code]!;
  if (bits < 0) bits = punctuationClasses[code] = wordClasses(text);
  return bits;
}

/** \s, no-break and thin spaces, and the zero-width space. */
function isSpaceCode(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/**
 * Set by wordEnd when a run it read has a capital or a letter beyond ASCII: a word whose letters are
 * all lower-case ASCII is its own lower case (most words), and is not lowered again.
 */
let capitalOrNonAscii = false;

/** End of the run of letters and digits starting at `i` (`i` when there is none). */
function wordEnd(text: string, i: number): number {
  let k = i;
  while (k < text.length) {
    const c = text.charCodeAt(k);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      k++;
      continue;
    }
    if (c >= 65 && c <= 90) {
      capitalOrNonAscii = true;
      k++;
      continue;
    }
    if (c < 128) break;
    const width = c >= 0xd800 && c <= 0xdbff && k + 1 < text.length ? 2 : 1;
    if (!LETTER_OR_NUMBER.test(text.slice(k, k + width))) break;
    capitalOrNonAscii = true;
    k += width;
  }
  return k;
}

/** Exactly three ASCII digits at `i`, not a fourth ("2,000" but not "1,0000"). */
function isDigits3(text: string, i: number): boolean {
  for (let k = i; k < i + 3; k++) {
    const c = text.charCodeAt(k);
    if (!(c >= 48 && c <= 57)) return false;
  }
  const next = text.charCodeAt(i + 3);
  return !(next >= 48 && next <= 57);
}

const isApostrophe = (ch: string | undefined): boolean => ch === "'" || ch === '’';
const CONTRACTION = /['’](?:d|m|ve|ll|re|t)$/iu;
const PRONOUN_CONTRACTION = /^(?:he|she|it|that|who|there|what|here)$/iu;

export const isCapitalised = (t: Token | undefined): boolean => t !== undefined && t.upper === true;

/** Whether a word starts with a capital letter, without a Unicode regex for the common ASCII case. */
export function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = text[0]!;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
