/**
 * Speech cues as data: which words of a sentence introduce what someone said. CUE_RULES are tried
 * at every word one of them starts at (`startsAt`: a speech verb, "according", "on" …); NOT_A_CUE lists the
 * patterns in which a speech verb is no cue (a noun, a passive, a participle clause). Each rule's
 * example is a unit test (tests/core/quotes/attribution-rules.test.ts).
 */
import type { Token } from '../attribution-tokens.js';
import { firstMatch, rulesByWord, type Rule, type RuleTrace } from './rule-engine.js';
import {
  isName as isName_,
  isWord as isWord_,
} from './token-kinds.js';
import type { Cue } from './types.js';
import { documentFrom, replyOwner, wordsOwner } from './cue-phrases.js';
import { CUE_START_WORDS } from './cue-start-words.js';
import { CUE_START } from './word-classes.js';
import {
  AFTER_QUOTE_VERBS,
  BACK_VERBS as BACK_VERBS_,
  BE_FORMS as BE_FORMS_,
  CHIME_VERBS as CHIME_VERBS_,
  COUNT_WORDS,
  DETERMINERS as DETERMINERS_,
  DOCUMENT_HEADS as DOCUMENT_HEADS_,
  DOCUMENT_PART_VERBS as DOCUMENT_PART_VERBS_,
  GO_ON as GO_ON_,
  NOT_NAME_WORDS as NOT_NAME_WORDS_,
  NOUN_OR_VERB as NOUN_OR_VERB_,
  PASSIVE_SPEECH as PASSIVE_SPEECH_,
  PLURAL_DETERMINERS as PLURAL_DETERMINERS_,
  PERSONAL_PRONOUNS as PERSONAL_PRONOUNS_,
  PREPOSITIONS as PREPOSITIONS_,
  SPEECH_VERBS as SPEECH_VERBS_,
  VERB_MODIFIERS as VERB_MODIFIERS_,
  WEAK_SPEECH_VERBS as WEAK_SPEECH_VERBS_,
  NAMING_VERBS as NAMING_VERBS_,
  LEADING_PREPOSITIONS,
} from './lexicon.js';

// Local bindings: the word lists and token tests are read in hot loops, not through module getters.
const isName = isName_;
const isWord = isWord_;
const BACK_VERBS = BACK_VERBS_;
const BE_FORMS = BE_FORMS_;
const CHIME_VERBS = CHIME_VERBS_;
const COUNT_WORD_SET = new Set(COUNT_WORDS);
const DETERMINERS = DETERMINERS_;
const DOCUMENT_HEADS = DOCUMENT_HEADS_;
const DOCUMENT_PART_VERBS = DOCUMENT_PART_VERBS_;
const GO_ON = GO_ON_;
const NOT_NAME_WORDS = NOT_NAME_WORDS_;
const NOUN_OR_VERB = NOUN_OR_VERB_;
const PASSIVE_SPEECH = PASSIVE_SPEECH_;
const PLURAL_DETERMINERS = PLURAL_DETERMINERS_;
const PERSONAL_PRONOUNS = PERSONAL_PRONOUNS_;
const PREPOSITIONS = PREPOSITIONS_;
const SPEECH_VERBS = SPEECH_VERBS_;
const VERB_MODIFIERS = VERB_MODIFIERS_;
const WEAK_SPEECH_VERBS = WEAK_SPEECH_VERBS_;

/** A word of a sentence, looked at as a possible cue. */
export interface CueInput {
  tokens: Token[];
  /** The word's index. */
  i: number;
  /** In a headline every word is capitalised, so a capital does not make a verb a name. */
  headline: boolean;
  /** Passed on to NOT_A_CUE, so a test sees which pattern ruled a verb out. */
  trace?: RuleTrace;
}

const NAMING_VERBS = NAMING_VERBS_;

/** A colon right after a quotation: DailyMail captions put the speaker's name after it. */
const COLON = new Set([':']);

/** The particle of "went on about", "goes on:", "went on to say": those rules start at it. */
const ON = new Set(['on']);

const strong = (index: number, kind: Cue['kind'] = 'verb'): Cue => ({ index, kind, weak: false });

/** "was widely ridiculed", "had been told": a passive speech verb. */
function passiveAt(tokens: Token[], i: number): boolean {
  const w = tokens[i]!.lower;
  if (!w.endsWith('ed') && w !== 'told' && w !== 'written' && w !== 'read' && w !== 'spoken') return false;
  let k = i - 1;
  while (k >= 0 && isWord(tokens[k]) && /^\p{Ll}+ly$/u.test(tokens[k]!.text)) k--;
  return k >= 0 && BE_FORMS.has(tokens[k]!.lower);
}

/** A speech verb in these patterns is not a cue; each example shows the verb that is not one. */
export const NOT_A_CUE: ReadonlyArray<Rule<CueInput, true>> = [
  {
    name: 'leading-participle-clause',
    pattern: 'Asked about X, … / Asked whether …, …',
    example: { paragraphs: ['Asked about the vote, the mayor shrugged. “We will see,” Ann Lee said.'], speaker: 'Ann Lee', attributedBy: 'sentence:name' },
    match: ({ tokens, i }) => (i === 0 && (PREPOSITIONS.has(tokens[1]?.lower ?? '') || tokens[1]?.lower === 'whether' || tokens[1]?.lower === 'if') ? true : undefined),
  },
  {
    name: 'noun-after-determiner',
    pattern: 'the reports / his tweets / of said …',
    example: { paragraphs: ['Ann Lee wrote that the “best days” were behind them, and his tweets agreed.'], speaker: 'Ann Lee', attributedBy: 'sentence:name' },
    match: ({ tokens, i }) => {
      const before = tokens[i - 1];
      // "the two wrote", "the three said": a numeral after "the" is the subject itself, not a determiner.
      if (before && tokens[i - 2]?.lower === 'the' && COUNT_WORD_SET.has(before.lower)) return undefined;
      // "Another added:", "one said": alone, these are someone (a verb that is no noun follows).
      if (before && (before.lower === 'another' || before.lower === 'one') && !NOUN_OR_VERB.has(tokens[i]!.lower) && !isWord(tokens[i - 2])) return undefined;
      return before && (DETERMINERS.has(before.lower) || before.lower === "'s" || before.lower === 'of') ? true : undefined;
    },
  },
  {
    name: 'plural-noun-after-modifiers',
    pattern: 'in many Varran states / several Western reports (a plural determiner, capitalised modifiers, then a word in -s: a noun)',
    example: {
      paragraphs: ['Norland’s growing reach has stirred mixed feelings in many Varran states, and it has used “soft gloves” in its dealings with them, said Ann Lee, an expert at Harbour University.'],
      speaker: 'Ann Lee',
      attributedBy: 'sentence:name',
    },
    match: ({ tokens, i }) => {
      if (!tokens[i]!.lower.endsWith('s')) return undefined;
      let k = i - 1;
      while (k > 0 && i - k <= 2 && isName(tokens[k])) k--;
      return k < i - 1 && PLURAL_DETERMINERS.has(tokens[k]?.lower ?? '') ? true : undefined;
    },
  },
  {
    name: 'capitalised-outside-headline',
    pattern: 'Says / Told … (a name or a sentence start, except in a headline)',
    example: { paragraphs: ['“We are ready,” Ann Lee told Says Media.'], speaker: 'Ann Lee', attributedBy: 'sentence:name' },
    match: ({ tokens, i, headline }) => (!headline && tokens[i]!.upper && i > 0 ? true : undefined),
  },
  {
    name: 'passive-speech-verb',
    pattern: 'X was widely ridiculed / had been told',
    example: { paragraphs: ['The plan was widely ridiculed as “a fantasy.”'], speaker: null },
    match: ({ tokens, i }) => (passiveAt(tokens, i) ? true : undefined),
  },
  {
    name: 'agreed-to-do',
    pattern: 'X agreed to take part / agrees to …: consenting to do something is not saying it',
    example: { paragraphs: ['Ivo Tran agreed to take part in what his doctors called “a last resort.”'], speaker: 'his doctors', attributedBy: 'sentence:description' },
    match: ({ tokens, i }) => ((tokens[i]!.lower === 'agreed' || tokens[i]!.lower === 'agrees') && tokens[i + 1]?.lower === 'to' ? true : undefined),
  },
  {
    name: 'noun-or-verb-without-subject',
    pattern: 'reports / claims / tweets are verbs only after who does them ("Trump tweets", "the letter reads")',
    example: { paragraphs: ['Claims that the vote was “rigged” spread fast.'], speaker: null },
    match: ({ tokens, i }) => {
      const t = tokens[i]!;
      if (!NOUN_OR_VERB.has(t.lower)) return undefined;
      if (inLeadingPhrase(tokens, i)) return true;
      // "“…,” read a statement from the club": right after the quote, before a document, the verb is the document's.
      if (documentAfterQuote(tokens, i)) return undefined;
      // "The clerk patiently replies:": an adverb in -ly between the subject and the verb.
      const adverb = tokens[i - 1]?.kind === 'word' && /^\p{Ll}{2,}ly$/u.test(tokens[i - 1]!.text);
      return subjectBefore(tokens, i) || (adverb && subjectBefore(tokens, i - 1)) ? undefined : true;
    },
  },
];

/**
 * "Alongside BLM calls for action, a strategist said …": a sentence opened by a preposition, up to its
 * first comma, is a phrase with no verb of its own; a noun-or-verb word there, with words after it, is the noun.
 */
function inLeadingPhrase(tokens: Token[], k: number): boolean {
  const first = tokens[0];
  if (!first?.upper || !(PREPOSITIONS.has(first.lower) || LEADING_PREPOSITIONS.has(first.lower))) return false;
  // ("At the bottom it reads, “…”": a pronoun is a subject, and a verb's words follow it.)
  for (let j = 1; j < k; j++) if (tokens[j]!.kind !== 'word' || PERSONAL_PRONOUNS.has(tokens[j]!.lower)) return false;
  if (tokens[k + 1]?.kind !== 'word') return false;
  for (let j = k + 1; j < tokens.length && j <= k + 8; j++) if (tokens[j]!.text === ',') return true;
  return false;
}

/**
 * Could the word before token `k` be the subject of a verb at `k`? (A module function, not a closure in
 * the rule: tsx names each named closure as it is created, on every word the rule reads.)
 */
function subjectBefore(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  const afterSubject = before && before.kind === 'word' && (isName(before) || PERSONAL_PRONOUNS.has(before.lower) || (VERB_MODIFIERS.has(before.lower) && before.lower !== 'to'));
  // "the letter reads": a plain noun after "the"/"a" can be the subject too.
  const afterNoun = before && /^\p{Ll}+$/u.test(before.text) && ['the', 'a', 'an'].includes(tokens[k - 2]?.lower ?? '') && !/(?:ing|ed|al|y|ly)$/u.test(before.lower);
  return Boolean(afterSubject || afterNoun) || fromDocumentBefore(tokens, k);
}

/** "“…,” read a statement from the club", "“…,” reads the letter": after a quote and its comma, a determiner and a document noun. */
function documentAfterQuote(tokens: Token[], k: number): boolean {
  const word = tokens[k]!.lower;
  if (word !== 'read' && word !== 'reads') return false;
  let q = k - 1;
  if (tokens[q]?.text === ',') q--;
  if (tokens[q]?.kind !== 'quote') return false;
  const det = tokens[k + 1];
  if (!isWord(det) || !DETERMINERS.has(det.lower)) return false;
  for (let m = k + 2; m <= k + 4 && isWord(tokens[m]); m++) if (!tokens[m]!.upper && DOCUMENT_HEADS.has(tokens[m]!.lower)) return true;
  return false;
}

/** "A statement from the family read:", "a letter from Kessel Bank reads": the document, a few words back, is the subject. */
function fromDocumentBefore(tokens: Token[], k: number): boolean {
  for (let m = k - 1; m >= 2 && k - m <= 6 && isWord(tokens[m]); m--) if (documentFrom(tokens, m)) return true;
  return false;
}

/** Cues, in the order they are tried at each word; the first that applies decides. */
/** "quoted Ann Lee as saying", "quoted him as saying", "quoted the minister, …, as saying": active, its object then "as saying". */
function quotedAsSaying(tokens: Token[], i: number): boolean {
  if (tokens[i]!.lower !== 'quoted' || passiveAt(tokens, i)) return false;
  const object = tokens[i + 1];
  if (!object || !(isName(object) || DETERMINERS.has(object.lower) || PERSONAL_PRONOUNS.has(object.lower))) return false;
  for (let k = i + 2; k < tokens.length - 1 && k <= i + 14; k++) {
    if (tokens[k]!.kind === 'quote') return false;
    if (tokens[k]!.lower === 'as') return tokens[k + 1]!.lower === 'saying';
  }
  return false;
}

export const CUE_RULES: ReadonlyArray<Rule<CueInput, Cue>> = [
  {
    name: 'according-to',
    startsAt: new Set(['according']),
    pattern: 'according to X',
    example: { paragraphs: ['The deal is “done,” according to Ann Lee.'], speaker: 'Ann Lee', attributedBy: 'sentence:name' },
    match: ({ tokens, i }) => (tokens[i]!.lower === 'according' && tokens[i + 1]?.lower === 'to' ? strong(i + 1, 'according') : undefined),
  },
  {
    name: 'per',
    startsAt: new Set(['per']),
    pattern: 'per X / per the X',
    example: { paragraphs: ['The deal is “done,” per Reuters.'], speaker: 'Reuters', attributedBy: 'sentence:name' },
    match: ({ tokens, i }) => (tokens[i]!.lower === 'per' && (DETERMINERS.has(tokens[i + 1]?.lower ?? '') || isName(tokens[i + 1])) ? strong(i, 'according') : undefined),
  },
  {
    name: 'passive-by',
    startsAt: PASSIVE_SPEECH,
    pattern: '“…” was written by X',
    example: { paragraphs: ['“Harbour Lights” was written by Ann Lee.'], speaker: 'Ann Lee', attributedBy: 'sentence:name' },
    match: ({ tokens, i }) =>
      tokens[i + 1]?.lower === 'by' && PASSIVE_SPEECH.has(tokens[i]!.lower) && (isName(tokens[i + 2]) || DETERMINERS.has(tokens[i + 2]?.lower ?? '')) ? strong(i + 1, 'according') : undefined,
  },
  {
    name: 'named-by-as',
    startsAt: NAMING_VERBS,
    pattern: 'X, described by Y as “…” / called by Y “…”: who gave the name',
    example: { paragraphs: ['It showed 16 men, described by Free Mountain Army as the ‘enemies of the old faith’, on a beach.'], speaker: 'Free Mountain Army', attributedBy: 'sentence:name' },
    match: ({ tokens, i }) => {
      if (tokens[i + 1]?.lower !== 'by' || !(isName(tokens[i + 2]) || DETERMINERS.has(tokens[i + 2]?.lower ?? ''))) return undefined;
      // The name comes after the namer ("as the ‘…’"), within a few words.
      for (let k = i + 3; k < tokens.length && k <= i + 9; k++) if (tokens[k]!.lower === 'as' || tokens[k]!.kind === 'quote') return strong(i + 1, 'according');
      return undefined;
    },
  },
  {
    // The outlet only carries the words: whom it quoted said them.
    name: 'quoted-as-saying',
    startsAt: new Set(['quoted']),
    pattern: 'Y quoted X as saying “…” / “…,” Y quoted X as saying',
    example: { paragraphs: ['“The talks were frank,” the agency quoted Ann Lee as saying.'], speaker: 'Ann Lee', attributedBy: 'sentence:name' },
    match: ({ tokens, i }) => (quotedAsSaying(tokens, i) ? strong(i, 'according') : undefined),
  },
  {
    name: 'quote-colon-name',
    startsAt: COLON,
    pattern: 'a caption’s ‘…?’: X, who … (the quote, a colon, then whose words they are)',
    example: { paragraphs: ['Angry shopper: Lena Vosk leaving the store ‘Do you know who I am?’: Vosk, who has since apologised, berated the staff for an hour.'], speaker: 'Lena Vosk', attributedBy: 'sentence:name' },
    // (Not a headline's "‘…’: Senate hopeful’s husband hits the road": there the words after the colon are the story's.)
    match: ({ tokens, i, headline }) => (!headline && tokens[i - 1]?.kind === 'quote' && isName(tokens[i + 1]) && !NOT_NAME_WORDS.has(tokens[i + 1]!.lower) ? strong(i, 'according') : undefined),
  },
  {
    // The noun of what was said, owned or given "from" someone, stands where the verb would.
    name: 'was-the-reply',
    startsAt: new Set(['was', 'is']),
    pattern: '“…,” was X’s reply / was his answer / was the response from X',
    example: { paragraphs: ['Ann Lee was asked if she would resign. “Absolutely not,” was her reply.'], speaker: 'Ann Lee', attributedBy: 'sentence:pronoun' },
    match: ({ tokens, i }) => (replyOwner(tokens, i) ? strong(i, 'according') : undefined),
  },
  {
    name: 'in-their-words',
    startsAt: new Set(['words']),
    pattern: 'in X’s words / in his own words / in the words of X',
    example: { paragraphs: ['In Ann Lee’s words: “We will not pay for the bridge.”'], speaker: 'Ann Lee', attributedBy: 'sentence:name' },
    match: ({ tokens, i }) => (wordsOwner(tokens, i) ? strong(i, 'according') : undefined),
  },
  {
    name: 'went-on-about',
    startsAt: ON,
    pattern: 'as X went on about “…”',
    example: { paragraphs: ['As Ann Lee went on about “the rigged system,” the crowd cheered.'], speaker: 'Ann Lee', attributedBy: 'sentence:name' },
    match: ({ tokens, i }) => (tokens[i]!.lower === 'on' && GO_ON.has(tokens[i - 1]?.lower ?? '') && tokens[i + 1]?.lower === 'about' ? strong(i - 1) : undefined),
  },
  {
    name: 'shot-back',
    startsAt: new Set(['back']),
    pattern: '“…,” X shot back / fired back',
    example: { paragraphs: ['“That is false,” Ann Lee shot back.'], speaker: 'Ann Lee', attributedBy: 'sentence:name' },
    match: ({ tokens, i }) => (tokens[i]!.lower === 'back' && BACK_VERBS.has(tokens[i - 1]?.lower ?? '') ? strong(i - 1) : undefined),
  },
  {
    // ("It goes on:" after a quoted passage keeps the passage's writer: no cue.)
    name: 'goes-on-colon',
    startsAt: ON,
    pattern: 'The memo goes on: “…”',
    example: { paragraphs: ['The city issued a memo on Monday. The memo goes on: “All staff must attend.”'], speaker: 'The memo', attributedBy: 'sentence:description' },
    match: ({ tokens, i }) => (tokens[i]!.lower === 'on' && GO_ON.has(tokens[i - 1]?.lower ?? '') && tokens[i + 1]?.text === ':' && tokens[i - 2]?.lower !== 'it' ? strong(i - 1) : undefined),
  },
  {
    name: 'put-it',
    startsAt: new Set(['put']),
    pattern: 'as X put it',
    example: { paragraphs: ['It was, as Ann Lee put it, “a long night.”'], speaker: 'Ann Lee', attributedBy: 'sentence:name' },
    match: ({ tokens, i }) => (tokens[i]!.lower === 'put' && tokens[i + 1]?.lower === 'it' ? strong(i) : undefined),
  },
  {
    name: 'went-on-to-say',
    startsAt: ON,
    pattern: '“…,” X went on to say / X went on to say “…”',
    example: { paragraphs: ['“The money is there,” Ann Lee went on to say.'], speaker: 'Ann Lee', attributedBy: 'sentence:name' },
    match: ({ tokens, i }) =>
      tokens[i]!.lower === 'on' && GO_ON.has(tokens[i - 1]?.lower ?? '') && tokens[i + 1]?.lower === 'to' && SPEECH_VERBS.has(tokens[i + 2]?.lower ?? '') ? { ...strong(i - 1), particles: 3 } : undefined,
  },
  {
    name: 'chimed-in',
    startsAt: CHIME_VERBS,
    pattern: '“…,” X chimed in / “…,” chimed in X',
    example: { paragraphs: ['“We agree,” chimed in Tom Reed.'], speaker: 'Tom Reed', attributedBy: 'sentence:name' },
    match: ({ tokens, i }) => (CHIME_VERBS.has(tokens[i]!.lower) && tokens[i + 1]?.lower === 'in' ? { ...strong(i), particles: 1 } : undefined),
  },
  {
    // A document's words quoted from its start or end: the document speaks, as "the letter reads".
    name: 'document-part',
    startsAt: DOCUMENT_PART_VERBS,
    pattern: 'The email began: “…” / the letter closes, “…”',
    example: { paragraphs: ['Ann Lee sent staff a note on Monday. The email began: “Dear colleagues, we are closing.”'], speaker: 'The email', attributedBy: 'sentence:description' },
    match: ({ tokens, i }) => {
      if (!DOCUMENT_PART_VERBS.has(tokens[i]!.lower) || !DOCUMENT_HEADS.has(tokens[i - 1]?.lower ?? '')) return undefined;
      const next = tokens[i + 1];
      return next && (next.text === ':' || next.text === ',' || next.kind === 'quote') ? strong(i) : undefined;
    },
  },
  {
    // Only in this place: "pressed", "went on", "retaliated" say nothing of speech elsewhere.
    name: 'verb-after-quote-and-speaker',
    startsAt: new Set(AFTER_QUOTE_VERBS.keys()),
    pattern: '“…?” X pressed. / “…,” he went on, … / “…,” an angry X retaliated. / “…,” beamed X. (the verb right after the quote and its speaker, or right after the quote and before a name, then the clause ends)',
    example: { paragraphs: ['Ann Lee spoke first. “It would be cheaper, surely,” Bo Reyes pressed.'], quote: 'It would be cheaper', speaker: 'Bo Reyes', attributedBy: 'sentence:name' },
    match: ({ tokens, i }) => {
      const t = tokens[i]!;
      if (!AFTER_QUOTE_VERBS.has(t.lower)) return undefined;
      // (undefined, not null, when the shape is not there: "called", "pointed" go on to be read as speech verbs.)
      const particle = AFTER_QUOTE_VERBS.get(t.lower);
      if (particle !== undefined && tokens[i + 1]?.lower !== particle) return undefined;
      const after = i + (particle === undefined ? 1 : 2);
      const cue = { index: i, kind: 'verb' as const, weak: false, ...(particle !== undefined ? { particles: 1 } : {}) };
      // "“…,” beamed Ann Lee.", "“…,” laughed Ann Lee, 34.": the verb right after the quote, then the
      // speaker's name, and the clause ends.
      const named = tokens[after];
      if (tokens[i - 1]?.kind === 'quote' && named !== undefined && isName(named) && !NOT_NAME_WORDS.has(named.lower)) {
        let m = after;
        while (m < tokens.length && m - after < 8 && tokens[m]!.kind === 'word') m++;
        const stop = tokens[m];
        return !stop || stop.text === ',' || stop.text === '.' || stop.kind === 'quote' ? cue : undefined;
      }
      const end = tokens[after];
      if (end && end.text !== ',' && end.text !== '.' && end.kind !== 'quote') return undefined;
      // The speaker between the quote and the verb: a name, a pronoun, or a short description; or, where
      // the sentence was split after the quote's "?" or "!", the sentence is only the speaker and the verb.
      let k = i - 1;
      while (k >= 0 && i - k <= 5 && tokens[k]!.kind === 'word') k--;
      if (k === i - 1 || (k >= 0 && tokens[k]!.kind !== 'quote') || (k < 0 && end?.kind === 'quote')) return undefined;
      return cue;
    },
  },
  {
    // The last rule: any speech verb not ruled out by NOT_A_CUE; weak verbs ("called") only count
    // when the sentence has no strong one (attributeInSentence ranks them).
    name: 'speech-verb',
    startsAt: SPEECH_VERBS,
    pattern: 'X said / said X / X told Y / X called it “…” (weak)',
    example: { paragraphs: ['“We will win,” Ann Lee said.'], speaker: 'Ann Lee', attributedBy: 'sentence:name' },
    match: (input) => {
      const t = input.tokens[input.i]!;
      if (!SPEECH_VERBS.has(t.lower)) return null;
      if (firstMatch(NOT_A_CUE, input, input.trace)) return null;
      return { index: input.i, kind: 'verb', weak: WEAK_SPEECH_VERBS.has(t.lower) };
    },
  },
];

/** Which cue rules can start at each word: the words that may start a cue are the rules' own. */
const CUE_RULES_BY_WORD = rulesByWord(CUE_RULES);

// findCues skips a word without the bit of CUE_START_WORDS: a rule starting at any other word would never run.
for (const word of CUE_RULES_BY_WORD.keys()) if (!CUE_START_WORDS.has(word)) throw new Error(`a cue rule starts at "${word}", which cue-start-words.ts does not list`);
for (const word of CUE_START_WORDS) if (!CUE_RULES_BY_WORD.has(word)) throw new Error(`cue-start-words.ts lists "${word}", where no cue rule starts`);

/** Speech cues of a sentence, in the order of their words. */
export function findCues(tokens: Token[], headline = false, trace?: RuleTrace): Cue[] {
  const cues: Cue[] = [];
  // One input for the sentence, moved from word to word.
  const input: CueInput = { tokens, i: 0, headline, ...(trace ? { trace } : {}) };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Most words start no rule: their bit says so before the map is asked.
    if ((t.classes & CUE_START) === 0 || (t.kind !== 'word' && t.text !== ':')) continue;
    const rules = CUE_RULES_BY_WORD.get(t.lower);
    if (!rules) continue;
    input.i = i;
    const cue = firstMatch(rules, input, trace);
    if (cue) cues.push(cue);
  }
  return cues;
}
