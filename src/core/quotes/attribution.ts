/**
 * Who a quotation is attributed to within its sentence: the speech cue nearest the quotation
 * ("said", "told", "stressed", "according to") and the speaker phrase beside it, on either side,
 * with an appositive role ("X, the chair of Y, said"). Works on tokens where each quotation is
 * one token, so a name inside a quote can never be chosen.
 */
import type { Token } from './attribution-tokens.js';
import { descriptionPhrase, joinTokens, parseNameRun, type Gender, type SpeakerPhrase } from './speaker-names.js';
import { wordCount } from '../text/tokens.js';
import {
  GENDERED_ROLES,
  HONORIFICS as HONORIFICS_LIST,
  ORGANISATION_WORDS as ORGANISATION_WORDS_LIST,
  FIRST_NAME_GENDER as FIRST_NAME_GENDER_LIST,
  INFINITIVE_HEADS as INFINITIVE_HEADS_LIST,
  NOT_NAME_WORDS as NOT_NAME_WORDS_LIST,
  PERSONAL_PRONOUNS as PERSONAL_PRONOUNS_LIST,
  ROLE_NOUNS as ROLE_NOUNS_LIST,
  SPEECH_VERBS as SPEECH_VERBS_LIST,
  VERB_MODIFIERS as VERB_MODIFIERS_LIST,
  WEAK_SPEECH_VERBS as WEAK_SPEECH_VERBS_LIST,
} from './speaker-words.js';

// Local bindings: the word lists are read in hot loops, not through module getters.
const HONORIFICS = HONORIFICS_LIST;
const ORGANISATION_WORDS = ORGANISATION_WORDS_LIST;
const FIRST_NAME_GENDER = FIRST_NAME_GENDER_LIST;
const INFINITIVE_HEADS = INFINITIVE_HEADS_LIST;
const NOT_NAME_WORDS = NOT_NAME_WORDS_LIST;
const PERSONAL_PRONOUNS = PERSONAL_PRONOUNS_LIST;
const ROLE_NOUNS = ROLE_NOUNS_LIST;
const SPEECH_VERBS = SPEECH_VERBS_LIST;
const VERB_MODIFIERS = VERB_MODIFIERS_LIST;
const WEAK_SPEECH_VERBS = WEAK_SPEECH_VERBS_LIST;


const NOUN_OR_VERB = new Set(['read', 'comments', 'call', 'reads', 'talks', 'tweets', 'reports', 'claims', 'calls', 'notes', 'states', 'promises', 'vows', 'jokes', 'replies', 'answers', 'demands', 'rules', 'warns', 'quotes', 'tweet', 'claim', 'note', 'ask', 'add']);
const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'another', 'dozens', 'hundreds', 'thousands', 'scores', 'few', 'his', 'her', 'their', 'its', 'our', 'some', 'several', 'two', 'three', 'many', 'most', 'other']);
const CONNECTORS = new Set(['of', 'the', 'for', 'de', 'van', 'von', 'der', 'da', "'s", '&']);
const BREAKS = new Set(['that', 'and', 'but', 'or', 'which', 'who', 'when', 'while', 'because', 'if', 'as', 'than', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'not', 'it', 'this']);
/** Plural or person nouns that make a bare description a speaker ("officials said", "sources said"). */
const BARE_SPEAKER_HEADS = /(?:s|people|staff|police)$/u;

/** Participles that, followed by "by", make a passive speech cue ("was written by …"). */
const PASSIVE_SPEECH = new Set(['said', 'written', 'spoken', 'coined', 'uttered', 'sung', 'tweeted', 'posted', 'penned', 'voiced', 'stated', 'made']);
/** Verbs that, right after a description, make it the subject of a reported clause. */
const CLAUSE_VERBS = new Set(['is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must']);
/** Things that are written or said: their author speaks through them. */
const DOCUMENT_HEADS = new Set(['statement', 'report', 'letter', 'memo', 'release', 'post', 'tweet', 'interview', 'filing', 'email', 'note', 'speech', 'message']);
const GERUND_PREPOSITIONS = new Set(['for', 'by', 'after', 'before', 'while', 'without', 'since', 'when']);
const GO_ON = new Set(['went', 'goes', 'go', 'going', 'gone']);

export interface Cue {
  index: number;
  /** 'left' = speaker expected before the cue only ("according to" looks right). */
  kind: 'verb' | 'according';
  weak: boolean;
}

export interface Attribution {
  phrase: SpeakerPhrase;
  /** Role from an appositive ("Damian Collins, chair of …"). */
  role?: string;
  cue: Cue;
}

const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';
const isName = (t: Token | undefined): boolean => t !== undefined && t.upper === true;

const ASPECT_VERBS = new Set(['began', 'begin', 'begins', 'started', 'start', 'starts', 'kept', 'keep', 'keeps', 'continued', 'continue', 'continues', 'stopped', 'resumed']);

const BACK_VERBS = new Set(['shot', 'fired', 'hit', 'pushed', 'snapped', 'struck', 'wrote', 'hits', 'fires', 'shoots', 'pushes']);

/** Words that may start a cue other than a speech verb: "according to", "per", "went on about", "shot back", "put it", "written by". */
const CUE_TRIGGERS = new Set(['according', 'per', 'on', 'back', 'put', 'written', 'spoken', 'coined', 'uttered', 'sung', 'penned', 'voiced', 'made']);

const BE_FORMS = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be']);

function passiveAt(tokens: Token[], i: number): boolean {
  const w = tokens[i]!.lower;
  if (!w.endsWith('ed') && w !== 'told' && w !== 'written' && w !== 'read' && w !== 'spoken') return false;
  let k = i - 1;
  while (k >= 0 && isWord(tokens[k]) && /^\p{Ll}+ly$/u.test(tokens[k]!.text)) k--;
  return k >= 0 && BE_FORMS.has(tokens[k]!.lower);
}

/**
 * Speech cues of a sentence. A cue word after a determiner is a noun ("his tweets", "the reports");
 * a capitalised one is a name or a sentence start, except in a headline, where every word is capitalised.
 */
export function findCues(tokens: Token[], headline = false): Cue[] {
  const cues: Cue[] = [];
  tokens.forEach((t, i) => {
    if (t.kind !== 'word' || (!SPEECH_VERBS.has(t.lower) && !CUE_TRIGGERS.has(t.lower))) return;
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      cues.push({ index: i + 1, kind: 'according', weak: false });
      return;
    }
    // "per the party's bylaws", "per Reuters".
    if (t.lower === 'per' && (DETERMINERS.has(tokens[i + 1]?.lower ?? '') || isName(tokens[i + 1]))) {
      cues.push({ index: i, kind: 'according', weak: false });
      return;
    }
    // '“American Skin” was written by Springsteen': a passive speech verb names its speaker after "by".
    if (tokens[i + 1]?.lower === 'by' && PASSIVE_SPEECH.has(t.lower) && (isName(tokens[i + 2]) || DETERMINERS.has(tokens[i + 2]?.lower ?? ''))) {
      cues.push({ index: i + 1, kind: 'according', weak: false });
      return;
    }
    // "as Trump went on about “…”": ranting is speaking.
    if (t.lower === 'on' && GO_ON.has(tokens[i - 1]?.lower ?? '') && tokens[i + 1]?.lower === 'about') {
      cues.push({ index: i - 1, kind: 'verb', weak: false });
      return;
    }
    // '“…,” Trump shot back': a reply.
    if (t.lower === 'back' && BACK_VERBS.has(tokens[i - 1]?.lower ?? '')) {
      cues.push({ index: i - 1, kind: 'verb', weak: false });
      return;
    }
    // "The memo goes on: “…”".
    // ("It goes on:" after a quoted passage keeps the passage's writer: no cue.)
    if (t.lower === 'on' && GO_ON.has(tokens[i - 1]?.lower ?? '') && tokens[i + 1]?.text === ':' && tokens[i - 2]?.lower !== 'it') {
      cues.push({ index: i - 1, kind: 'verb', weak: false });
      return;
    }
    // "as a Homeland Security memo put it".
    if (t.lower === 'put' && tokens[i + 1]?.lower === 'it') {
      cues.push({ index: i, kind: 'verb', weak: false });
      return;
    }
    if (!SPEECH_VERBS.has(t.lower)) return;
    // "Asked about his plan, …", "Asked whether …": a leading participle clause, not a cue.
    if (i === 0 && (PREPOSITIONS.has(tokens[1]?.lower ?? '') || tokens[1]?.lower === 'whether' || tokens[1]?.lower === 'if')) return;
    const before = tokens[i - 1];
    if (before && (DETERMINERS.has(before.lower) || before.lower === "'s" || before.lower === 'of')) return;
    if (!headline && t.upper && i > 0) return;
    // "was widely ridiculed", "had been told": a passive speech verb does not make its subject the speaker.
    if (passiveAt(tokens, i)) return;
    // "tweets", "reports", "claims" are verbs only right after who does them ("Trump tweets").
    const afterSubject = before && before.kind === 'word' && (isName(before) || PERSONAL_PRONOUNS.has(before.lower) || (VERB_MODIFIERS.has(before.lower) && before.lower !== 'to'));
    // "the letter reads": a plain noun after "the"/"a" can be the subject too.
    const afterNoun = before && /^\p{Ll}+$/u.test(before.text) && ['the', 'a', 'an'].includes(tokens[i - 2]?.lower ?? '') && !/(?:ing|ed|al|y|ly)$/u.test(before.lower);
    if (NOUN_OR_VERB.has(t.lower) && !afterSubject && !afterNoun) return;
    cues.push({ index: i, kind: 'verb', weak: WEAK_SPEECH_VERBS.has(t.lower) });
  });
  return cues;
}

/** A capitalised run ending at `end` (inclusive), extended left over connectors between capitalised words. */
/** "the Washington Post Trump said": an organisation's name ends before a name that is not a role. */
const orgBoundary = (left: Token, right: Token): boolean =>
  ORGANISATION_WORDS.has(left.lower) && !FIRST_NAME_GENDER.has(left.lower) && !(ROLE_NOUNS.has(left.lower) && FIRST_NAME_GENDER.has(right.lower)) && !ORGANISATION_WORDS.has(right.lower) && !ROLE_NOUNS.has(right.lower) && !HONORIFICS.has(right.lower);

/** "House Ethics Committee": no boundary after "House" when the run goes on to another organisation word. */
function orgBoundaryAt(tokens: Token[], left: number): boolean {
  if (!orgBoundary(tokens[left]!, tokens[left + 1]!)) return false;
  for (let k = left + 2; k < tokens.length && k <= left + 3 && isName(tokens[k]); k++) if (ORGANISATION_WORDS.has(tokens[k]!.lower)) return false;
  return true;
}

function nameRunLeft(tokens: Token[], end: number): number {
  let start = end;
  while (start > 0) {
    const prev = tokens[start - 1]!;
    if (orgBoundaryAt(tokens, start - 1)) break;
    if (isName(prev) && !SPEECH_VERBS.has(prev.lower)) start--;
    else if (isWord(prev) && CONNECTORS.has(prev.lower) && isName(tokens[start - 2])) start -= 2;
    else break;
  }
  return start;
}

/** A capitalised run starting at `start`, extended right over connectors between capitalised words. */
export function nameRunRight(tokens: Token[], start: number): number {
  let end = start;
  while (end + 1 < tokens.length) {
    const next = tokens[end + 1]!;
    if (orgBoundaryAt(tokens, end)) break;
    if (isName(next) && !SPEECH_VERBS.has(next.lower)) end++;
    else if (isWord(next) && CONNECTORS.has(next.lower) && isName(tokens[end + 2])) end += 2;
    else break;
  }
  return end;
}

/** The speaker phrase ending at token `j`: a pronoun, a name, or a description back to its determiner. */
function phraseEndingAt(tokens: Token[], j: number): SpeakerPhrase | undefined {
  const t = tokens[j];
  if (!isWord(t)) return undefined;
  // "a young woman who suggested …", "Collins, who chairs …, said": "who" stands for the phrase before it.
  if (t.lower === 'who' || t.lower === 'which') return phraseEndingAt(tokens, tokens[j - 1]?.text === ',' ? j - 2 : j - 1);
  // "a letter from his doctor that says …": "that" right before the verb stands for the thing before it.
  if (t.lower === 'that' && SPEECH_VERBS.has(tokens[j + 1]?.lower ?? '') && isWord(tokens[j - 1]) && !SPEECH_VERBS.has(tokens[j - 1]!.lower)) return phraseEndingAt(tokens, j - 1);
  if (PERSONAL_PRONOUNS.has(t.lower)) return { kind: 'pronoun', text: t.lower, person: false, at: t.start };
  if (isName(t) && !NOT_NAME_WORDS.has(t.lower)) {
    const start = nameRunLeft(tokens, j);
    // "a Facebook spokesman" style descriptions begin with a lowercase determiner just before the run.
    return parseNameRun(tokens.slice(start, j + 1));
  }
  if (/^\p{Ll}/u.test(t.text)) {
    let k = j;
    let determiner = false;
    while (k >= 0 && j - k < 10) {
      const w = tokens[k];
      if (!isWord(w)) break;
      if (DETERMINERS.has(w.lower)) {
        determiner = true;
        break;
      }
      // "Trump's campaign manager said": a possessive name is the determiner.
      if (k < j && w.lower === "'s" && isName(tokens[k - 1])) {
        k = nameRunLeft(tokens, k - 1);
        determiner = true;
        break;
      }
      if (k < j && BREAKS.has(w.lower) && w.lower !== 'and') {
        k++;
        break;
      }
      if (k < j && SPEECH_VERBS.has(w.lower)) {
        k++;
        break;
      }
      k--;
    }
    if (k < 0) k = 0;
    const words = tokens.slice(k, j + 1);
    if (!determiner && !(words.length <= 2 && (BARE_SPEAKER_HEADS.test(t.lower) || ROLE_NOUNS.has(t.lower)))) return undefined;
    if (BREAKS.has(t.lower) || VERB_MODIFIERS.has(t.lower) || PREPOSITIONS.has(t.lower)) return undefined;
    // "The Facebook CEO": a capitalised description is parsed as a role.
    const asName = parseNameRun(words);
    if (asName && asName.kind === 'description') return { ...asName, text: joinTokens(words) };
    return descriptionPhrase(words);
  }
  return undefined;
}

/** "Trump's running mate", "her husband": a name's or pronoun's relation, lower-case words after the owner. */
function possessiveRole(words: Token[]): boolean {
  let k = 0;
  if (words[0]?.lower === 'his' || words[0]?.lower === 'her' || words[0]?.lower === 'their') k = 1;
  else {
    while (k < words.length && k < 3 && isName(words[k])) k++;
    if (k === 0 || words[k]?.lower !== "'s") return false;
    k++;
  }
  const rest = words.slice(k);
  return rest.length >= 1 && rest.length <= 3 && rest.every((w) => !w.upper && !BREAKS.has(w.lower) && !SPEECH_VERBS.has(w.lower) && !PREPOSITIONS.has(w.lower));
}

/** An appositive after a name: ", chair of the committee," → "chair of the committee". */
export function appositiveAfter(tokens: Token[], comma: number): { role: string; end: number } | undefined {
  if (tokens[comma]?.text !== ',') return undefined;
  let end = comma + 1;
  while (end < tokens.length && tokens[end]!.kind === 'word' && end - comma <= 24) end++;
  let words = tokens.slice(comma + 1, end);
  // ", a historian at the Institute who has written about …": the appositive ends at its relative clause.
  const relative = words.findIndex((w, k) => k > 1 && (w.lower === 'who' || w.lower === 'which' || w.lower === 'whose'));
  if (relative > 0) words = words.slice(0, relative);
  if (words.length === 0) return undefined;
  let first = 0;
  if (DETERMINERS.has(words[0]!.lower) || words[0]!.lower === 'who') first = 1;
  const head = words.slice(first, first + 3);
  if (!head.some((w) => ROLE_NOUNS.has(w.lower)) && !possessiveRole(words.slice(first))) return undefined;
  // "in Chelsea, the mayor also said …" is a new clause, not an appositive.
  if (words.some((w) => SPEECH_VERBS.has(w.lower) || w.lower === 'is' || w.lower === 'was' || w.lower === 'has')) return undefined;
  if (words[0]!.lower === 'who') return undefined;
  return { role: joinTokens(words.slice(first)), end };
}

function leftSpeaker(tokens: Token[], cue: number): { phrase: SpeakerPhrase; role?: string } | undefined {
  let j = cue - 1;
  const skipModifiers = () => {
    while (j >= 0 && isWord(tokens[j]) && (VERB_MODIFIERS.has(tokens[j]!.lower) || /^\p{Ll}+ly$/u.test(tokens[j]!.text))) j--;
  };
  skipModifiers();
  // "supporters in the upper deck began chanting": an aspect verb before a gerund cue.
  const aspect = tokens[cue]!.lower.endsWith('ing') && j >= 0 && ASPECT_VERBS.has(tokens[j]!.lower);
  if (aspect) {
    j--;
    skipModifiers();
  }
  // "he is set to testify": only a few heads join a subject to an infinitive ("in Michigan to ask" does not).
  if (j >= 1 && tokens[j]!.lower === 'to' && INFINITIVE_HEADS.has(tokens[j - 1]!.lower)) {
    j -= 2;
    skipModifiers();
  }
  // "Rep. Gwen Moore (D-Wis.) said": step over a parenthesis.
  if (j >= 0 && tokens[j]!.text === ')') {
    let k = j - 1;
    while (k >= 0 && tokens[k]!.text !== '(' && j - k < 12) k--;
    if (k >= 0 && tokens[k]!.text === '(') j = k - 1;
  }
  if (j < 0) return undefined;
  if (tokens[j]!.text === ',') {
    // "X, the chair of Y, said": find the comma that opens the appositive.
    let k = j - 1;
    while (k >= 0 && tokens[k]!.kind === 'word' && j - k <= 24) k--;
    if (k >= 0 && tokens[k]!.text === ',') {
      // "His former partner, Lawrence B. Cummings, called …": the name between the commas speaks.
      const between = tokens.slice(k + 1, j);
      if (between.length > 1 && between.every((t) => isName(t) || (isWord(t) && CONNECTORS.has(t.lower))) && isName(between[0])) {
        const named = parseNameRun(between);
        if (named?.kind === 'name') {
          // "The company's chief executive, Tim Cook, wrote": the description before is the role.
          const described = phraseEndingAt(tokens, k - 1);
          // Only a description that opens the clause ("A spokeswoman for the department, …" is not "the department").
          let from = k - 1;
          while (from > 0 && tokens[from]!.start > (described?.at ?? 0)) from--;
          if (from > 0 && DETERMINERS.has(tokens[from - 1]!.lower)) from--;
          const opensClause = from === 0 || !isWord(tokens[from - 1]);
          // Not "His former partner, …": a role relative to someone else's pronoun says little on its own.
          const relative = /^(?:his|her|their|its|our|my)\s/iu.test(described?.text ?? '');
          return described?.kind === 'description' && described.role && !described.gender && !relative && opensClause ? { phrase: named, role: described.role } : { phrase: named };
        }
      }
      const apposition = appositiveAfter(tokens, k);
      const who = tokens[k + 1]?.lower === 'who';
      if (apposition?.end === j || who) {
        const phrase = phraseEndingAt(tokens, k - 1);
        // "A spokesman for the mayor, who declined to be named, told …": the spokesman, not the mayor.
        const wider = phrase && phrase.kind !== 'pronoun' ? subjectBeyondPreposition(tokens, k - 1, phrase) : undefined;
        if (wider) return { phrase: wider };
        if (phrase) return apposition ? { phrase, role: apposition.role } : { phrase };
      }
      // "Clinton, meanwhile, said", "The report, released by the committee on Monday, said": an
      // interjected adverb or participle phrase between commas; the phrase before it speaks.
      const first = tokens[k + 1];
      if (isWord(first) && !first.upper && (j - k === 2 || /\p{L}(?:ed|ing)$/u.test(first.lower) || PREPOSITIONS.has(first.lower))) {
        const phrase = phraseEndingAt(tokens, k - 1);
        if (phrase) return { phrase };
      }
    }
    return undefined;
  }
  const phrase = phraseEndingAt(tokens, j);
  // Not for a participle ("footage of Ann Lee asking") or a relative ("a letter from his doctor that says").
  if (phrase && phrase.kind !== 'pronoun' && (aspect || !tokens[cue]!.lower.endsWith('ing')) && !RELATIVES.has(tokens[j]!.lower)) {
    const wider = subjectBeyondPreposition(tokens, j, phrase);
    if (wider) return { phrase: wider };
  }
  return phrase ? { phrase } : undefined;
}

/**
 * "A staff report released ahead of the hearing found …": a phrase (ending at token `j`) that is the
 * object of a preposition is not who speaks; the sentence's subject before it is.
 */
function subjectBeyondPreposition(tokens: Token[], j: number, phrase: SpeakerPhrase): SpeakerPhrase | undefined {
  let k = j;
  while (k > 0 && tokens[k]!.start > phrase.at) k--;
  let b = k - 1;
  while (b > 0 && isWord(tokens[b]) && (tokens[b]!.upper || tokens[b]!.lower === 'the')) b--;
  const before = tokens[b];
  // "opposed to the overhaul" ("to" before a determiner or a name), not "to ask".
  const toObject = before?.lower === 'to' && (DETERMINERS.has(tokens[b + 1]?.lower ?? '') || isName(tokens[b + 1]));
  if (!before || !PREPOSITIONS.has(before.lower) || (before.lower === 'to' && !toObject) || before.lower === 'as') return undefined;
  const subject = sentenceSubject(tokens, b);
  return subject && subject.at < phrase.at ? subject : undefined;
}

/**
 * 'said Trump campaign manager Kellyanne Conway': a capitalised run, lower-case role words and a
 * name; the name speaks and everything before it is the role.
 */
function roleThenName(tokens: Token[], start: number, end: number): { phrase: SpeakerPhrase; role?: string } | undefined {
  let k = end + 1;
  while (k < tokens.length && k - end <= 3 && isWord(tokens[k]) && !tokens[k]!.upper && ROLE_NOUNS.has(tokens[k]!.lower)) k++;
  if (k === end + 1 || ROLE_MODIFIERS_BEFORE.has(tokens[k - 1]!.lower) || !isName(tokens[k]) || NOT_NAME_WORDS.has(tokens[k]!.lower)) return undefined;
  const last = nameRunRight(tokens, k);
  const phrase = parseNameRun(tokens.slice(k, last + 1));
  if (phrase?.kind !== 'name') return undefined;
  const role = joinTokens(tokens.slice(start, k)) + (phrase.role ? ` ${phrase.role}` : '');
  const apposition = appositiveAfter(tokens, last + 1);
  return { phrase: { ...phrase, role, person: true, gender: phrase.gender ?? roleGender(tokens, start, k) }, ...(apposition ? { role: apposition.role } : {}) };
}

/** "spokeswoman", "congressman": the gender role words carry, if any. */
function roleGender(tokens: Token[], from: number, to: number): Gender {
  let gender: Gender;
  for (let k = from; k < to; k++) gender = GENDERED_ROLES.get(tokens[k]!.lower) ?? gender;
  return gender;
}

function rightSpeaker(tokens: Token[], cue: number): { phrase: SpeakerPhrase; role?: string } | undefined {
  const j = cue + 1;
  const t = tokens[j];
  if (!isWord(t)) return undefined;
  // "said her campaign “should know better”": a possessive before a noun is a description, read below.
  const possessive = POSSESSIVES.has(t.lower) && isWord(tokens[j + 1]) && !tokens[j + 1]!.upper;
  if (PERSONAL_PRONOUNS.has(t.lower) && !possessive) return { phrase: { kind: 'pronoun', text: t.lower, person: false, at: t.start } };
  if (isName(t)) {
    const end = nameRunRight(tokens, j);
    // "said Ann Lee’s border plan was “…”": what was said, not who said it.
    if (tokens[end + 1]?.lower === "'s") {
      let k = end + 2;
      while (k < tokens.length && k - end <= 4 && isWord(tokens[k]) && !tokens[k]!.upper && !CLAUSE_VERBS.has(tokens[k]!.lower)) k++;
      if (CLAUSE_VERBS.has(tokens[k]?.lower ?? '')) return undefined;
    }
    const later = roleThenName(tokens, j, end);
    if (later) return later;
    const phrase = parseNameRun(tokens.slice(j, end + 1));
    if (!phrase) return undefined;
    const apposition = appositiveAfter(tokens, end + 1);
    return apposition ? { phrase, role: apposition.role } : { phrase };
  }
  if (/^\p{Ll}/u.test(t.text) && !BREAKS.has(t.lower) && !DETERMINERS.has(t.lower)) {
    // "said engineer Paulo Reis": lower-case role words, then the name.
    let k = j;
    while (k < tokens.length && k - j < 3 && isWord(tokens[k]) && /^\p{Ll}/u.test(tokens[k]!.text) && !BREAKS.has(tokens[k]!.lower)) k++;
    const roleHead = tokens[k - 1]!.lower;
    const looksLikeRole =
      ROLE_NOUNS.has(roleHead) ||
      (/(?:er|or|ist|ian|ant|ent)$/u.test(roleHead) && !PREPOSITIONS.has(roleHead) && !BREAKS.has(roleHead) && !tokens.slice(j, k).some((w) => /(?:ing|ed)$/u.test(w.lower) || PREPOSITIONS.has(w.lower)));
    if (k > j && looksLikeRole && isName(tokens[k]) && !NOT_NAME_WORDS.has(tokens[k]!.lower)) {
      const end = nameRunRight(tokens, k);
      const phrase = parseNameRun(tokens.slice(k, end + 1));
      if (phrase?.kind === 'name') {
        const role = joinTokens(tokens.slice(j, k)) + (phrase.role ? ` ${phrase.role}` : '');
        const apposition = appositiveAfter(tokens, end + 1);
        return { phrase: { ...phrase, role, person: true }, ...(apposition ? { role: apposition.role } : {}) };
      }
    }
  }
  if (/^\p{Ll}/u.test(t.text) && !BREAKS.has(t.lower)) {
    let end = j;
    while (end + 1 < tokens.length && isWord(tokens[end + 1]) && end - j < 3 && !BREAKS.has(tokens[end + 1]!.lower) && /^\p{Ll}/u.test(tokens[end + 1]!.text)) end++;
    // "according to people familiar with the matter": the description ends at its head noun.
    for (let h = j; h < end; h++) {
      if (BARE_SPEAKER_HEADS.test(tokens[h]!.lower) && !SPEECH_VERBS.has(tokens[h]!.lower) && !BARE_SPEAKER_HEADS.test(tokens[h + 1]!.lower) && !ROLE_NOUNS.has(tokens[h + 1]!.lower)) {
        end = h;
        break;
      }
    }
    const head = tokens[end]!.lower;
    if (!DETERMINERS.has(t.lower) && !DETERMINERS.has(head) && !PERSONAL_PRONOUNS.has(head) && (BARE_SPEAKER_HEADS.test(head) || ROLE_NOUNS.has(head)) && !SPEECH_VERBS.has(head)) {
      const phrase = descriptionPhrase(tokens.slice(j, end + 1));
      return phrase ? { phrase } : undefined;
    }
  }
  if (DETERMINERS.has(t.lower)) {
    let end = j;
    while (end + 1 < tokens.length && isWord(tokens[end + 1]) && end - j < 7 && !BREAKS.has(tokens[end + 1]!.lower)) end++;
    // "said the race is tightening": a description followed by its own verb begins what was said;
    // so does one followed by the quote ('said her campaign “should know better”').
    if (CLAUSE_VERBS.has(tokens[end + 1]?.lower ?? '') || tokens[end + 1]?.kind === 'quote') return undefined;
    // "said one voter, Ann Lee, 52": the name in apposition speaks, the description is their role.
    if (tokens[end + 1]?.text === ',' && isName(tokens[end + 2]) && !NOT_NAME_WORDS.has(tokens[end + 2]!.lower)) {
      const last = nameRunRight(tokens, end + 2);
      const named = parseNameRun(tokens.slice(end + 2, last + 1));
      if (named?.kind === 'name') return { phrase: named, role: joinTokens(tokens.slice(j + 1, end + 1)) };
    }
    // "according to a statement from the White House": the document's author.
    if (DOCUMENT_HEADS.has(tokens[end]!.lower) && (tokens[end + 1]?.lower === 'from' || tokens[end + 1]?.lower === 'by')) {
      let k = end + 2;
      if (tokens[k]?.lower === 'the') k++;
      if (isName(tokens[k]) && !NOT_NAME_WORDS.has(tokens[k]!.lower)) {
        const named = parseNameRun(tokens.slice(k, nameRunRight(tokens, k) + 1));
        if (named) return { phrase: named };
      }
    }
    const phrase = descriptionPhrase(tokens.slice(j, end + 1));
    return phrase ? { phrase } : undefined;
  }
  return undefined;
}

const PREPOSITIONS = new Set(['in', 'on', 'at', 'of', 'to', 'with', 'by', 'for', 'from', 'about', 'against', 'after', 'before', 'during', 'since', 'like', 'than', 'over', 'under', 'into', 'as', 'toward', 'towards']);

const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my']);

const APPROXIMATELY = new Set(['about', 'around', 'nearly', 'roughly', 'approximately', 'almost', 'over', 'some']);
const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'a', 'dozen', 'dozens', 'hundred', 'hundreds', 'thousand', 'thousands', 'half']);
const isQuantity = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word' && (NUMBER_WORDS.has(t.lower) || /^\d/u.test(t.text));

const LABELS = new Set(['update', 'updated', 'correction', 'clarification', 'breaking', 'watch', 'note', 'editor', "editor's"]);

/** "WASHINGTON (AP) — The chief executive …", "UPDATE, 3:15 PM: …": where the sentence begins after a dateline or label, else 0. */
export function datelineEnd(tokens: Token[]): number {
  const first = tokens[0];
  // Cheap first: a dateline's first word is in capitals, so its second letter is too.
  if (!first || first.text.length < 2 || first.text[1] === first.text[1]!.toLowerCase() || first.text !== first.text.toUpperCase()) return 0;
  for (let k = 1; k < tokens.length && k < 12; k++) {
    const t = tokens[k]!;
    if (DASHES.has(t.text)) return k + 1;
    // "UPDATE, 3:15 PM: A spokesman …" (not a transcript's "WALLACE: …", whose label speaks).
    if (t.text === ':' && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '') && tokens.slice(0, k).some((w) => /\d/u.test(w.text) || LABELS.has(w.lower))) return k + 1;
    // Place names in capitals, a state or agency after a comma or in brackets ("Minn.", "(AP)").
    if (t.kind === 'word' && t.text !== t.text.toUpperCase() && !/^\p{Lu}\p{Ll}{0,4}\.?$/u.test(t.text)) return 0;
  }
  return 0;
}

const RELATIVES = new Set(['which', 'who', 'whom', 'whose', 'that', 'where']);

/** Words in -ed that are not verbs: "Several hundred protesters gathered". */
const NOT_PAST = new Set(['hundred', 'kindred', 'sacred', 'naked', 'wicked', 'rugged', 'beloved', 'shed', 'bed', 'red', 'seed', 'need', 'speed', 'feed', 'breed', 'greed', 'weed', 'creed', 'deed', 'reed', 'sled']);
const looksPast = (word: string): boolean => word.endsWith('ed') && !NOT_PAST.has(word) && /^\p{Ll}+$/u.test(word);

/**
 * The subject of the sentence before `limit`: the first pronoun, name or description that does not
 * follow a preposition ("At Monday's debate, Clinton cited …" → Clinton).
 */
export function sentenceSubject(tokens: Token[], limit: number, mainClause = true): SpeakerPhrase | undefined {
  // "With leaders worried about …, President Obama is …": a leading clause is not the subject.
  let from = datelineEnd(tokens);
  // "Among them was Darnell Yoon, 44, a father of three …": an inverted subject after "was".
  if (mainClause && tokens[from] && opensLeadingClause(tokens[from]!, tokens[from + 1])) {
    for (let k = from + 1; k < limit && k < from + 7 && tokens[k]!.kind === 'word'; k++) {
      if (!BE_FORMS.has(tokens[k]!.lower) || !isName(tokens[k + 1]) || NOT_NAME_WORDS.has(tokens[k + 1]!.lower)) continue;
      const named = parseNameRun(tokens.slice(k + 1, nameRunRight(tokens, k + 1) + 1));
      if (named?.kind === 'name') return named;
    }
  }
  // "Back at the store, as the crowd thins out, Ann is asked …": one leading clause after another.
  for (let clauses = 0; mainClause && clauses < 3 && tokens[from] && opensLeadingClause(tokens[from]!, tokens[from + 1]); clauses++) {
    const comma = tokens.findIndex((t, k) => k > from && k < limit && t.text === ',');
    if (comma < 0) break;
    from = comma + 1;
  }
  for (let i = from; i < limit; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    // "about two dozen protesters", "nearly 300 workers": a number's hedge, not a preposition.
    if (APPROXIMATELY.has(t.lower) && isQuantity(tokens[i + 1])) {
      let end = i + 1;
      while (end + 1 < limit && end - i < 6 && isWord(tokens[end + 1]) && !tokens[end + 1]!.upper && !BREAKS.has(tokens[end + 1]!.lower) && !VERB_MODIFIERS.has(tokens[end + 1]!.lower) && !SPEECH_VERBS.has(tokens[end + 1]!.lower) && !looksPast(tokens[end + 1]!.text)) end++;
      if (end > i + 1) return descriptionPhrase(tokens.slice(i, end + 1));
    }
    const prev = tokens[i - 1];
    if (prev && PREPOSITIONS.has(prev.lower) && !(APPROXIMATELY.has(prev.lower) && isQuantity(t))) {
      // The object of a preposition, name and all, is not the subject.
      if (isName(t)) i = nameRunRight(tokens, i);
      continue;
    }
    // "several environmental groups granted …", "The Republican nominee also outlined …": a
    // description up to the verb.
    // "Her counterpart, Robby Mook, disagreed": a possessive before a noun is a determiner, not the subject.
    const possessive = POSSESSIVES.has(t.lower) && isWord(tokens[i + 1]) && !tokens[i + 1]!.upper && !VERB_MODIFIERS.has(tokens[i + 1]!.lower) && !SPEECH_VERBS.has(tokens[i + 1]!.lower);
    if (DETERMINERS.has(t.lower) && (!PERSONAL_PRONOUNS.has(t.lower) || possessive)) {
      let end = i;
      while (end + 1 < limit && end - i < 6) {
        const next = tokens[end + 1]!;
        if (next.kind !== 'word' || BREAKS.has(next.lower) || VERB_MODIFIERS.has(next.lower) || SPEECH_VERBS.has(next.lower) || looksPast(next.text)) break;
        end++;
      }
      // "A few dozen demonstrators, some holding signs, chanted …": the first phrase may be followed by an
      // interjection (but "The show's creator, Fumiko Abe, …" names the subject after the comma).
      // "The chief executive of one of the nation's …" cut at six words ends on a noun, not "of the".
      while (end > i + 1 && (PREPOSITIONS.has(tokens[end]!.lower) || DETERMINERS.has(tokens[end]!.lower) || CONNECTORS.has(tokens[end]!.lower))) end--;
      if (end > i && (tokens[end + 1]?.kind === 'word' || (tokens[end + 1]?.text === ',' && i === from && !RELATIVES.has(tokens[end + 2]?.lower ?? '') && !(isName(tokens[end + 2]) && !NOT_NAME_WORDS.has(tokens[end + 2]!.lower))))) {
        const words = tokens.slice(i, end + 1);
        const asName = parseNameRun(words);
        if (asName?.kind === 'name' && words.every((w, k) => k === 0 || w.upper)) return asName;
        // "His friend Chiamaka Eze, 24, said": the name after the description is the subject.
        const named = words.findIndex((w, k) => k > 0 && w.upper && !NOT_NAME_WORDS.has(w.lower) && !words[k - 1]!.upper);
        const plain = words.slice(1, Math.max(1, named)).every((w) => !PREPOSITIONS.has(w.lower) && !CONNECTORS.has(w.lower));
        if (named > 0 && plain && words.slice(named).every((w) => w.upper || CONNECTORS.has(w.lower))) {
          const name = parseNameRun(words.slice(named));
          if (name?.kind === 'name') return name;
        }
        return descriptionPhrase(words);
      }
      continue;
    }
    if (PERSONAL_PRONOUNS.has(t.lower) && t.lower !== 'it' && t.lower !== 'who') return { kind: 'pronoun', text: t.lower, person: false, at: t.start };
    if (isName(t) && !NOT_NAME_WORDS.has(t.lower)) {
      const end = nameRunRight(tokens, i);
      if (tokens[end + 1]?.lower === "'s") {
        // "Bornstein's earlier letter …": the owner's thing is the subject, described as written.
        let k = end + 2;
        // ("Trump's earlier remarks": right after "'s", "earlier" describes the thing.)
        while (k < limit && k - end <= 4 && isWord(tokens[k]) && !tokens[k]!.upper && !BREAKS.has(tokens[k]!.lower) && (k === end + 2 || !VERB_MODIFIERS.has(tokens[k]!.lower)) && !looksPast(tokens[k]!.text)) k++;
        if (k > end + 2) return descriptionPhrase(tokens.slice(i, k));
        i = end + 1;
        continue;
      }
      // "Council member Ruth Ash — no relation — has called …": the name after the role words.
      const later = roleThenName(tokens, i, end);
      if (later) return later.phrase;
      const phrase = parseNameRun(tokens.slice(i, end + 1));
      if (phrase) return phrase;
      i = end;
    }
  }
  return undefined;
}

/**
 * "Nancy Reyes and Sen. Ed Cole wrote …": a subject of two coordinated names, for a later "they".
 * `subject` is the sentence's subject as found by sentenceSubject.
 */
export function coordinatedSubject(tokens: Token[], subject: SpeakerPhrase | undefined): SpeakerPhrase | undefined {
  if (subject?.kind !== 'name') return undefined;
  const start = tokens.findIndex((t) => t.start >= subject.at && t.kind === 'word');
  if (start < 0) return undefined;
  const end = nameRunRight(tokens, start);
  if (tokens[end + 1]?.lower !== 'and' || !isName(tokens[end + 2]) || NOT_NAME_WORDS.has(tokens[end + 2]!.lower)) return undefined;
  const last = nameRunRight(tokens, end + 2);
  const other = parseNameRun(tokens.slice(end + 2, last + 1));
  if (other?.kind !== 'name' || !(other.person || other.candidate) || !(subject.person || subject.candidate)) return undefined;
  return { kind: 'description', text: `${subject.text} and ${other.text}`, person: true, at: subject.at };
}

/** Words that open a leading clause or phrase: "When …,", "With …,", "Outside the hall,", "Told of …,". */
const opensLeadingClause = (t: Token, next?: Token): boolean =>
  PREPOSITIONS.has(t.lower) || SUBORDINATORS.has(t.lower) || LEADING_WORDS.has(t.lower) ||
  // "Reached by phone, …", "Interviewed on Monday, …": a participle phrase.
  (looksPast(t.lower) && next !== undefined && PREPOSITIONS.has(next.lower));

const LEADING_WORDS = new Set([
  'back', 'outside', 'inside', 'across', 'around', 'near', 'among', 'behind', 'along', 'throughout', 'within', 'beyond',
  'upon', 'amid', 'told', 'asked', 'pressed', 'speaking', 'earlier', 'later', 'standing', 'addressing', 'responding',
  'afterward', 'afterwards', 'meanwhile', 'still', 'yet', 'instead', 'separately',
]);

/** Does the sentence open with a leading clause ("When …, ", "With …, ")? */
export const opensWithClause = (tokens: Token[]): boolean => tokens[0] !== undefined && opensLeadingClause(tokens[0], tokens[1]);

const SUBORDINATORS = new Set(['when', 'while', 'although', 'though', 'because', 'if', 'as', 'since', 'following', 'despite', 'amid', 'unlike', 'once', 'whether']);

const ISSUING_VERBS = new Set(['issued', 'released', 'sent', 'published', 'posted', 'put', 'wrote', 'signed', 'delivered', 'gave', 'made', 'penned', 'tweeted']);

/** "… issued a joint statement calling": a document just made, before the participle cue. */
function issuedDocument(tokens: Token[], cue: number): boolean {
  let k = cue - 1;
  if (!isWord(tokens[k]) || !DOCUMENT_HEADS.has(tokens[k]!.lower)) return false;
  k--;
  while (k >= 0 && cue - k <= 4 && isWord(tokens[k]) && !DETERMINERS.has(tokens[k]!.lower) && !tokens[k]!.upper) k--;
  if (!isWord(tokens[k]) || !DETERMINERS.has(tokens[k]!.lower)) return false;
  if (tokens[k - 1]?.lower === 'out' && tokens[k - 2]?.lower === 'put') return true;
  return ISSUING_VERBS.has(tokens[k - 1]?.lower ?? '');
}

/** Verbs whose right side is always the listener: '“…,” Ann told Reuters' has no '“…,” told Ann'. */
const LISTENER_ONLY = new Set(['told', 'tells', 'tell', 'telling', 'informed', 'assured', 'reminded']);

/** The speaker a cue introduces: "said X" / "X said" / "according to X" / "…, saying" (the subject). */
export function speakerOfCue(tokens: Token[], cue: Cue): { phrase: SpeakerPhrase; role?: string } | undefined {
  if (cue.kind === 'according') return rightSpeaker(tokens, cue.index);
  const before = tokens[cue.index - 1];
  let found: { phrase: SpeakerPhrase; role?: string } | undefined;
  // Right after a quotation the speaker follows the verb: ',” said Zuckerberg'; after a comma an
  // appositive may close the subject ("Ben Rhodes, an aide, recalled Mr. Obama …").
  const verb = tokens[cue.index]!.lower;
  // "… where he appeared … for saying that …": a gerund after a preposition shares the nearest subject pronoun.
  if (before && GERUND_PREPOSITIONS.has(before.lower) && verb.endsWith('ing')) {
    for (let k = cue.index - 2; k >= 0; k--) {
      const w = tokens[k]!;
      if (w.kind === 'quote') break;
      if (w.lower === 'he' || w.lower === 'she' || w.lower === 'they' || w.lower === 'we') return { phrase: { kind: 'pronoun', text: w.lower, person: false, at: w.start } };
    }
  }
  // "Pelosi issued a statement calling the decision …": the statement's author, the subject, speaks.
  if (verb.endsWith('ing') && issuedDocument(tokens, cue.index)) {
    const subject = sentenceSubject(tokens, cue.index);
    if (subject) return { phrase: subject };
  }
  // "Sanders said, suggesting a few questions": a participle after a comma shares the sentence's subject.
  if (before?.text === ',' && verb.endsWith('ing')) {
    const subject = sentenceSubject(tokens, cue.index);
    if (subject) return { phrase: subject };
  }
  // "has been called a charlatan": after a weak cue the words to the right are what was said, not who.
  // "… and insisting the stadium “is paying for itself”": a participle's right side is its object.
  if (cue.weak || LISTENER_ONLY.has(verb) || verb.endsWith('ing')) found = leftSpeaker(tokens, cue.index);
  else if (before?.text === ',' || before?.text === ')') found = leftSpeaker(tokens, cue.index) ?? rightSpeaker(tokens, cue.index);
  else if (!before || before.kind !== 'word') found = rightSpeaker(tokens, cue.index) ?? leftSpeaker(tokens, cue.index);
  else found = leftSpeaker(tokens, cue.index) ?? rightSpeaker(tokens, cue.index);
  if (found) return found;
  // "…, saying" / "… and vowed to": the verb shares the sentence's subject.
  if (before && (before.text === ',' || before.lower === 'and' || before.lower === 'but' || verb.endsWith('ing'))) {
    const subject = sentenceSubject(tokens, cue.index);
    if (subject) return { phrase: subject };
  }
  return undefined;
}

/**
 * The attribution of the quotation token at `quoteAt` within its sentence's tokens: the nearest
 * strong cue with a speaker, else the nearest weak one ("called it a "mess"").
 */
const DASHES = new Set(['―', '—', '–', '-']);

/** '“…” ― Pamela Padilla': a name after a dash closing the quote is its speaker. */
function signedAfter(tokens: Token[], quoteAt: number): SpeakerPhrase | undefined {
  let j = quoteAt + 1;
  if (tokens[j]?.text === ',' || tokens[j]?.text === '.') j++;
  if (!DASHES.has(tokens[j]?.text ?? '')) return undefined;
  const start = j + 1;
  if (!isName(tokens[start])) return undefined;
  const end = nameRunRight(tokens, start);
  const phrase = parseNameRun(tokens.slice(start, end + 1));
  return phrase?.kind === 'name' ? { ...phrase, candidate: true } : undefined;
}

const CLAIM_OWNERS = new Set(["'s", 'his', 'her', 'its']);

/** Nouns for something said: "Trump's claim that …", "her promise that …". */
const CLAIM_NOUNS = new Set([
  'claim', 'claims', 'statement', 'statements', 'assertion', 'assertions', 'remark', 'remarks', 'comment', 'comments',
  'promise', 'promises', 'pledge', 'pledges', 'vow', 'warning', 'warnings', 'contention', 'insistence', 'boast',
  'suggestion', 'argument', 'allegation', 'allegations', 'prediction', 'declaration', 'admission', 'description',
  'characterization', 'characterisation', 'charge', 'accusation', 'complaint', 'retort', 'quip', 'words',
]);

/**
 * '… Trump's claim that there have been “thousands of shootings”': the owner of a claim noun, with
 * "that" or the quotation right after it and no other cue or quotation on the way, said it.
 */
function claimOwner(tokens: Token[], quoteAt: number): SpeakerPhrase | undefined {
  // 'support for Ellen Park’s “open door” plan': the owner of the quoted words.
  // Not after a cue: 'what they call Ellen Park’s “open door” plan' is theirs.
  if (tokens[quoteAt - 1]?.lower === "'s" && isName(tokens[quoteAt - 2])) {
    const start = nameRunLeft(tokens, quoteAt - 2);
    const phrase = parseNameRun(tokens.slice(start, quoteAt - 1));
    const cueBefore = tokens.slice(Math.max(0, start - 6), start).some((t) => SPEECH_VERBS.has(t.lower) || t.lower === 'according');
    if (phrase?.kind === 'name' && (phrase.person || phrase.candidate) && !cueBefore) return phrase;
  }
  for (let k = quoteAt - 1; k >= 1 && quoteAt - k <= 16; k--) {
    const t = tokens[k]!;
    if (t.kind === 'quote' || t.lower === 'according') return undefined;
    // "her promise that", "its hyperbolic prediction that": one adjective may stand between.
    const o = isWord(tokens[k - 1]) && !tokens[k - 1]!.upper && !CLAIM_OWNERS.has(tokens[k - 1]!.lower) && CLAIM_OWNERS.has(tokens[k - 2]?.lower ?? '') ? k - 2 : k - 1;
    const claim = CLAIM_NOUNS.has(t.lower) && CLAIM_OWNERS.has(tokens[o]?.lower ?? '');
    if (!claim && SPEECH_VERBS.has(t.lower)) return undefined;
    if (!claim || !(k + 1 === quoteAt || tokens[k + 1]?.lower === 'that')) continue;
    const owner = tokens[o]!;
    if (owner.lower === 'his' || owner.lower === 'her') return { kind: 'pronoun', text: owner.lower, person: true, at: owner.start };
    // "Bornstein's letter was ridiculed for its prediction that …": the thing that is the subject.
    if (owner.lower === 'its') {
      const subject = sentenceSubject(tokens, o);
      return subject?.kind === 'description' ? subject : undefined;
    }
    if (owner.lower !== "'s" || !isName(tokens[o - 1])) return undefined;
    const phrase = parseNameRun(tokens.slice(nameRunLeft(tokens, o - 1), o));
    return phrase?.kind === 'name' ? phrase : undefined;
  }
  return undefined;
}

/** Verbs whose object is a listener: "X told a reporter who asked …". */
const LISTENER_VERBS = new Set(['told', 'tells', 'tell', 'telling', 'assured', 'reminded', 'informed', 'warned', 'urged']);

/**
 * '… Morrow told a woman who suggested that … that “…”': a cue inside a relative clause about the
 * listener of another speech verb is the listener's, not the quote's; the outer cue decides.
 */
export function listenerClause(tokens: Token[], cue: Cue): boolean {
  const who = tokens[cue.index - 1];
  if (who?.lower !== 'who') return false;
  for (let k = cue.index - 2; k >= 0 && cue.index - k <= 6; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return false;
    if (LISTENER_VERBS.has(t.lower)) return true;
  }
  return false;
}

const CLAUSE_BREAKS = new Set(['while', 'whereas', 'but', 'although', 'though']);

export function clauseBreakBetween(tokens: Token[], a: number, b: number): boolean {
  const from = Math.min(a, b);
  const to = Math.max(a, b);
  // '… called it “a fairy tale” and said Ann’s plan was …': a cue after the quote that opens a
  // coordinated clause ("and said") is that clause's.
  if (a > b) {
    let k = a - 1;
    while (k > b && isWord(tokens[k]) && VERB_MODIFIERS.has(tokens[k]!.lower)) k--;
    if (tokens[k]?.lower === 'and' && k > b + 1) return true;
  }
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k]!;
    if (t.text === ';') return true;
    if (t.text === ',' && CLAUSE_BREAKS.has(tokens[k + 1]?.lower ?? '') && k + 1 < to) return true;
  }
  return false;
}

export function attributeInSentence(
  tokens: Token[],
  quoteAt: number,
  cues: Cue[],
  known?: Map<Cue, { phrase: SpeakerPhrase; role?: string } | undefined>,
): Attribution | undefined {
  const signed = signedAfter(tokens, quoteAt);
  if (signed) return { phrase: signed, cue: { index: quoteAt, kind: 'verb', weak: false } };
  const owner = claimOwner(tokens, quoteAt);
  if (owner) return { phrase: owner, cue: { index: quoteAt, kind: 'verb', weak: false } };
  // 'went on about “how the system is rigged,” and “wounded American families”': a quote listed
  // after another with "and", "or" or a comma shares its attribution.
  let k = quoteAt - 1;
  while (k >= 0 && (tokens[k]!.text === ',' || tokens[k]!.lower === 'and' || tokens[k]!.lower === 'or')) k--;
  if (k >= 0 && k < quoteAt - 1 && tokens[k]!.kind === 'quote' && tokens.slice(k + 1, quoteAt).some((t) => t.lower === 'and' || t.lower === 'or')) {
    const first = attributeInSentence(tokens, k, cues, known);
    if (first) return first;
  }
  // "X said she was “thrilled”, while her lawyer, Y, called it “a victory”": a cue beyond a clause
  // break (";", ", while", ", whereas", ", but") is the other clause's, used only when this one has none.
  const breaks = new Map<Cue, boolean>();
  if (cues.length > 1) for (const cue of cues) breaks.set(cue, clauseBreakBetween(tokens, cue.index, quoteAt));
  const separated = (cue: Cue) => breaks.get(cue) === true;
  const ranked = cues.length <= 1 ? cues : [...cues].sort((a, b) => {
    const sa = separated(a);
    if (sa !== separated(b)) return sa ? 1 : -1;
    if (a.weak !== b.weak) return a.weak ? 1 : -1;
    const da = Math.abs(a.index - quoteAt);
    const db = Math.abs(b.index - quoteAt);
    return da - db || b.index - a.index;
  });
  for (const cue of ranked) {
    if (ranked.length > 1 && listenerClause(tokens, cue)) continue;
    // 'whom Ann Lee branded “A” and accused of “B”': a verb after "and" shares the subject of the cue before it.
    const shared = sharedSubject(tokens, cue, cues, known);
    if (shared) return shared.role ? { phrase: shared.phrase, role: shared.role, cue } : { phrase: shared.phrase, cue };
    // Speakers already found for this sentence's cues are not looked for again.
    const found = known?.has(cue) ? known.get(cue) : speakerOfCue(tokens, cue);
    if (found) return found.role ? { phrase: found.phrase, role: found.role, cue } : { phrase: found.phrase, cue };
  }
  return undefined;
}

function sharedSubject(
  tokens: Token[],
  cue: Cue,
  cues: Cue[],
  known?: Map<Cue, { phrase: SpeakerPhrase; role?: string } | undefined>,
): { phrase: SpeakerPhrase; role?: string } | undefined {
  let k = cue.index - 1;
  while (k >= 0 && isWord(tokens[k]) && VERB_MODIFIERS.has(tokens[k]!.lower)) k--;
  if (tokens[k]?.lower !== 'and') return undefined;
  let previous: Cue | undefined;
  for (const c of cues) if (c.index < k && (!previous || c.index > previous.index)) previous = c;
  if (!previous || clauseBreakBetween(tokens, previous.index, cue.index)) return undefined;
  // Only when nothing but the first verb's object and quote lie between ("branded him “A” and").
  if (tokens.slice(previous.index + 1, k).some((t) => SPEECH_VERBS.has(t.lower) || t.text === ';')) return undefined;
  return known?.has(previous) ? known.get(previous) : speakerOfCue(tokens, previous);
}

/**
 * "Democratic nominee Hillary Clinton", "presidential candidate Gary Johnson": lower-case role words
 * (ending in a role noun) and the capitalised words just before them are the name's role.
 */
function lowerRoleBefore(tokens: Token[], start: number): string | undefined {
  const head = tokens[start - 1];
  if (!isWord(head) || head.upper || !ROLE_NOUNS.has(head.lower) || ROLE_MODIFIERS_BEFORE.has(head.lower)) return undefined;
  let k = start - 1;
  while (k - 1 >= 0 && start - k < 4 && isWord(tokens[k - 1]) && !tokens[k - 1]!.upper && ROLE_NOUNS.has(tokens[k - 1]!.lower)) k--;
  while (k - 1 >= 0 && start - k < 5 && isWord(tokens[k - 1]) && tokens[k - 1]!.upper && !NOT_NAME_WORDS.has(tokens[k - 1]!.lower) && !HONORIFICS.has(tokens[k - 1]!.lower)) k--;
  return joinTokens(tokens.slice(k, start));
}

/** Lower-case words that are roles only with a noun after them ("former", "state"), not heads. */
const ROLE_MODIFIERS_BEFORE = new Set(['former', 'acting', 'incoming', 'outgoing', 'interim', 'state', 'senior', 'vice', 'presidential', 'general', 'democrat', 'republican', 'campaign']);

/** Every capitalised run outside quotations, for the article's registry of names. */
export function nameRuns(tokens: Token[]): Array<{ phrase: SpeakerPhrase; role?: string }> {
  const out: Array<{ phrase: SpeakerPhrase; role?: string }> = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isName(tokens[i])) {
      i++;
      continue;
    }
    const end = nameRunRight(tokens, i);
    const phrase = parseNameRun(tokens.slice(i, end + 1));
    // A run of more than five words, or of words in capitals, is a heading or title, not a name.
    let shouting = 0;
    for (let k = i; k <= end && end > i; k++) {
      const text = tokens[k]!.text;
      if (text.length > 1 && text === text.toUpperCase() && /\p{L}/u.test(text)) shouting++;
    }
    if (phrase && phrase.kind === 'name' && wordCount(phrase.text) <= 5 && shouting <= 1) {
      const apposition = appositiveAfter(tokens, end + 1);
      const before = apposition || phrase.role ? undefined : lowerRoleBefore(tokens, i);
      out.push(apposition ? { phrase, role: apposition.role } : before ? { phrase: { ...phrase, role: before, person: true, gender: phrase.gender ?? roleGender(tokens, i - 3 < 0 ? 0 : i - 3, i) }, role: before } : { phrase });
    }
    i = end + 1;
  }
  return out;
}
