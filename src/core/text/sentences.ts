import { findParagraphQuoteSpans } from './quote-spans.js';
import { isJsSpace } from './tokens.js';
import { AFTER_QUOTE_VERBS, SPEECH_VERBS as SPEECH_VERBS_LIST } from './speech-verbs.js';

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
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'sens', 'reps', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm',
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
    // '“Why wait?” Ann Lee asked.' — the attribution after a quote's own ? or ! belongs to its sentence.
    // After a full stop only when the quote opened the sentence: in 'X said Y had “erred.” The
    // senator added …' the quote already has its attribution and the next sentence is new.
    const opened = closingMarks.get(j - 1);
    if (opened !== undefined && (paragraph[i] !== '.' || !paragraph.slice(start, opened).trim()) && cueFollows(paragraph, k)) {
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

/**
 * The verbs of AFTER_QUOTE_VERBS that keep a quotation's attribution in its sentence ("“…?” Cy Park pressed.",
 * "“…,” Bo Reyes went on."). Left out: those that as often tell of a scene ("“Is it over?” The match began.",
 * "offered", "started", "points out") and those SPEECH_VERBS already holds ("pointed", "cried", "called", "spoke"),
 * whose particle the speech-verb reading does not need.
 */
const AFTER_QUOTE_CUES = new Map([...AFTER_QUOTE_VERBS].filter(([verb]) => !['offered', 'started', 'began', 'points', 'pointed', 'cried', 'called', 'spoke'].includes(verb)));
/** Subject pronouns of an attribution ("“Why?” he asked."). */
const CUE_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it']);
/** Words that open a described speaker ("the minister", "his lawyer", "many of them"). */
const CUE_DETERMINERS = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'one', 'another', 'this', 'that', 'some', 'many', 'most', 'several',
]);
/** Words after a speech verb that open the clause it reports ("said she would", "said that …"). */
const REPORTED_CLAUSE_OPENERS = new Set(['he', 'she', 'they', 'we', 'i', 'that']);
/** Words that open the subject of a reported clause after "said" ("said the talks could resume", "said it was over"). */
const CLAUSE_SUBJECTS = new Set(['the', 'a', 'an', 'it', 'there', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'no', 'some', 'many', 'most', 'all']);
/** Speech verbs whose object is the listener ("told the court", "asked the crowd"). */
const LISTENER_CUES = new Set([
  'told', 'tells', 'tell', 'asked', 'asks', 'warned', 'warns', 'urged', 'urges', 'assured', 'reminded', 'informed', 'thanked',
  'begged', 'pressed', 'implored', 'quizzed', 'challenged', 'addressed',
]);
/** Adverbs that may stand between a speaker and the speech verb besides those in -ly ("Ada Pell then asked"). */
const CUE_ADVERBS = new Set(['then', 'later', 'also', 'again', 'once', 'soon']);
/** Lower-case words inside a name or title, between capitalised ones ("Secretary of State Ada Pell", "Luc de Vries"). */
const NAME_PARTICLES = new Set(['of', 'de', 'da', 'di', 'du', 'del', 'der', 'van', 'von', 'la', 'le', 'al', 'bin', 'ibn']);
/** At most this many words in a name ("US Senator Ola Brandt"), in a description after its determiner, in an appositive. */
const MAX_NAME_WORDS = 6;
const MAX_DESCRIPTION_WORDS = 3;
const MAX_APPOSITIVE_WORDS = 8;
/** At most this many words in brackets after a speaker ("(D-Vt.)", "(the chair since May)"). */
const MAX_ASIDE_WORDS = 5;

/** What ends a word of an attribution: nothing, a comma, a colon, or anything else that closes the phrase. */
type After = 'nothing' | 'comma' | 'colon' | 'stop';

/** A word of the text after a quotation, read once. */
interface CueWord {
  /** Lower-cased, without the punctuation and closing marks after it. */
  lower: string;
  /** Starts with a letter (not a quotation mark, a bracket or a digit). */
  letter: boolean;
  capital: boolean;
  after: After;
}

/** `,` `.` `;` `:` `!` `?` */
const isPhrasePunctuationCode = (c: number): boolean => c === 44 || c === 46 || c === 59 || c === 58 || c === 33 || c === 63;

function readCueWord(word: string): CueWord {
  let end = word.length;
  // A closing mark after the word closes the phrase, but "Oakes’ lawyer" is a possessive.
  let closed = false;
  while (end > 0 && isCloserCode(word.charCodeAt(end - 1))) {
    const c = word.charCodeAt(end - 1);
    if ((c === 0x2019 || c === 39) && end === word.length && end > 1 && (word.charCodeAt(end - 2) === 115 || word.charCodeAt(end - 2) === 83)) break;
    closed = true;
    end--;
  }
  const punctuationEnd = end;
  while (end > 0 && isPhrasePunctuationCode(word.charCodeAt(end - 1))) end--;
  const core = word.slice(0, end);
  const lower = core.toLowerCase();
  const c = core.charCodeAt(0);
  const letter = c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : /^\p{L}/u.test(core);
  const capital = c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(core);
  let after: After = 'nothing';
  if (closed) after = 'stop';
  else if (punctuationEnd > end) {
    const last = word.charCodeAt(punctuationEnd - 1);
    if (last === 44) after = 'comma';
    else if (last === 58) after = 'colon';
    // The full stop of a title or an initial ("Mr.", "J.", "U.S.") is part of the name.
    else if (!(last === 46 && punctuationEnd - end === 1 && (TITLES.has(lower) || isInitials(core)))) after = 'stop';
  }
  return { lower, letter, capital, after };
}

/** "J", "U.S": single letters with full stops between them. */
function isInitials(core: string): boolean {
  if (core.length === 0) return false;
  for (let i = 0; i < core.length; i++) {
    const isDot = core.charCodeAt(i) === 46;
    if (i % 2 === 1 ? !isDot : isDot) return false;
  }
  return core.length % 2 === 1;
}

/**
 * Does the text from `from` open with the attribution of the quotation just closed? A speech verb
 * ("asked Ann Lee"), or a speaker and then the speech verb: a pronoun ("he asked"), a name with its
 * title ("Mr. Varga shouted", "Ann Lee’s lawyer said"), or a determiner and a few words ("the foreign
 * minister asked"); a speaker may have an appositive between commas ("Ann Lee, the head of the
 * trust, wrote") and an adverb before the verb ("Ann Lee then asked"). A capitalised sentence whose
 * subject is not followed by a speech verb ("The crowd fell silent.", "Nobody knew, he said.") is new.
 */
function cueFollows(paragraph: string, from: number): boolean {
  // Words are read left to right and each rule looks a bounded number of words ahead: no backtracking.
  const raw = paragraph.slice(from, from + 240).split(/\s+/u, 2 + MAX_NAME_WORDS + MAX_ASIDE_WORDS + MAX_APPOSITIVE_WORDS + 3);
  const words: CueWord[] = [];
  for (let r = 0; r < raw.length; r++) {
    // An aside in brackets after the speaker ("Ola Brandt (D-Vt.) asked") is read past.
    if (r > 0 && raw[r]!.charCodeAt(0) === 40) {
      let close = r;
      while (close < raw.length && close < r + MAX_ASIDE_WORDS && !raw[close]!.includes(')')) close++;
      if (close < raw.length && close < r + MAX_ASIDE_WORDS) {
        r = close;
        continue;
      }
    }
    words.push(readCueWord(raw[r]!));
  }
  const first = words[0];
  if (!first?.letter) return false;
  if (!first.capital) return speechVerbAt(words, 0, false);
  if (CUE_PRONOUNS.has(first.lower)) return first.after === 'nothing' && speechVerbAt(words, 1);
  if (CUE_DETERMINERS.has(first.lower)) return first.after === 'nothing' && descriptionFrom(words, 1);
  // "When Ann Lee said …", "But Bo asked …": a capitalised conjunction or adverb opens a sentence of its own.
  if (SENTENCE_STARTERS.has(first.lower)) return false;
  for (let i = 0; i < MAX_NAME_WORDS; i++) {
    const word = words[i];
    if (!word?.letter) return false;
    if (!word.capital) {
      if (i === 0 || word.after !== 'nothing' || !NAME_PARTICLES.has(word.lower) || !words[i + 1]?.capital) return false;
      continue;
    }
    if (word.after === 'comma') return appositiveFrom(words, i + 1);
    if (word.after !== 'nothing') return false;
    // "Ann Lee’s lawyer said": the possessive name opens a description.
    if (word.lower.endsWith('’s') || word.lower.endsWith("'s")) return descriptionFrom(words, i + 1);
    if (speechVerbAt(words, i + 1)) return true;
  }
  return false;
}

/** After a determiner or a possessive name: a few words (at least one) and then the speech verb. */
function descriptionFrom(words: CueWord[], from: number): boolean {
  for (let i = from; i < from + MAX_DESCRIPTION_WORDS; i++) {
    const word = words[i];
    if (!word?.letter) return false;
    if (word.after === 'comma') return appositiveFrom(words, i + 1);
    if (word.after !== 'nothing') return false;
    if (speechVerbAt(words, i + 1)) return true;
  }
  return false;
}

/** After the comma that opens an appositive: its words up to the closing comma, then the speech verb. */
function appositiveFrom(words: CueWord[], from: number): boolean {
  for (let i = from; i < from + MAX_APPOSITIVE_WORDS; i++) {
    const word = words[i];
    if (!word) return false;
    if (word.after === 'comma') return speechVerbAt(words, i + 1);
    if (word.after !== 'nothing') return false;
  }
  return false;
}

/** A speech verb at `at`, perhaps after one adverb ("then asked", "angrily asked"); `subjectBefore` when its subject came first. */
function speechVerbAt(words: CueWord[], at: number, subjectBefore = true): boolean {
  const word = words[at];
  if (!word) return false;
  if (isSpeechVerb(words, at, subjectBefore)) return true;
  if (word.after !== 'nothing' || word.capital || !(CUE_ADVERBS.has(word.lower) || (word.lower.length > 3 && word.lower.endsWith('ly')))) return false;
  return isSpeechVerb(words, at + 1, subjectBefore);
}

/**
 * A speech verb at `at` that attributes the quotation before it: not one that introduces what comes
 * next ("Ada Pell added: “…”", "Ada Pell said she …", "said that …"); a verb of AFTER_QUOTE_VERBS
 * only where its clause ends ("Bo Reyes went on, …", not "She went on to say: …").
 */
function isSpeechVerb(words: CueWord[], at: number, subjectBefore: boolean): boolean {
  const word = words[at];
  if (!word?.letter) return false;
  if (SPEECH_VERBS.has(word.lower)) {
    if (word.after === 'colon') return false;
    const next = words[at + 1];
    if (word.after !== 'nothing' || !next) return true;
    if (REPORTED_CLAUSE_OPENERS.has(next.lower)) return false;
    // "“… next.” Bo Reyes said the talks could resume.": after its subject, a verb of saying and then a
    // noun phrase reports a clause of its own; a verb's listener is no clause ("Bo Reyes told the court.").
    return !(subjectBefore && CLAUSE_SUBJECTS.has(next.lower) && !LISTENER_CUES.has(word.lower));
  }
  if (!AFTER_QUOTE_CUES.has(word.lower)) return false;
  const particle = AFTER_QUOTE_CUES.get(word.lower);
  const last = particle === undefined ? word : words[at + 1];
  if (particle !== undefined && (word.after !== 'nothing' || last?.lower !== particle)) return false;
  return !words[at + (particle === undefined ? 1 : 2)] || (last!.after !== 'nothing' && last!.after !== 'colon');
}
