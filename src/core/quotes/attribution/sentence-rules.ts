/**
 * Which cue of its sentence a quotation belongs to, as data: SENTENCE_RULES are tried in order for
 * each quote (a signature after a dash, a claim's owner, a quote listed after another, then the
 * sentence's cues ranked nearest first, strong before weak, this clause before another). Each
 * rule's example is a unit test.
 */
import type { Token } from '../attribution-tokens.js';
import { type SpeakerPhrase } from '../speaker-names.js';
import { parseSpeakerName } from './speaker-name.js';
import { speakerOfCue } from './cue-speaker-rules.js';
import { nameRunLeft, nameRunRight } from './name-runs.js';
import { firstMatch, type Rule, type RuleTrace } from './rule-engine.js';
import { opensWithClause, sentenceSubject } from './sentence-subject.js';
import {
  isName as isName_,
  isWord as isWord_,
} from './token-kinds.js';
import type { Attribution, Cue, CueSpeaker } from './types.js';
import {
  ARTICLES as ARTICLES_,
  BE_FORMS as BE_FORMS_,
  CLAIM_NOUNS as CLAIM_NOUNS_,
  CLAIM_OWNERS as CLAIM_OWNERS_,
  CLAUSE_BREAKS as CLAUSE_BREAKS_,
  DASHES as DASHES_,
  LISTENER_VERBS as LISTENER_VERBS_,
  SPEECH_VERBS as SPEECH_VERBS_,
  SUBORDINATORS as SUBORDINATORS_,
  OPENING_CONJUNCTIONS as OPENING_CONJUNCTIONS_,
  VERB_MODIFIERS as VERB_MODIFIERS_,
  LEADING_CLAUSE_WORDS as LEADING_CLAUSE_WORDS_,
  COORDINATORS as COORDINATORS_,
  PERSON_SUBJECT_PRONOUNS as PERSON_SUBJECT_PRONOUNS_,
} from './lexicon.js';

// Local bindings: the word lists and token tests are read in hot loops, not through module getters.
const isName = isName_;
const isWord = isWord_;
const ARTICLES = ARTICLES_;
const BE_FORMS = BE_FORMS_;
const CLAIM_NOUNS = CLAIM_NOUNS_;
const CLAIM_OWNERS = CLAIM_OWNERS_;
const CLAUSE_BREAKS = CLAUSE_BREAKS_;
const DASHES = DASHES_;
const LISTENER_VERBS = LISTENER_VERBS_;
const SPEECH_VERBS = SPEECH_VERBS_;
const VERB_MODIFIERS = VERB_MODIFIERS_;
const SUBORDINATORS = SUBORDINATORS_;

const OPENING_CONJUNCTIONS = OPENING_CONJUNCTIONS_;
const LEADING_CLAUSE_WORDS = LEADING_CLAUSE_WORDS_;

/**
 * "But as Reyes spoke, Ann Lee stood up and vowed “…”": a cue inside the sentence's leading
 * subordinate clause, with the quote after the comma that ends it, belongs to that clause.
 */
function inLeadingClause(tokens: Token[], cue: number, quoteAt: number): boolean {
  let open = 0;
  if (OPENING_CONJUNCTIONS.has(tokens[0]?.lower ?? '')) open = 1;
  const opener = tokens[open]?.lower ?? '';
  if (!SUBORDINATORS.has(opener) && !LEADING_CLAUSE_WORDS.has(opener)) return false;
  const comma = tokens.findIndex((t, k) => k > open && t.text === ',');
  return comma > cue && comma < quoteAt;
}

/** The speakers already found for a sentence's cues (pass 1 finds them once). */
export type KnownSpeakers = Map<Cue, CueSpeaker | undefined>;

export interface SentenceInput {
  tokens: Token[];
  /** The quotation's token. */
  quoteAt: number;
  cues: Cue[];
  known?: KnownSpeakers;
  trace?: RuleTrace;
}

/** '“…” ― Ana Ruiz': a name after a dash closing the quote is its speaker. */
function signedAfter(tokens: Token[], quoteAt: number): SpeakerPhrase | undefined {
  let j = quoteAt + 1;
  if (tokens[j]?.text === ',' || tokens[j]?.text === '.') j++;
  if (!DASHES.has(tokens[j]?.text ?? '')) return undefined;
  const start = j + 1;
  if (!isName(tokens[start])) return undefined;
  const end = nameRunRight(tokens, start);
  const phrase = parseSpeakerName(tokens.slice(start, end + 1));
  return phrase?.kind === 'name' ? { ...phrase, candidate: true } : undefined;
}

/**
 * '… Voss's claim that there were “hundreds of break-ins”': the owner of a claim noun, with
 * "that" or the quotation right after it and no other cue or quotation on the way, said it.
 */
function claimOwner(tokens: Token[], quoteAt: number): SpeakerPhrase | undefined {
  // 'support for Ellen Park’s “open door” plan': the owner of the quoted words.
  // Not after a cue: 'what they call Ellen Park’s “open door” plan' is theirs.
  if (tokens[quoteAt - 1]?.lower === "'s" && isName(tokens[quoteAt - 2])) {
    const start = nameRunLeft(tokens, quoteAt - 2);
    const phrase = parseSpeakerName(tokens.slice(start, quoteAt - 1));
    const cueBefore = tokens.slice(Math.max(0, start - 6), start).some((t) => SPEECH_VERBS.has(t.lower) || t.lower === 'according');
    if (phrase?.kind === 'name' && (phrase.person || phrase.candidate) && !cueBefore) return phrase;
  }
  for (let k = quoteAt - 1; k >= 1 && quoteAt - k <= 16; k--) {
    const t = tokens[k]!;
    if (t.kind === 'quote' || t.lower === 'according') return undefined;
    // "her promise that", "its gloomy prediction that": one adjective may stand between.
    const o = isWord(tokens[k - 1]) && !tokens[k - 1]!.upper && !CLAIM_OWNERS.has(tokens[k - 1]!.lower) && CLAIM_OWNERS.has(tokens[k - 2]?.lower ?? '') ? k - 2 : k - 1;
    const claim = CLAIM_NOUNS.has(t.lower) && CLAIM_OWNERS.has(tokens[o]?.lower ?? '');
    if (!claim && SPEECH_VERBS.has(t.lower)) return undefined;
    // ("X's assertion of a “right to silence”": the quote is what the claim holds.)
    const ofWhat = tokens[k + 1]?.lower === 'of' && k + 3 === quoteAt && ARTICLES.has(tokens[k + 2]!.lower);
    if (!claim || !(k + 1 === quoteAt || tokens[k + 1]?.lower === 'that' || ofWhat)) continue;
    // "Park's claim that Reyes is in favour of the toll is “simply not true”": after the claim's own
    // clause and its verb, the main verb "is" says the quoted words of the whole claim; they are not its owner's.
    if (tokens[k + 1]?.lower === 'that' && BE_FORMS.has(tokens[quoteAt - 1]?.lower ?? '') && tokens.slice(k + 3, quoteAt - 1).some((w) => BE_FORMS.has(w.lower))) return undefined;
    const owner = tokens[o]!;
    if (owner.lower === 'his' || owner.lower === 'her') return { kind: 'pronoun', text: owner.lower, person: true, at: owner.start };
    // "Bornstein's letter was ridiculed for its prediction that …": the thing that is the subject.
    if (owner.lower === 'its') {
      const subject = sentenceSubject(tokens, o);
      return subject?.kind === 'description' ? subject : undefined;
    }
    if (owner.lower !== "'s" || !isName(tokens[o - 1])) return undefined;
    const ownerStart = nameRunLeft(tokens, o - 1);
    // "calling Tully's charge “pathetic”": the words characterise the claim; whoever calls it said them.
    if (k + 1 === quoteAt && SPEECH_VERBS.has(tokens[ownerStart - 1]?.lower ?? '')) return undefined;
    // "Ann Park told reporters that Reyes's comments “show bias”": the words are about the comments,
    // said by whoever speaks of them ("that" after a cue), not their owner's.
    if (k + 1 === quoteAt && tokens[ownerStart - 1]?.lower === 'that' && tokens.slice(Math.max(0, ownerStart - 8), ownerStart - 1).some((w) => SPEECH_VERBS.has(w.lower))) return undefined;
    const phrase = parseSpeakerName(tokens.slice(ownerStart, o));
    return phrase?.kind === 'name' ? phrase : undefined;
  }
  return undefined;
}

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

/** Is there a clause break between tokens `a` and `b`: a cue beyond it is the other clause's. */
export function clauseBreakBetween(tokens: Token[], a: number, b: number): boolean {
  const from = Math.min(a, b);
  const to = Math.max(a, b);
  // '… called it “a fairy tale” and said Ann’s plan was …': a cue after the quote that opens a
  // coordinated clause ("and said") is that clause's.
  if (a > b) {
    let k = a - 1;
    while (k > b && isWord(tokens[k]) && VERB_MODIFIERS.has(tokens[k]!.lower)) k--;
    if (tokens[k]?.lower === 'and' && k > b + 1) return true;
    // '… accuses Lee of “lying” and Bo Reyes says …', '… “a smear” while Reyes suggests …': a cue
    // whose own subject opens a coordinated clause after the quote ("X and Y said" is one subject).
    const subject = isName(tokens[k]) ? nameRunLeft(tokens, k) : SUBJECT_PRONOUNS.has(tokens[k]?.lower ?? '') ? k : -1;
    if (subject > b + 1 && COORDINATORS.has(tokens[subject - 1]!.lower) && !isName(tokens[subject - 2])) return true;
  }
  if (a < b && inLeadingClause(tokens, a, b)) return true;
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k]!;
    if (t.text === ';') return true;
    if (t.text === ',' && CLAUSE_BREAKS.has(tokens[k + 1]?.lower ?? '') && k + 1 < to) return true;
  }
  return false;
}

function sharedSubject(
  tokens: Token[],
  cue: Cue,
  cues: Cue[],
  known?: KnownSpeakers,
): CueSpeaker | undefined {
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
 * 'The vote will be close, Ann Lee said, adding, “…”': a participle right after another cue and its
 * speaker ("said,", "said Ann Lee,") goes on with that cue's speaker, not the sentence's subject
 * (here the vote). The previous cue must be a strong verb with nothing but a name between.
 */
function participleAfterCue(tokens: Token[], cue: Cue, cues: Cue[], known?: KnownSpeakers): CueSpeaker | undefined {
  if (tokens[cue.index - 1]?.text !== ',' || !tokens[cue.index]!.lower.endsWith('ing')) return undefined;
  let previous: Cue | undefined;
  for (const c of cues) if (c.index < cue.index - 1 && (!previous || c.index > previous.index)) previous = c;
  if (!previous || previous.kind !== 'verb' || previous.weak || tokens[previous.index]!.lower.endsWith('ing')) return undefined;
  const between = tokens.slice(previous.index + 1, cue.index - 1);
  // Only the cue's own speaker between ("said Ann Lee,"): after "said Reid quieted the room," the participle is Reid's.
  if (between.length > 5 || !between.every((t) => t.kind === 'word' && (t.upper || t.text === '.'))) return undefined;
  return known?.has(previous) ? known.get(previous) : speakerOfCue(tokens, previous);
}

/** Words that open a coordinated clause with its own subject ("and Bo Reyes says"). */
const COORDINATORS = COORDINATORS_;
const SUBJECT_PRONOUNS = PERSON_SUBJECT_PRONOUNS_;

const withCue = (found: CueSpeaker, cue: Cue): Attribution => (found.role ? { phrase: found.phrase, role: found.role, cue } : { phrase: found.phrase, cue });

/** A rule's own "cue" when no verb introduces the quote (a signature, a claim's owner): the quote itself. */
const atQuote = (quoteAt: number): Cue => ({ index: quoteAt, kind: 'verb', weak: false });

export const SENTENCE_RULES: ReadonlyArray<Rule<SentenceInput, Attribution>> = [
  {
    name: 'signed-quote',
    pattern: '“…” ― X (a name after a dash closing the quote)',
    example: { paragraphs: ['“Never give up.” ― Ann Lee'], speaker: 'Ann Lee', attributedBy: 'sentence:name' },
    match: ({ tokens, quoteAt }) => {
      const signed = signedAfter(tokens, quoteAt);
      return signed ? { phrase: signed, cue: atQuote(quoteAt) } : undefined;
    },
  },
  {
    name: 'claim-owner',
    pattern: 'X’s claim that “…” / her promise that “…” / support for X’s “…” plan',
    example: { paragraphs: ['Critics doubted Ann Lee’s claim that the budget was “balanced.”'], speaker: 'Ann Lee', attributedBy: 'sentence:name' },
    match: ({ tokens, quoteAt }) => {
      const owner = claimOwner(tokens, quoteAt);
      return owner ? { phrase: owner, cue: atQuote(quoteAt) } : undefined;
    },
  },
  {
    // 'went on about “how the board is stacked,” and “forgotten harbour towns”'.
    name: 'listed-quote',
    pattern: '… “A,” and “B” (a quote listed after another shares its attribution)',
    example: { paragraphs: ['Ann Lee called the plan “reckless” and “cruel.”'], quote: 'cruel', speaker: 'Ann Lee', attributedBy: 'sentence:name' },
    match: (input) => {
      const { tokens, quoteAt } = input;
      let k = quoteAt - 1;
      while (k >= 0 && (tokens[k]!.text === ',' || tokens[k]!.lower === 'and' || tokens[k]!.lower === 'or')) k--;
      if (!(k >= 0 && k < quoteAt - 1 && tokens[k]!.kind === 'quote' && tokens.slice(k + 1, quoteAt).some((t) => t.lower === 'and' || t.lower === 'or'))) return undefined;
      return attributeInSentence(tokens, k, input.cues, input.known);
    },
  },
  {
    // 'Ann Lee says the crowd “surged” forward, according to the Courier': the outlet after the quote
    // reported what the speaker before it said; it is not the speaker.
    name: 'reported-by',
    pattern: 'X says … “…” …, according to Y (Y reported what X said)',
    example: { paragraphs: ['Police spokesman Bo Reyes says the crowd “surged” forward, according to the Wrenmouth Courier.'], speaker: 'Bo Reyes', attributedBy: 'sentence:name' },
    match: ({ tokens, quoteAt, cues, known, trace }) => {
      const after = cues.filter((c) => c.index > quoteAt);
      const before = cues.filter((c) => c.index < quoteAt);
      if (after.length !== 1 || after[0]!.kind !== 'according' || tokens[after[0]!.index - 2]?.text !== ',') return undefined;
      const said = before[before.length - 1];
      if (!said || said.kind !== 'verb' || said.weak || clauseBreakBetween(tokens, said.index, quoteAt)) return undefined;
      // 'After Bo Reyes asked about it, the crowd became “agitated,” according to …': a cue in a leading
      // clause is not what the outlet reports.
      if (opensWithClause(tokens) && !tokens.slice(0, said.index).some((t) => t.text === ',')) return undefined;
      if (tokens.slice(said.index + 1, quoteAt).some((t) => t.kind === 'quote')) return undefined;
      const found = known?.has(said) ? known.get(said) : speakerOfCue(tokens, said, trace);
      return found ? withCue(found, said) : undefined;
    },
  },
  {
    // "X said she was “thrilled”, while her lawyer, Y, called it “a victory”": a cue beyond a clause
    // break (";", ", while", ", whereas", ", but") is the other clause's, used only when this one has none.
    name: 'nearest-cue',
    pattern: 'the sentence’s cues: this clause first, strong before weak, nearest first',
    example: { paragraphs: ['Ann Lee said she was “thrilled,” while her lawyer, Bo Reyes, called it “a victory.”'], speaker: 'Ann Lee', attributedBy: 'sentence:name' },
    match: ({ tokens, quoteAt, cues, known, trace }) => {
      const breaks = new Map<Cue, boolean>();
      if (cues.length > 1) for (const cue of cues) breaks.set(cue, clauseBreakBetween(tokens, cue.index, quoteAt));
      // (No named closure for "is it separated": tsx names each one as it is created, on every quote.)
      const ranked = cues.length <= 1 ? cues : [...cues].sort((a, b) => {
        const sa = breaks.get(a) === true;
        if (sa !== (breaks.get(b) === true)) return sa ? 1 : -1;
        if (a.weak !== b.weak) return a.weak ? 1 : -1;
        const da = Math.abs(a.index - quoteAt);
        const db = Math.abs(b.index - quoteAt);
        return da - db || b.index - a.index;
      });
      for (const cue of ranked) {
        // '… told a woman who suggested that … that “…”': the listener's clause is not the quote's.
        if (ranked.length > 1 && listenerClause(tokens, cue)) continue;
        // 'whom Ann Lee branded “A” and accused of “B”': a verb after "and" shares the subject of the cue before it.
        const shared = sharedSubject(tokens, cue, cues, known) ?? participleAfterCue(tokens, cue, cues, known);
        if (shared) return withCue(shared, cue);
        // Speakers already found for this sentence's cues are not looked for again.
        const found = known?.has(cue) ? known.get(cue) : speakerOfCue(tokens, cue, trace);
        if (found) return withCue(found, cue);
      }
      return null;
    },
  },
];

/** The attribution of the quotation token at `quoteAt` within its sentence's tokens. */
export function attributeInSentence(tokens: Token[], quoteAt: number, cues: Cue[], known?: KnownSpeakers, trace?: RuleTrace): Attribution | undefined {
  return firstMatch(SENTENCE_RULES, { tokens, quoteAt, cues, ...(known ? { known } : {}), ...(trace ? { trace } : {}) }, trace);
}
