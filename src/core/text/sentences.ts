import { findParagraphQuoteSpans } from './quote-spans.js';
import { isJsSpace } from './tokens.js';
import { SPEECH_VERBS as SPEECH_VERBS_LIST } from './speech-verbs.js';

// Local bindings: the word lists are read in hot loops, not through module getters.
const SPEECH_VERBS = SPEECH_VERBS_LIST;


/** A sentence of a paragraph, with its character offsets in that paragraph. */
export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

/** Abbreviations whose full stop never ends a sentence because a name or number follows. */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm',
  'maj', 'pres', 'rev', 'hon', 'st', 'mt', 'ft', 'fr', 'sr', 'jr', 'no', 'nos', 'vol', 'pp', 'fig', 'art',
]);
/** Abbreviations that can end a sentence, but usually do not. */
const ABBREVIATIONS = new Set([
  'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'bros', 'vs', 'etc', 'approx', 'est', 'dept', 'univ', 'assn',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md',
  'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt',
  'wash', 'wis', 'wyo',
]);
/** Words that, capitalised after "U.S." or "p.m.", show that a new sentence began. */
const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'but', 'and', 'in', 'this', 'that', 'there',
  'his', 'her', 'their', 'its', 'our', 'on', 'at', 'for', 'as', 'if', 'when', 'while', 'after', 'since',
  'some', 'many', 'most', 'still', 'yet', 'so', 'then', 'meanwhile', 'however', 'also',
]);

/** The closing marks and brackets a sentence's final punctuation may have after it: " ” ’ ' ) ] ». */
const isCloserCode = (c: number): boolean => c === 34 || c === 0x201d || c === 0x2019 || c === 39 || c === 41 || c === 93 || c === 0xbb;

const TERMINATOR = /[.!?…]/g;

// The splitter asks these of single characters at every terminator: character codes, not a regex each time.
/** `/[.!?…]/u.test(ch)` for the character with this code. */
const isTerminatorCode = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 0x2026;

/** `/[\p{L}.]/u.test(paragraph[at])`: a letter or a dot (the regex only beyond ASCII). */
function letterOrDotAt(paragraph: string, at: number): boolean {
  const c = paragraph.charCodeAt(at);
  if (c < 128) return c === 46 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /[\p{L}.]/u.test(paragraph[at]!);
}

/** `/[\p{Lu}\p{N}"“‘'(\[]/u.test(paragraph[at])`: what a new sentence can open with (the regex only beyond ASCII). */
function opensSentenceAt(paragraph: string, at: number): boolean {
  const c = paragraph.charCodeAt(at);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 34 || c === 39 || c === 40 || c === 91;
  return /[\p{Lu}\p{N}"“‘'(\[]/u.test(paragraph[at]!);
}

/** Would a full stop at `dot` (with `word` before it) end a sentence, given the next word? */
function fullStopEnds(paragraph: string, dot: number, next: string): boolean {
  let w = dot;
  while (w > 0 && letterOrDotAt(paragraph, w - 1)) w--;
  const word = paragraph.slice(w, dot);
  const lower = word.toLowerCase();
  if (TITLES.has(lower)) return false;
  const nextLower = next.toLowerCase();
  // Initials and dotted acronyms ("J.", "U.S.", "a.m."): a sentence ends only when a typical first word follows.
  if (/^\p{L}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) {
    return SENTENCE_STARTERS.has(nextLower) && word.length > 1;
  }
  if (ABBREVIATIONS.has(lower)) return SENTENCE_STARTERS.has(nextLower);
  return true;
}

/**
 * Splits a paragraph into sentences. Quotation spans are found first so that no sentence ends
 * inside a closed quotation; full stops in titles ("Mr.", "Dr."), initials ("U.S."), and numbers
 * ("2.7 million") are not boundaries; "…" and "..." end a sentence when a capitalised word follows.
 * A headline without a full stop is a single sentence.
 */
export function splitSentences(paragraph: string): SentenceSpan[] {
  return splitSentencesAround(paragraph, findParagraphQuoteSpans(paragraph));
}

/** Splits paragraphs into sentences; a caller that has found the paragraph's quotation spans may pass them. */
export type SentenceSplitter = (paragraph: string, quotes?: ReadonlyArray<{ start: number; end: number; closed: boolean }>) => SentenceSpan[];

/**
 * A splitter that remembers: quotes, key points and figures each read the story's sentences, and a
 * story's paragraphs are split once between them. Scoped to one story by its caller.
 */
export function rememberingSplitter(): SentenceSplitter {
  const memo = new Map<string, SentenceSpan[]>();
  return (paragraph, quotes) => {
    let sentences = memo.get(paragraph);
    if (!sentences) {
      sentences = splitSentencesAround(paragraph, quotes ?? findParagraphQuoteSpans(paragraph));
      memo.set(paragraph, sentences);
    }
    return sentences;
  };
}

/** splitSentences for a caller that has already found the paragraph's quotation spans. */
export function splitSentencesAround(paragraph: string, spans: ReadonlyArray<{ start: number; end: number; closed: boolean }>): SentenceSpan[] {
  if (!/[.!?…]/u.test(paragraph)) {
    const text = paragraph.trim();
    return text ? [{ text, start: paragraph.indexOf(text[0]!), end: paragraph.indexOf(text[0]!) + text.length }] : [];
  }
  // Offsets inside a closed quotation: [from, to) ranges, few per paragraph (a typed array per
  // paragraph cost more to allocate than the whole scan).
  const inside: number[] = [];
  /** Closing mark → where its quotation opened. */
  const closingMarks = new Map<number, number>();
  for (const span of spans) {
    if (!span.closed) continue; // a quote that runs on must not swallow the rest of the paragraph
    // '' (archived New York Times text) is a closing mark two characters wide.
    const closeAt = span.end - 2 > span.start && paragraph.charCodeAt(span.end - 1) === 39 && paragraph.charCodeAt(span.end - 2) === 39 ? span.end - 2 : span.end - 1;
    if (closeAt > span.start + 1) inside.push(span.start + 1, closeAt);
    closingMarks.set(closeAt, span.start);
    closingMarks.set(span.end - 1, span.start);
  }

  const out: SentenceSpan[] = [];
  let start = 0;

  // Jump from one terminator (. ! ? …) to the next rather than visiting every character.
  TERMINATOR.lastIndex = 0;
  for (let i = 0; i < paragraph.length; i++) {
    TERMINATOR.lastIndex = i;
    const found = TERMINATOR.exec(paragraph);
    if (!found) break;
    i = found.index;
    // The whole run of terminal punctuation and closing marks belongs to this sentence.
    let j = i + 1;
    while (j < paragraph.length && isTerminatorCode(paragraph.charCodeAt(j))) j++;
    // Inside a quotation only the punctuation that ends it ("… is over.") can end the sentence.
    if (inQuote(inside, i) && !closingMarks.has(j)) continue;
    while (j < paragraph.length && isCloserCode(paragraph.charCodeAt(j))) j++;
    if (j >= paragraph.length) break;
    if (!isJsSpace(paragraph.charCodeAt(j))) {
      i = j - 1;
      continue;
    }
    let k = j;
    while (k < paragraph.length && isJsSpace(paragraph.charCodeAt(k))) k++;
    if (k >= paragraph.length) break;
    if (!opensSentenceAt(paragraph, k)) {
      i = j - 1;
      continue;
    }
    // '“Why now?” Clinton asked.' — the attribution after a quote's own ? or ! belongs to its sentence.
    // After a full stop only when the quote opened the sentence: in 'X said Y had “erred.” The
    // senator added …' the quote already has its attribution and the next sentence is new.
    const opened = closingMarks.get(j - 1);
    if (opened !== undefined && (paragraph[i] !== '.' || !paragraph.slice(start, opened).trim()) && attributionFollows(paragraph, k)) {
      i = j - 1;
      continue;
    }
    // A single full stop: the next word decides (read only then).
    if (j === i + 1 && paragraph.charCodeAt(i) === 46 && !fullStopEnds(paragraph, i, /^[\p{L}\p{N}’']+/u.exec(paragraph.slice(k, k + 40))?.[0] ?? '')) {
      i = j - 1;
      continue;
    }
    start = pushSentence(out, paragraph, start, j);
    i = j - 1;
  }
  pushSentence(out, paragraph, start, paragraph.length);
  return out;
}

// inQuote and pushSentence are module functions, not closures in splitSentencesAround: tsx (keepNames)
// names every closure as it is created, on every paragraph.

/** Is offset `i` inside one of the [from, to) ranges? */
function inQuote(inside: number[], i: number): boolean {
  for (let r = 0; r < inside.length; r += 2) if (i >= inside[r]! && i < inside[r + 1]!) return true;
  return false;
}

/** Adds the trimmed sentence paragraph[start, end) to `out` (if not blank); the next one starts at `end`. */
function pushSentence(out: SentenceSpan[], paragraph: string, start: number, end: number): number {
  const raw = paragraph.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (text) out.push({ text, start: start + lead, end: start + lead + text.length });
  return end;
}

/** True when one of the next few words is a speech verb ("Clinton said", "said the senator"). */
function attributionFollows(paragraph: string, from: number): boolean {
  const words = paragraph.slice(from, from + 60).split(/\s+/u).slice(0, 4);
  for (const word of words) {
    const clean = word.toLowerCase().replace(/[^\p{L}]/gu, '');
    if (SPEECH_VERBS.has(clean)) return true;
    if (/[.!?]$/u.test(word)) break;
  }
  return false;
}
