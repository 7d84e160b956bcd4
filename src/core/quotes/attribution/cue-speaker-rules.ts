/**
 * Who a cue introduces, as data: SPEAKER_OF_CUE rules, tried in order for each cue, find the
 * speaker phrase on the side the grammar puts it ("said X", "X said", "according to X") or, for a
 * participle or a coordinated verb, the sentence's subject. Each rule's example is a unit test.
 */
import type { Token } from '../attribution-tokens.js';
import { leftSpeaker, replyOwner, rightSpeaker, wordsOwner } from './cue-phrases.js';
import { nameRunLeft, nameRunRight } from './name-runs.js';
import { parseSpeakerName } from './speaker-name.js';
import { firstMatch, type Rule, type RuleTrace } from './rule-engine.js';
import { clauseSubject } from './sentence-subject.js';
import {
  isName as isName_,
  isWord as isWord_,
} from './token-kinds.js';
import type { Cue, CueSpeaker } from './types.js';
import {
  DETERMINERS as DETERMINERS_,
  CLAUSE_VERBS as CLAUSE_VERBS_,
  ARTICLES,
  DOCUMENT_HEADS as DOCUMENT_HEADS_,
  JOINED_CLAUSE_PRONOUNS,
  GERUND_PREPOSITIONS as GERUND_PREPOSITIONS_,
  ISSUING_VERBS as ISSUING_VERBS_,
  LISTENER_ONLY as LISTENER_ONLY_,
  PREPOSITIONS as PREPOSITIONS_,
  VERB_MODIFIERS as VERB_MODIFIERS_,
  PURPOSE_VERBS as PURPOSE_VERBS_,
  ROLE_NOUNS as ROLE_NOUNS_,
  BE_FORMS as BE_FORMS_,
  OWN_SUBJECT_BEFORE as OWN_SUBJECT_BEFORE_,
  OBJECT_ONLY_PREPOSITIONS as OBJECT_ONLY_PREPOSITIONS_,
} from './lexicon.js';

// Local bindings: the word lists and token tests are read in hot loops, not through module getters.
const isName = isName_;
const isWord = isWord_;
const CLAUSE_VERBS = CLAUSE_VERBS_;
const DETERMINERS = DETERMINERS_;
const DOCUMENT_HEADS = DOCUMENT_HEADS_;
const GERUND_PREPOSITIONS = GERUND_PREPOSITIONS_;
const ISSUING_VERBS = ISSUING_VERBS_;
const LISTENER_ONLY = LISTENER_ONLY_;
const PREPOSITIONS = PREPOSITIONS_;
const VERB_MODIFIERS = VERB_MODIFIERS_;
const ROLE_NOUNS = ROLE_NOUNS_;
const BE_FORMS = BE_FORMS_;

const OWN_SUBJECT_BEFORE = OWN_SUBJECT_BEFORE_;
const OBJECT_ONLY_PREPOSITIONS = OBJECT_ONLY_PREPOSITIONS_;

/**
 * Which side of the verb the speaker is looked for on; the four cases exclude one another, so when
 * the side's rule finds nothing the subject rules after them are tried, never another side.
 */
type Side = 'left-only' | 'after-comma' | 'after-quote' | 'subject-first';

export interface CueSpeakerInput {
  tokens: Token[];
  cue: Cue;
  /** The cue's verb, lower case, and the token before it: read by most rules, found once. */
  verb: string;
  before: Token | undefined;
  side: Side;
}

/** "… issued a joint statement calling": a document just made, before the participle cue. */
function issuedDocument(tokens: Token[], cue: number): boolean {
  let k = cue - 1;
  // "released a video that said …": the document's own relative clause.
  if (tokens[k]?.lower === 'that' || tokens[k]?.lower === 'which') k--;
  if (!isWord(tokens[k]) || !DOCUMENT_HEADS.has(tokens[k]!.lower)) return false;
  const head = k;
  k--;
  while (k >= 0 && head - k <= 4 && isWord(tokens[k]) && !DETERMINERS.has(tokens[k]!.lower) && !tokens[k]!.upper) k--;
  if (!isWord(tokens[k]) || !DETERMINERS.has(tokens[k]!.lower)) return false;
  // "put out a statement", "sent out a press release".
  if (tokens[k - 1]?.lower === 'out') k--;
  return ISSUING_VERBS.has(tokens[k - 1]?.lower ?? '');
}

/**
 * ", at one point calling", ", in a statement calling": right before the participle, a comma, a
 * preposition and one to three lower-case words (a phrase of time, place or means).
 */
function phraseAfterComma(tokens: Token[], cue: number): boolean {
  let k = cue - 1;
  while (k >= 0 && cue - k <= 3 && isWord(tokens[k]) && !tokens[k]!.upper && !PREPOSITIONS.has(tokens[k]!.lower)) k--;
  // Not "…, with his aides calling it “…”": after "with" the participle has a subject of its own.
  if (tokens[k]?.lower === 'with' || tokens[k]?.lower === 'without') return false;
  return k < cue - 1 && isWord(tokens[k]) && PREPOSITIONS.has(tokens[k]!.lower) && tokens[k - 1]?.text === ',';
}

/**
 * "… on the march Ivo Marsh one of the campaign's founders, wrote …": a photo caption run into the
 * text drops the comma before an appositive; a name right before a determiner that opens lower-case
 * words up to the comma `comma` is who the appositive describes.
 */
function nameBeforeOpenAppositive(tokens: Token[], comma: number): CueSpeaker | undefined {
  if (tokens[comma]?.text !== ',') return undefined;
  let k = comma - 1;
  while (k > 0 && comma - k <= 8 && isWord(tokens[k]) && (!tokens[k]!.upper || tokens[k]!.lower === "'s")) k--;
  if (k >= comma - 1 || !isWord(tokens[k + 1]) || !DETERMINERS.has(tokens[k + 1]!.lower) || !isName(tokens[k])) return undefined;
  const phrase = parseSpeakerName(tokens.slice(nameRunLeft(tokens, k), k + 1));
  return phrase?.kind === 'name' && phrase.text.includes(' ') ? { phrase } : undefined;
}

/**
 * "X, an adviser who …, said Republicans are engaged in “…”": a name right after the verb followed by
 * its own verb (past an adverb or "so far") begins what was said; it is no speaker.
 */
function clauseAfterCue(tokens: Token[], from: number): boolean {
  if (!isName(tokens[from])) return false;
  let k = nameRunRight(tokens, from) + 1;
  for (let n = 0; n < 2 && isWord(tokens[k]) && !CLAUSE_VERBS.has(tokens[k]!.lower) && (VERB_MODIFIERS.has(tokens[k]!.lower) || /^\p{Ll}+ly$/u.test(tokens[k]!.text) || (tokens[k]!.lower === 'so' && tokens[k + 1]?.lower === 'far')); n++) k += tokens[k]!.lower === 'so' ? 2 : 1;
  return CLAUSE_VERBS.has(tokens[k]?.lower ?? '');
}

/** Where the words after a cue begin: after its particles ("chimed in X"). */
const afterCue = (cue: Cue): number => cue.index + (cue.particles ?? 0);

/** The side for a cue: found once per cue, before the rules run. */
function sideOf(cue: Cue, verb: string, before: Token | undefined): Side {
  // "has been called a fraud": after a weak cue the words to the right are what was said, not who.
  // "… and insisting the stadium “is paying for itself”": a participle's right side is its object.
  if (cue.weak || LISTENER_ONLY.has(verb) || verb.endsWith('ing')) return 'left-only';
  if (before?.text === ',' || before?.text === ')') return 'after-comma';
  if (!before || before.kind !== 'word') return 'after-quote';
  return 'subject-first';
}

const subjectOf = ({ tokens, cue }: CueSpeakerInput): CueSpeaker | undefined => {
  const subject = clauseSubject(tokens, cue.index);
  return subject ? { phrase: subject } : undefined;
};

export const SPEAKER_OF_CUE: ReadonlyArray<Rule<CueSpeakerInput, CueSpeaker>> = [
  {
    name: 'owner-of-the-reply',
    pattern: '“…,” was X’s reply / was his answer / was the response from X: the owner, or whom it came from',
    example: { paragraphs: ['Kessel Bank was asked if it would pay. “Absolutely not,” was the response from Kessel Bank.'], speaker: 'Kessel Bank', attributedBy: 'sentence:name' },
    match: ({ tokens, cue, verb }) => (cue.kind === 'according' && (verb === 'was' || verb === 'is') ? replyOwner(tokens, cue.index) ?? null : undefined),
  },
  {
    name: 'owner-of-the-words',
    pattern: 'in X’s words / in his own words / in the words of X: whose words they are',
    example: { paragraphs: ['Asked about the vote, Ann Lee was blunt. In her own words: “We lost.”'], speaker: 'Ann Lee', attributedBy: 'sentence:pronoun' },
    match: ({ tokens, cue, verb }) => (cue.kind === 'according' && verb === 'words' ? wordsOwner(tokens, cue.index) ?? null : undefined),
  },
  {
    name: 'according-to-right',
    pattern: 'according to X / per X / written by X: the speaker is to the right',
    example: { paragraphs: ['The plan is “dead,” according to people familiar with the talks.'], speaker: 'people', attributedBy: 'sentence:description' },
    match: ({ tokens, cue }) => (cue.kind === 'according' ? rightSpeaker(tokens, cue.index) ?? null : undefined),
  },
  {
    name: 'gerund-after-preposition',
    pattern: '… where he appeared … for saying that “…” (the nearest subject pronoun, else the sentence’s subject)',
    example: { paragraphs: ['Ann Lee spoke first. She was booed at the rally for saying that the tax was “fair.”'], speaker: 'Ann Lee', attributedBy: 'sentence:pronoun' },
    match: (input) => {
      const before = input.before;
      if (!before || !GERUND_PREPOSITIONS.has(before.lower) || !input.verb.endsWith('ing')) return undefined;
      const { tokens, cue } = input;
      for (let k = cue.index - 2; k >= 0; k--) {
        const w = tokens[k]!;
        if (w.kind === 'quote') break;
        if (w.lower === 'he' || w.lower === 'she' || w.lower === 'they' || w.lower === 'we') return { phrase: { kind: 'pronoun', text: w.lower, person: false, at: w.start } };
      }
      // "Lee incurred boos upon saying …": with no pronoun before it, the gerund is the subject's.
      return subjectOf(input);
    },
  },
  {
    name: 'document-participle-in-clause',
    pattern: 'The court heard that X had sent a message saying: “…” (a document’s participle inside a “that” clause: the clause’s subject sent it)',
    example: { paragraphs: ['The court heard that Tom Bellamy had sent a message saying: ‘You will pay for this.’'], speaker: 'Tom Bellamy', attributedBy: 'sentence:name' },
    match: (input) => {
      const { tokens, cue, before } = input;
      if (!input.verb.endsWith('ing') || !isWord(before) || before.upper || !DOCUMENT_HEADS.has(before.lower)) return undefined;
      for (let k = cue.index - 2; k > 0; k--) {
        const t = tokens[k]!;
        if (t.kind !== 'word') return undefined;
        if (t.lower !== 'that' || !(isName(tokens[k + 1]) || JOINED_CLAUSE_PRONOUNS.has(tokens[k + 1]!.lower) || ARTICLES.has(tokens[k + 1]!.lower))) continue;
        const subject = clauseSubject(tokens.slice(k + 1), cue.index - k - 1);
        return subject ? { phrase: subject } : undefined;
      }
      return undefined;
    },
  },
  {
    name: 'issued-document-participle',
    pattern: 'X issued a statement calling … “…” / X released an ad that says “…” (the document’s author)',
    example: { paragraphs: ['Ann Lee issued a statement calling the ruling “a disgrace.”'], speaker: 'Ann Lee', attributedBy: 'sentence:name' },
    match: (input) => ((input.verb.endsWith('ing') || input.before?.lower === 'that' || input.before?.lower === 'which') && issuedDocument(input.tokens, input.cue.index) ? subjectOf(input) : undefined),
  },
  {
    name: 'written-document-object',
    pattern: 'X, one of the founders, wrote a message: “…” (a document after a verb of writing or issuing is its object: the writer speaks)',
    example: { paragraphs: ['Ann Lee, one of the founders, wrote a message: “We will be back.”'], speaker: 'Ann Lee', attributedBy: 'sentence:name' },
    match: (input) => {
      if (input.side === 'left-only' || !ISSUING_VERBS.has(input.verb)) return undefined;
      const object = rightSpeaker(input.tokens, afterCue(input.cue))?.phrase;
      if (object?.kind !== 'description' || !DOCUMENT_HEADS.has(object.text.slice(object.text.lastIndexOf(' ') + 1).toLowerCase())) return undefined;
      return leftSpeaker(input.tokens, input.cue.index) ?? nameBeforeOpenAppositive(input.tokens, input.cue.index - 1) ?? subjectOf(input);
    },
  },
  {
    name: 'participle-after-comma',
    pattern: 'X said …, suggesting “…” (the sentence’s subject)',
    example: { paragraphs: ['Ann Lee spoke for an hour, suggesting the plan was “a trap.”'], speaker: 'Ann Lee', attributedBy: 'sentence:name' },
    match: (input) => (input.before?.text === ',' && input.verb.endsWith('ing') ? subjectOf(input) : undefined),
  },
  {
    // (A phrase of time or place between the comma and the participle, not the participle's subject.)
    name: 'participle-after-phrase',
    pattern: 'X …, at one point calling Y “…” / X …, in a statement calling (the sentence’s subject)',
    example: { paragraphs: ['Ann Lee has fought the mayor over the budget, at one point calling him a “liar.”'], speaker: 'Ann Lee', attributedBy: 'sentence:name' },
    match: (input) => (input.verb.endsWith('ing') && phraseAfterComma(input.tokens, input.cue.index) ? subjectOf(input) : undefined),
  },
  {
    // (A person or a document before the participle is its own subject: "footage of one of the guards
    // saying", "a letter from the board saying".)
    name: 'participle-after-object',
    pattern: 'X made light of the delay writing: “…” (a participle right after a thing the main clause is about: the main clause’s subject)',
    example: { paragraphs: ['Mara Quist made light of the delay writing: ‘We will get there in the end.’'], speaker: 'Mara Quist', attributedBy: 'sentence:name' },
    match: (input) => {
      if (!input.verb.endsWith('ing') || !isWord(input.before) || input.before.upper) return undefined;
      const object = leftSpeaker(input.tokens, input.cue.index)?.phrase;
      if (object?.kind !== 'description' || object.person || object.gender !== undefined) return undefined;
      const head = object.text.slice(object.text.lastIndexOf(' ') + 1).toLowerCase();
      // ("what his office is calling": after an auxiliary the participle is its subject's verb.)
      if (DOCUMENT_HEADS.has(head) || BE_FORMS.has(input.before.lower)) return undefined;
      // The thing must be an object: a word of the main clause before it, not the sentence's start; not
      // after "with" ("…, with the crew shouting"), "after" or a verb of seeing or hearing ("heard the
      // crowd chanting"), where the participle has a subject of its own; after "of" only a singular thing that
      // is no role ("footage of one of the guards saying" is theirs).
      let k = input.cue.index - 1;
      while (k > 0 && input.tokens[k]!.start > object.at) k--;
      const before = input.tokens[k - 1];
      if (!isWord(before) || OWN_SUBJECT_BEFORE.has(before.lower)) return undefined;
      if (before.lower === 'of' && (ROLE_NOUNS.has(head) || head.endsWith('s'))) return undefined;
      const subject = subjectOf(input);
      return subject && subject.phrase.at < object.at ? subject : undefined;
    },
  },
  {
    name: 'participle-after-prepositional-name',
    pattern: 'X wrote a letter to Judge Y asking … “…” / X replied to a question on Facebook writing, “…” (a name after a noun and “to” or “on”, right before the participle, is an object: the main clause’s subject)',
    example: { paragraphs: ['Mayor Ann Lee wrote a letter to Judge Bo Reyes asking the court to review the “mess.”'], speaker: 'Ann Lee', attributedBy: 'sentence:name' },
    match: (input) => {
      if (!input.verb.endsWith('ing') || !isName(input.before)) return undefined;
      const { tokens, cue } = input;
      const start = nameRunLeft(tokens, cue.index - 1);
      const preposition = tokens[start - 1];
      if (!isWord(preposition) || !OBJECT_ONLY_PREPOSITIONS.has(preposition.lower)) return undefined;
      // A noun of the main clause before the preposition ("a letter to", "a question on"): after a verb the
      // name is the participle's own subject ("objected to X calling", "insisted on X saying"), so no word
      // in -ed, -ing or -s, nor one after which the participle has its own subject.
      const before = tokens[start - 2];
      if (!isWord(before) || before.upper || OWN_SUBJECT_BEFORE.has(before.lower) || /(?:ed|ing|s)$/u.test(before.lower)) return undefined;
      const subject = subjectOf(input);
      return subject && subject.phrase.at < tokens[start - 1]!.start ? subject : undefined;
    },
  },
  {
    name: 'left-only',
    pattern: 'X called it “…” / X told Y / X insisting: the right side is what was said or the listener',
    example: { paragraphs: ['Ann Lee called the plan “a mess.”'], speaker: 'Ann Lee', attributedBy: 'sentence:name' },
    match: (input) => (input.side === 'left-only' ? leftSpeaker(input.tokens, input.cue.index) : undefined),
  },
  {
    name: 'after-comma',
    pattern: 'X, the chair of Y, said / Rep. X (D-Wis.) said / “…,” said X',
    example: { paragraphs: ['Ann Lee, the chair of the board, said the vote was “final.”'], speaker: 'Ann Lee', attributedBy: 'sentence:name' },
    match: (input) => (input.side === 'after-comma' ? leftSpeaker(input.tokens, input.cue.index) ?? (clauseAfterCue(input.tokens, afterCue(input.cue) + 1) ? undefined : rightSpeaker(input.tokens, afterCue(input.cue))) : undefined),
  },
  {
    name: 'after-quote',
    pattern: '“…” said X (the verb right after the quote: the speaker follows it)',
    example: { paragraphs: ['“We will win” said Ann Lee.'], speaker: 'Ann Lee', attributedBy: 'sentence:name' },
    match: (input) => (input.side === 'after-quote' ? rightSpeaker(input.tokens, afterCue(input.cue)) ?? leftSpeaker(input.tokens, input.cue.index) : undefined),
  },
  {
    name: 'subject-before-verb',
    pattern: 'X said “…” / X stressed that “…” (after a lower-case word, the phrase after the verb is its object: no speaker)',
    example: { paragraphs: ['Ann Lee stressed that the plan was “final.”'], speaker: 'Ann Lee', attributedBy: 'sentence:name' },
    // "… and declared a determination to “…”", "to explain his stance": after a lower-case word the verb
    // has its subject on the left, and the phrase after it is its object, never who speaks.
    match: (input) => (input.side === 'subject-first' ? leftSpeaker(input.tokens, input.cue.index) ?? (objectFollows(input.before) ? undefined : rightSpeaker(input.tokens, afterCue(input.cue))) : undefined),
  },
  {
    name: 'coordinated-verb-subject',
    pattern: '…, saying “…” / … and vowed “…” / … took to Twitter to rant about “…” (the verb shares the sentence’s subject)',
    example: { paragraphs: ['Ann Lee stood up and vowed to fight “to the end.”'], speaker: 'Ann Lee', attributedBy: 'sentence:name' },
    match: (input) => {
      const before = input.before;
      return before && (before.text === ',' || before.lower === 'and' || before.lower === 'but' || input.verb.endsWith('ing') || purposeInfinitive(input.tokens, input.cue.index)) ? subjectOf(input) : undefined;
    },
  },
];

const PURPOSE_VERBS = PURPOSE_VERBS_;

/**
 * "… took to her Twitter account to rant about how X is ‘corrupt’": an infinitive of purpose after
 * a verb of going or using, in the same clause, is said by that verb's subject ("it is safe to say" is
 * no such infinitive).
 */
function purposeInfinitive(tokens: Token[], cue: number): boolean {
  // ("The memo goes on to say" is the went-on-to-say cue's: "went on" is "continued" there.)
  if (tokens[cue - 1]?.lower !== 'to' || tokens[cue - 2]?.lower === 'on') return false;
  for (let k = cue - 3; k >= 0 && cue - k <= 9; k--) {
    const w = tokens[k]!;
    if (w.kind !== 'word') return false;
    if (PURPOSE_VERBS.has(w.lower)) return true;
  }
  return false;
}

/** A lower-case word before the verb: the verb is inside its clause, and what follows it is its object. */
const objectFollows = (before: Token | undefined): boolean => before !== undefined && before.kind === 'word' && !before.upper;

/** The speaker a cue introduces: "said X" / "X said" / "according to X" / "…, saying" (the subject). */
export function speakerOfCue(tokens: Token[], cue: Cue, trace?: RuleTrace): CueSpeaker | undefined {
  const verb = tokens[cue.index]!.lower;
  const before = tokens[cue.index - 1];
  return firstMatch(SPEAKER_OF_CUE, { tokens, cue, verb, before, side: sideOf(cue, verb, before) }, trace);
}
