import { lowerCase, STOP_WORDS, stem } from '../text/tokens.js';
import { MONTHS, WEEKDAYS } from '../text/calendar.js';

/**
 * The concepts a sentence states, as the coverage objective counts them (Gillick & Favre 2009 use
 * bigrams; names and numbers are what readers of news look for): each is a string with a kind
 * prefix, so "n:zuckerberg" (a name), "#:87 million" (a number with its scale), "b:data|leak" (a
 * bigram of content words) and "w:apolog" (a content word) never collide.
 */

export type ConceptKind = 'n' | '#' | 'b' | 'w';

const SCALE = /^(?:thousand|million|billion|trillion|percent|per|%)$/i;
const MONTHS_AND_DAYS = new Set([...MONTHS, ...WEEKDAYS]);

/**
 * The names of a sentence as runs of adjacent capitalised words ("Maren Ostby", "Old Harbour
 * Bridge"), each run as the name concepts of its words; `afterOpening` when the run starts right
 * after the sentence's first word (which may be part of it: "Velmar Semiconductors said…").
 */
export interface NameRun {
  names: string[];
  afterOpening: boolean;
}

/**
 * Ends a name run: pushes it to `runs` (when the caller collects them) and returns no run. A module
 * function, not a closure in conceptsOf: tsx names each named closure as it is created, on every candidate.
 */
function endRun(run: NameRun | undefined, runs: NameRun[] | undefined): undefined {
  if (run && runs) runs.push(run);
  return undefined;
}

/**
 * What a word (as `trimToWord` gives it, without digits) contributes, read once: its term (null for none: a
 * stop word or shorter than three letters), whether it is capitalised or a month or day, and its concept
 * strings. Shared, the strings have their hashes computed once for the sets and maps that count concepts,
 * and no word is lowered, stemmed and joined into concepts again at each sentence (key points read every
 * candidate of a story).
 */
interface WordConcepts {
  term: string | null;
  capital: boolean;
  month: boolean;
  /** `w:term` and `n:term`. */
  word: string;
  name: string;
  /** The bigram concepts with this word first, by the second word's term. */
  bigrams?: Map<string, string>;
}

/** Words and bigrams remembered (all forgotten together past these sizes: a term table, not a text cache). */
const MAX_WORDS = 1 << 14;
const MAX_BIGRAMS = 1 << 16;
const knownWords = new Map<string, WordConcepts>();
let knownBigrams = 0;

function wordConcepts(raw: string): WordConcepts {
  let word = knownWords.get(raw);
  if (word === undefined) {
    // Most words have nothing to lower: lowerCase skips the call (dear on text with curly quotes, a two-byte string).
    const lower = lowerCase(raw);
    const term = lower.length < 3 || STOP_WORDS.has(lower) ? null : stem(lower);
    word = { term, capital: raw[0] !== lower[0], month: MONTHS_AND_DAYS.has(lower), word: `w:${term}`, name: `n:${term}` };
    if (knownWords.size >= MAX_WORDS || knownBigrams >= MAX_BIGRAMS) {
      knownWords.clear();
      knownBigrams = 0;
    }
    knownWords.set(raw, word);
  }
  return word;
}

/** `b:first|second`, the two words' terms (both have one). */
function bigram(first: WordConcepts, second: WordConcepts): string {
  const bigrams = (first.bigrams ??= new Map<string, string>());
  let concept = bigrams.get(second.term!);
  if (concept === undefined) {
    concept = `b:${first.term}|${second.term}`;
    bigrams.set(second.term!, concept);
    knownBigrams++;
  }
  return concept;
}

/**
 * Distinct concepts of a sentence, in first-seen order (deterministic). With `runs`, the sentence's
 * names are also pushed there as runs of adjacent capitalised words (punctuation ends a run).
 */
export function conceptsOf(text: string, runs?: NameRun[]): string[] {
  const out = new Set<string>();
  // One split per sentence and character tests per word: this runs on every candidate.
  const tokens = text.split(/[\s—–/]+/u);
  let previous: WordConcepts | undefined;
  let index = 0;
  let run: NameRun | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const raw = trimToWord(tokens[i]!);
    if (!raw) {
      run = endRun(run, runs);
      continue;
    }
    const position = index++;
    // "(Velmar", "“Old": an opening mark starts a new name.
    if (runs && !tokens[i]!.startsWith(raw)) run = endRun(run, runs);
    let digits = false;
    for (let k = 0; k < raw.length; k++) {
      const c = raw.charCodeAt(k);
      if (c >= 48 && c <= 57) {
        digits = true;
        break;
      }
    }
    if (digits) {
      run = endRun(run, runs);
      // Times ("18:15") and years are when, not how many: not figures a reader needs covered.
      if (!TIME_OR_YEAR.test(raw)) {
        const next = tokens[i + 1] === undefined ? undefined : trimToWord(tokens[i + 1]!);
        const scaled = next !== undefined && SCALE.test(next);
        out.add(`#:${raw}${scaled ? ' ' + lowerCase(next) : ''}`);
        if (scaled) i++;
      }
      previous = undefined;
      continue;
    }
    const word = wordConcepts(raw);
    if (word.term === null) {
      run = endRun(run, runs);
      previous = undefined;
      continue;
    }
    // A capitalised word that is not the sentence's first is a name (or part of one).
    if (position > 0 && word.capital && !word.month) {
      out.add(word.name);
      if (runs) {
        run ??= { names: [], afterOpening: position === 1 };
        run.names.push(word.name);
        // "Kessing, its…", "Kessing's history": a comma, stop or possessive ends the name.
        if (!tokens[i]!.endsWith(raw)) run = endRun(run, runs);
      }
    } else run = endRun(run, runs);
    out.add(word.word);
    if (previous) out.add(bigram(previous, word));
    previous = word;
  }
  run = endRun(run, runs);
  return [...out];
}

/**
 * The name concept a sentence's first word would be if it were not first ("Rademenes comforts…"
 * → "n:rademen"), or undefined when it is not a capitalised content word. A capital opening a
 * sentence says nothing: the caller decides by whether the story capitalises the word elsewhere.
 */
export function openingName(text: string): string | undefined {
  const token = /^\S+/u.exec(text.trimStart());
  if (!token) return undefined;
  const raw = trimToWord(token[0]);
  if (!raw || raw.length < 3) return undefined;
  const lower = raw.toLowerCase();
  if (raw[0] === lower[0] || STOP_WORDS.has(lower) || MONTHS_AND_DAYS.has(lower)) return undefined;
  for (let k = 0; k < raw.length; k++) if (raw.charCodeAt(k) >= 48 && raw.charCodeAt(k) <= 57) return undefined;
  return `n:${stem(lower)}`;
}

const TIME_OR_YEAR = /^(?:\d{1,2}[:.]\d{2}|(?:1[89]|20)\d\d)$/;

/** The word inside a token: leading and trailing punctuation and a possessive "'s" removed. */
function trimToWord(token: string): string {
  let start = 0;
  let end = token.length;
  while (start < end && !isWordCode(token.charCodeAt(start))) start++;
  while (end > start && !isWordCode(token.charCodeAt(end - 1)) && token.charCodeAt(end - 1) !== 37) end--;
  let word = token.slice(start, end);
  if (word.length > 2 && (word.endsWith("'s") || word.endsWith('’s'))) word = word.slice(0, -2);
  return word;
}

function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return code >= 0xc0 && !(code >= 0x2000 && code <= 0x206f);
}

export function conceptKind(concept: string): ConceptKind {
  return concept[0] as ConceptKind;
}
