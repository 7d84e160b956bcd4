/**
 * Names in quotation marks that are no one's words: the title of a film, a book or a programme, a pen
 * name, a nickname. Each row of WORK_NAME_RULES is one pattern of the words around the quote, with a
 * made-up example the test suite runs (tests/core/quotes/work-names.test.ts); a quote in Title Case
 * that a row matches is dropped as a title. The short-preposition rule ("on “Harbour Mornings”") is
 * `isTitleOfWork`, beside the table; the rows, `listedAfterTitle` and `nicknameInName` add the patterns it
 * did not see, and `chanted` keeps what a crowd chants from all of them. docs/quotes.md gives each
 * one's PolNeAR train figures.
 */
import type { Token } from '../attribution-tokens.js';
import type { RuleExample } from './rule-engine.js';
import {
  CHANT_WORDS as CHANT_WORDS_,
  LONG_SMALL_WORDS as LONG_SMALL_WORDS_,
  MEDIUM_PAIRS as MEDIUM_PAIRS_,
  TITLE_PREPOSITIONS as TITLE_PREPOSITIONS_,
  WORK_FOLLOWERS as WORK_FOLLOWERS_,
  WORK_NOUNS as WORK_NOUNS_,
  WORK_VERBS as WORK_VERBS_,
} from './lexicon.js';

// Local bindings: the word lists are read for every quote, not through module getters.
const CHANT_WORDS = CHANT_WORDS_;
const LONG_SMALL_WORDS = LONG_SMALL_WORDS_;
const MEDIUM_PAIRS = MEDIUM_PAIRS_;
const TITLE_PREPOSITIONS = TITLE_PREPOSITIONS_;
const WORK_FOLLOWERS = WORK_FOLLOWERS_;
const WORK_NOUNS = WORK_NOUNS_;
const WORK_VERBS = WORK_VERBS_;

/**
 * "The Nightly Hour with Ada Quill", "Salt And Tides": every word but the short and small ones starts
 * with a capital or a digit. At most `maxWords` words.
 */
export function inTitleCase(text: string, maxWords: number): boolean {
  const words = text.replace(/[.,!?]+$/u, '').split(/\s+/u);
  if (words.length > maxWords) return false;
  let long = 0;
  for (const w of words) {
    if (w.length <= 3 && !/^\p{Lu}/u.test(w)) continue;
    if (LONG_SMALL_WORDS.has(w)) continue;
    if (!/^[\p{Lu}\p{N}]/u.test(w)) return false;
    long++;
  }
  return long > 0;
}

export interface WorkNameRule {
  name: string;
  description: string;
  /** A made-up article where the rule drops the quote as a title (speaker null). */
  example: RuleExample;
  /** The longest title (in words) the rule accepts. */
  maxWords: number;
  /** The words before the quote (tokens[at] is the quote) name a work. */
  before: (tokens: Token[], at: number) => boolean;
}

/** Articles open a noun phrase of their own. */
const ARTICLES = new Set(['the', 'a', 'an']);

const word = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';

export const WORK_NAME_RULES: WorkNameRule[] = [
  {
    name: 'work noun',
    description: 'a Title Case quote right after a noun for a work, or after its comma ("her film, “Salt Road”", "the podcast “Tin Cups”")',
    example: { paragraphs: ['Ada Quill, who wrote the hit play, said she would return to Kell. Her first film, “Salt Road,” opens in May.'], quote: 'Salt Road', speaker: null },
    maxWords: 12,
    before: (tokens, at) => {
      const b = tokens[at - 1];
      if (b === undefined) return false;
      if (b.kind === 'word') return WORK_NOUNS.has(b.lower);
      return b.text === ',' && word(tokens[at - 2]) && WORK_NOUNS.has(tokens[at - 2]!.lower);
    },
  },
  {
    name: 'work verb',
    description: 'a Title Case quote as the object of a verb whose object is a work ("the press will publish “Salt Road”", "the band performed “Tin Cups”")',
    example: { paragraphs: ['Ada Quill performed “Harbour Lights” for the crowd at the harbour on Monday.'], quote: 'Harbour Lights', speaker: null },
    maxWords: 12,
    before: (tokens, at) => {
      const b = tokens[at - 1];
      return word(b) && WORK_VERBS.has(b.lower);
    },
  },
  {
    name: 'work before its role',
    description: 'a Title Case quote followed by a noun of a show\'s people or run ("“Salt Road” star Ona Vell", "a “Kell Forward” bus tour")',
    example: { paragraphs: ['“Salt Road” star Ona Vell told the crowd she would vote for Ivo Marsh.'], quote: 'Salt Road', speaker: null },
    maxWords: 12,
    before: (tokens, at) => {
      let n = tokens[at + 1];
      // "a “Kell Forward” bus tour": one lower-case noun may come between; not an article after a quote
      // that opens the sentence ("“Thank you all,” the star said": the quote modifies nothing after it;
      // "his project, “Salt Road,” the actor said" is still a title).
      if (word(n) && !WORK_FOLLOWERS.has(n.lower) && /^\p{Ll}/u.test(n.text) && !(at === 0 && ARTICLES.has(n.lower))) n = tokens[at + 2];
      return word(n) && WORK_FOLLOWERS.has(n.lower) && /^\p{Ll}/u.test(n.text);
    },
  },
  {
    name: 'programme spoken to',
    description: 'a Title Case quote after "told", "an interview with", "speaking to", "according to": the programme or book the words came from',
    example: { paragraphs: ['“We will rebuild the pier,” Ivo Marsh said in an interview with “Harbour Mornings.”'], quote: 'Harbour Mornings', speaker: null },
    maxWords: 12,
    before: (tokens, at) => {
      const b = tokens[at - 1];
      if (!word(b)) return false;
      if (b.lower === 'told') return true;
      const a = tokens[at - 2];
      return word(a) && MEDIUM_PAIRS.has(`${a.lower} ${b.lower}`);
    },
  },
];

/**
 * "chants of “Ada For Mayor”", "the hall rang with chants of “We Want Ada”": what a crowd chants or shouts is
 * said, by the crowd, however it is capitalised; no title rule takes it.
 */
export function chanted(tokens: Token[], at: number): boolean {
  const b = tokens[at - 1];
  if (!word(b)) return false;
  if (CHANT_WORDS.has(b.lower)) return true;
  return (b.lower === 'of' || b.lower === 'for') && word(tokens[at - 2]) && CHANT_WORDS.has(tokens[at - 2]!.lower);
}

/**
 * 'roles in “Salt Road,” “Tin Cups” and “Harbour Lights”': a Title Case quote joined by "and", "or" or a
 * comma to a quote just dropped as a title is the next title of the list.
 */
export function listedAfterTitle(tokens: Token[], at: number, text: string, wasTitle: ReadonlySet<number>): boolean {
  let k = at - 1;
  while (k >= 0 && k >= at - 3 && (tokens[k]!.text === ',' || tokens[k]!.lower === 'and' || tokens[k]!.lower === 'or')) k--;
  const previous = tokens[k];
  return previous !== undefined && previous.kind === 'quote' && wasTitle.has(previous.quoteIndex!) && inTitleCase(text, 12);
}

/**
 * 'Gov. Ona “Bud” Varga': one capitalised word in marks between a name's parts is a nickname, no
 * one's words.
 */
export function nicknameInName(tokens: Token[], at: number, text: string): boolean {
  const b = tokens[at - 1];
  const n = tokens[at + 1];
  if (!word(b) || b.upper !== true || !word(n) || n.upper !== true || /\s/u.test(text) || !/^\p{Lu}\p{Ll}+[.,]?$/u.test(text)) return false;
  // In a headline's Title Case ("Lee Says He ‘Won’ By A Mile") every word is capitalised: only a sentence
  // with a long word in lower case shows the capitals around the quote to be a name's.
  // (The first letter itself: `upper` is false for some capitalised words, "Don’t".)
  for (const t of tokens) if (t.kind === 'word' && t.text.length > 3 && /^\p{Ll}/u.test(t.text)) return true;
  return false;
}

/**
 * "The Jo Ashby Morning Show", "Fox and Friends": a short Title Case quote inside a sentence names a work.
 * `at` is the quote's token in its sentence's `tokens`; `headline`, the quote is in the article's title;
 * `fragment`, the quote is part of a sentence, not the whole of one.
 */
export function isTitleOfWork(tokens: Token[], at: number, text: string, headline: boolean, fragment: boolean): boolean {
  if (at === 0 && tokens.length === 1) return false;
  // Only "on “Harbour Mornings”", "Kell TV’s “Harbour Mornings”", "of “The Long Table”" name a work; in a
  // headline, where every word is capitalised, only after "’s", "of" or "on".
  const before = tokens[at - 1];
  if (!before) return false;
  const year = /^\d{4}$/u.test(before.text);
  if (headline ? !["'s", 'of', 'on'].includes(before.lower) : !TITLE_PREPOSITIONS.has(before.lower) && before.lower !== "'s" && !year) return false;
  return fragment && inTitleCase(text, 6);
}

/** The first row that finds the quote at `at` the name of a work, if any. */
export function workNameRule(tokens: Token[], at: number, text: string): WorkNameRule | undefined {
  // Most quotes open in lower case or run long: one character and one length test before any row.
  const first = text.charCodeAt(0);
  if (!(first >= 65 && first <= 90) && !(first >= 48 && first <= 57) && !(first > 127 && /^\p{Lu}/u.test(text))) return undefined;
  for (const rule of WORK_NAME_RULES) if (rule.before(tokens, at) && inTitleCase(text, rule.maxWords)) return rule;
  return undefined;
}
