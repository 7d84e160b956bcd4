/**
 * Which cues of a sentence may introduce a given quotation: a cue attached to another quotation of the
 * sentence (right before it, "X called “A”", or right after it, "“A,” X said") is that quotation's, and
 * is removed from the candidates of a quote that a clause of its own separates from it. The rules
 * remove candidates; the sentence rules and the ranker choose among those left. Each rule is a row
 * with its example (tests/core/quotes/clause-speakers.test.ts runs them through the pipeline).
 */
import type { Token } from '../attribution-tokens.js';
import type { SpeakerPhrase } from '../speaker-names.js';
import { nameRunRight } from './name-runs.js';
import { parseSpeakerName } from './speaker-name.js';
import { clauseSubject } from './sentence-subject.js';
import type { Rule } from './rule-engine.js';
import { isName as isName_, isWord as isWord_ } from './token-kinds.js';
import type { Cue, CueSpeaker } from './types.js';
import { CONNECTORS as CONNECTORS_, LEADING_SUBORDINATORS as LEADING_SUBORDINATORS_, PREPOSITIONS as PREPOSITIONS_, RELATIVES as RELATIVES_, SUBORDINATORS as SUBORDINATORS_, SUBJECT_PRONOUNS as SUBJECT_PRONOUNS_, JOINING_WORDS as JOINING_WORDS_, LIST_WORDS as LIST_WORDS_ } from './lexicon.js';

// Local bindings: the word lists and token tests are read in hot loops, not through module getters.
const isName = isName_;
const isWord = isWord_;
const CONNECTORS = CONNECTORS_;
const PREPOSITIONS = PREPOSITIONS_;
const RELATIVES = RELATIVES_;
const SUBORDINATORS = SUBORDINATORS_;
const LEADING_SUBORDINATORS = LEADING_SUBORDINATORS_;

/** A cue of the sentence, looked at for one quotation. */
export interface OwnershipInput {
  tokens: Token[];
  /** The quotation's token. */
  quoteAt: number;
  cue: Cue;
  cues: Cue[];
  /** The speakers found for the sentence's cues (a cue whose speaker was not found cannot take a quote over). */
  known?: ReadonlyMap<Cue, CueSpeaker | undefined>;
}

const SUBJECT_PRONOUNS = SUBJECT_PRONOUNS_;
const JOINING_WORDS = JOINING_WORDS_;
const LIST_WORDS = LIST_WORDS_;

/**
 * Is the cue attached to the quotation at `q`: at most three tokens before it and none of them a
 * quotation or another cue ("called “A”", "said, “A”", "told reporters “A”", "said that “A”"), or right
 * after it with only its speaker between ("“A,” X said", "“A,” said X")?
 */
function attachedTo(tokens: Token[], cue: Cue, cues: Cue[], q: number): boolean {
  const c = cue.index;
  if (c < q) {
    if (q - c > 4) return false;
    for (let k = c + 1; k < q; k++) if (tokens[k]!.kind === 'quote' || cues.some((o) => o.index === k)) return false;
    return true;
  }
  if (c - q > 5) return false;
  for (let k = q + 1; k < c; k++) if (tokens[k]!.kind === 'quote' || cues.some((o) => o.index === k)) return false;
  return true;
}

/**
 * Does the cue open the quotation at `q` with a short phrase ending in a comma or colon ("responds to
 * Bo Reyes with, “A”"): up to six tokens before it, none of them a quotation or another cue.
 */
function introduces(tokens: Token[], cue: Cue, cues: Cue[], q: number): boolean {
  const c = cue.index;
  if (c > q || q - c > 6 || (tokens[q - 1]?.text !== ',' && tokens[q - 1]?.text !== ':')) return false;
  for (let k = c + 1; k < q; k++) if (tokens[k]!.kind === 'quote' || cues.some((o) => o.index === k)) return false;
  return true;
}

/**
 * Between tokens `from` and `to` (exclusive), the first token of a clause's subject (a name or a subject
 * pronoun followed by a lower-case word that is no connector, preposition or list word — its verb:
 * "Santilli expressed", "she added"; not a second object, "and Cy Park “a thief”"), or -1.
 */
function clauseSubjectAt(tokens: Token[], from: number, to: number): number {
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k]!;
    if (!isWord(t)) continue;
    let end = -1;
    if (isName(t)) end = nameRunRight(tokens, k);
    else if (SUBJECT_PRONOUNS.has(t.lower)) end = k;
    if (end < 0) continue;
    const next = tokens[end + 1];
    if (end + 1 < to && isWord(next) && !next.upper && !CONNECTORS.has(next.lower) && !PREPOSITIONS.has(next.lower) && !LIST_WORDS.has(next.lower)) return k;
    k = end;
  }
  return -1;
}

/**
 * '… Judge Ann Lee called “distasteful,” Bo Reyes expressed a wish to “…”': when every cue of the
 * sentence went to another quotation, the subject of the clause between the last such quotation and
 * this one is who the quote is about to be said by (a proposal; the ranker may still choose another).
 */
export function ownClauseSubject(tokens: Token[], quoteAt: number): SpeakerPhrase | undefined {
  let q = quoteAt - 1;
  while (q >= 0 && tokens[q]!.kind !== 'quote') q--;
  const k = q < 0 ? -1 : clauseSubjectAt(tokens, q, quoteAt);
  // "X has assured me she will keep it “A” and …, Y, who has pledged …", "X attacked rivals who would
  // “outsource” the port to “cartels”": with no clause opening right after a quotation before it, the
  // subject of the clause the quote is in (not "it", which is seldom a speaker).
  // (The clause opens after the quotation's comma, "“A,” Y expressed", "(… “A”), Y doubled down"; a name
  // right after a quotation with no comma, "“outsource” Harbour Street jobs", is its object.)
  let opens = k >= 0 && (tokens[k - 1]!.text === ',' || (k - 1 === q && ENDS_WITH_COMMA.test(tokens[q]!.text)));
  for (let m = q + 1; opens && m < k; m++) if (isWord(tokens[m])) opens = false;
  if (!opens) {
    const subject = clauseSubject(tokens, quoteAt);
    return subject && !(subject.kind === 'pronoun' && subject.text === 'it') ? subject : undefined;
  }
  const t = tokens[k]!;
  if (SUBJECT_PRONOUNS.has(t.lower)) return t.lower === 'it' ? undefined : { kind: 'pronoun', text: t.lower, person: false, at: t.start };
  const named = parseSpeakerName(tokens.slice(k, nameRunRight(tokens, k) + 1));
  return named?.kind === 'name' ? named : undefined;
}

/** Rules that say a cue belongs to another quotation than this one; the first that applies decides. */
export const CUE_OWNERSHIP: ReadonlyArray<Rule<OwnershipInput, true>> = [
  {
    name: 'cue-of-a-leading-clause-quote',
    pattern: 'In a clip that X called “A,” Y expressed a wish to “B” (the cue of a leading or relative clause, attached to “A”; the main clause’s subject right after it)',
    example: {
      paragraphs: ['In a clip that Judge Ann Lee called “distasteful,” Bo Reyes expressed a wish to “burn the place down.”'],
      quote: 'burn the place down',
      speaker: 'Bo Reyes',
    },
    match: ({ tokens, quoteAt, cue, cues }) => {
      if (cue.index > quoteAt || !inSubordinateClause(tokens, cue.index)) return undefined;
      // The first quotation after the cue, attached to it, before this one; the main clause starts right after it.
      let q = cue.index + 1;
      while (q < quoteAt && tokens[q]!.kind !== 'quote') q++;
      if (q >= quoteAt || !attachedTo(tokens, cue, cues, q)) return undefined;
      const start = tokens[q + 1]?.text === ',' ? q + 2 : q + 1;
      return clauseSubjectAt(tokens, q, quoteAt) === start ? true : undefined;
    },
  },
  {
    name: 'cue-of-the-next-quote',
    pattern: 'When X shouted, “A,” Y joked, “B” / X responds to Y with, “A” Y then writes back, “B” (“A” has its own finite cue; the cue after it opens “B”)',
    example: {
      paragraphs: ['When a man in the back shouted, “Higher taxes,” Ann Lee joked, again putting on a drawl, “Not in my town!”'],
      quote: 'Higher taxes',
      speaker: 'a man',
    },
    match: ({ tokens, quoteAt, cue, cues, known }) => {
      if (cue.index < quoteAt) return undefined;
      // This quotation is introduced by a finite cue of its own right before it, whose speaker was found
      // (not a participle: "Holding signs calling him “A,” the crowd chanted “B”" is the crowd's, told after the quote).
      if (!cues.some((c) => c.index < quoteAt && !tokens[c.index]!.lower.endsWith('ing') && (attachedTo(tokens, c, cues, quoteAt) || introduces(tokens, c, cues, quoteAt)) && (!known || known.get(c)))) return undefined;
      // The cue after it goes on to the next quotation with no other cue between.
      for (let q = cue.index + 1; q < tokens.length; q++) {
        if (tokens[q]!.kind === 'quote') return true;
        if (cues.some((o) => o.index === q)) return undefined;
      }
      return undefined;
    },
  },
  {
    name: 'cue-before-a-clause-with-its-own',
    pattern: 'X saying she was “A” and Y calling it “B” (after “A”, a clause with its own subject and cue introduces “B”)',
    example: {
      paragraphs: ['Both issued statements, Ann Lee saying she was “very pleased” and Bo Reyes calling it a “great day.”'],
      quote: 'great day',
      speaker: 'Bo Reyes',
    },
    match: ({ tokens, quoteAt, cue, cues }) => {
      if (cue.index > quoteAt) return undefined;
      let q = cue.index + 1;
      while (q < quoteAt && tokens[q]!.kind !== 'quote') q++;
      if (q >= quoteAt || !attachedTo(tokens, cue, cues, q)) return undefined;
      // Another cue between "A" and this quote, right after its own subject (a name or a subject pronoun).
      for (const other of cues) {
        if (other.index <= q || other.index >= quoteAt) continue;
        const subject = clauseSubjectAt(tokens, q, other.index + 1);
        if (subject < 0) continue;
        const end = isName(tokens[subject]) ? nameRunRight(tokens, subject) : subject;
        if (end + 1 === other.index) return true;
      }
      return undefined;
    },
  },
  {
    name: 'cue-before-a-joined-clause',
    pattern: 'X said the plan failed when Y stood up and declared it “B” (a clause joined by and/when/but … with its own subject and cue comes between)',
    example: {
      paragraphs: ['Ann Lee said the plan had failed, and Bo Reyes then stood up and declared it “a success.”'],
      speaker: 'Bo Reyes',
    },
    match: ({ tokens, quoteAt, cue, cues }) => {
      if (cue.index > quoteAt) return undefined;
      for (const other of cues) {
        if (other.index <= cue.index || other.index >= quoteAt) continue;
        // The joining word, then the clause's subject and its verb, before the other cue.
        for (let k = cue.index + 1; k < other.index - 1; k++) {
          if (!isWord(tokens[k]) || !JOINING_WORDS.has(tokens[k]!.lower)) continue;
          if (clauseSubjectAt(tokens, k, other.index + 1) === k + 1) return true;
        }
      }
      return undefined;
    },
  },
  {
    name: 'cue-in-brackets-with-its-quote',
    pattern: 'After the vote (X called it “A”), Y doubled down: “B” (an aside in brackets keeps its cue for its own quote)',
    example: {
      paragraphs: ['After the vote (Mayor Bo Reyes called it “a disgrace”), Ann Lee doubled down: “We will not back off.”'],
      quote: 'We will not back off',
      speaker: 'Ann Lee',
    },
    match: ({ tokens, quoteAt, cue }) => {
      const open = bracketAround(tokens, cue.index);
      if (open < 0) return undefined;
      let close = open + 1;
      while (close < tokens.length && tokens[close]!.text !== ')') close++;
      if (quoteAt > open && quoteAt < close) return undefined;
      for (let k = open + 1; k < close; k++) if (tokens[k]!.kind === 'quote') return true;
      return undefined;
    },
  },
  {
    name: 'cue-in-a-later-relative-clause',
    pattern: 'X opened by attacking rivals who can “A” …, then turned on Y, who has said … (a cue inside a relative clause that “, who” or “, which” opens after the quote is that clause’s)',
    example: {
      paragraphs: ['Ann Lee opened her speech by attacking rivals who think they can “outsource” the port, then turned on Bo Reyes, who has said he wants a “neutral” board.'],
      quote: 'outsource',
      speaker: 'Ann Lee',
    },
    match: ({ tokens, quoteAt, cue }) => (cue.index > quoteAt && relativeClauseOpening(tokens, cue.index) > quoteAt ? true : undefined),
  },
  {
    name: 'cue-after-a-leading-clause-quote',
    pattern: 'After X said that farms need “A,” Y said: “B” (“A” is inside a leading clause with its own cue; the main clause’s cue is not its)',
    example: {
      paragraphs: ['After Ann Lee said that small farms might do better with “fewer rules,” Bo Reyes said: “I do not agree with her at all.”'],
      quote: 'fewer rules',
      speaker: 'Ann Lee',
    },
    match: ({ tokens, quoteAt, cue, cues, known }) => {
      if (cue.index < quoteAt) return undefined;
      const end = leadingClauseEnd(tokens);
      if (end < quoteAt || cue.index <= end) return undefined;
      // The leading clause has a finite cue of its own before the quote, whose speaker was found ("When
      // asked about “A,” Y said" has none: the main clause's cue is the quote's).
      if (!cues.some((c) => c.index < quoteAt && !tokens[c.index]!.lower.endsWith('ing') && (!known || known.get(c)))) return undefined;
      // The main clause opens with its own subject.
      return clauseSubjectAt(tokens, end, cue.index + 1) === end + 1 ? true : undefined;
    },
  },
  {
    name: 'according-to-after-an-attached-cue',
    pattern: '“A,” X said, according to Y’s account / X said “A”, according to his recollection (Y retells what X said: the verb attached to the quote keeps it)',
    example: {
      paragraphs: ['“It was chaos,” Ann Lee said, according to Bo Reyes’s account.'],
      quote: 'It was chaos',
      speaker: 'Ann Lee',
    },
    match: ({ tokens, quoteAt, cue, cues, known }) => {
      if (cue.kind !== 'according' || tokens[cue.index - 1]?.lower !== 'according' || tokens[cue.index - 2]?.text !== ',' || !anAccountAfter(tokens, cue.index)) return undefined;
      // A strong verb before it, attached to this quotation, whose speaker was found.
      for (const c of cues) if (c !== cue && c.kind === 'verb' && !c.weak && c.index < cue.index && attachedTo(tokens, c, cues, quoteAt) && (!known || known.get(c))) return true;
      return undefined;
    },
  },
];

/** What someone gives of what happened: "according to Ada Quist’s account" is her retelling of someone else's words. */
const ACCOUNT_NOUNS = new Set(['account', 'accounts', 'recollection', 'recollections', 'version', 'retelling', 'telling', 'memory', 'memories', 'description', 'notes', 'testimony']);

/**
 * "according to Ada Quist’s account", "according to his recollection": an owner (a name, or "his", "her",
 * "their") and a noun of retelling after the cue at `to`. (PolNeAR's gold gives "X said, according to Y"
 * to Y, the one reporting; only a retelling named as such is read as the reporter's, not the speaker's.)
 */
function anAccountAfter(tokens: Token[], to: number): boolean {
  let k = to + 1;
  const first = tokens[k];
  if (!isWord(first)) return false;
  if (first.lower === 'his' || first.lower === 'her' || first.lower === 'their') k++;
  else if (isName(first)) {
    k = nameRunRight(tokens, k) + 1;
    if (tokens[k]?.lower !== "'s") return false;
    k++;
  } else return false;
  // ("her own account", "his later recollection": a word before the noun.)
  if (isWord(tokens[k]) && !ACCOUNT_NOUNS.has(tokens[k]!.lower) && isWord(tokens[k + 1])) k++;
  return isWord(tokens[k]) && ACCOUNT_NOUNS.has(tokens[k]!.lower);
}

/**
 * Where a relative clause that a cue is in opens: the "who" or "which" after a comma before the cue,
 * with only words between ("…, who has said"), or -1. (A cue after the relative clause's closing comma,
 * "X, who chairs the panel, said", is not in it.)
 */
function relativeClauseOpening(tokens: Token[], cue: number): number {
  for (let k = cue - 1; k > 0 && cue - k <= 6; k--) {
    const t = tokens[k]!;
    if (!isWord(t)) return -1;
    if ((t.lower === 'who' || t.lower === 'which') && tokens[k - 1]!.text === ',') return k;
  }
  return -1;
}

/** A comma at the end of a quotation, inside its marks ("“fewer rules,” Y said"). */
const ENDS_WITH_COMMA = /,[”"’'»]+$/u;

/**
 * The end of a leading clause the sentence opens with ("After X said …,"): the first comma, or a
 * quotation ending with one, after the opening subordinator; -1 when the sentence opens no such clause.
 */
function leadingClauseEnd(tokens: Token[]): number {
  if (!isWord(tokens[0]) || !LEADING_SUBORDINATORS.has(tokens[0].lower)) return -1;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.text === ',' || (t.kind === 'quote' && ENDS_WITH_COMMA.test(t.text))) return k;
  }
  return -1;
}

/** The "(" of the brackets the token is inside (in the sentence), or -1. */
function bracketAround(tokens: Token[], at: number): number {
  for (let k = at - 1; k >= 0; k--) {
    if (tokens[k]!.text === ')') return -1;
    if (tokens[k]!.text === '(') return k;
  }
  return -1;
}

/**
 * Is the cue inside a leading subordinate or relative clause: a subordinator or a relative word before
 * it in the sentence ("When X shouted", "In a clip that X called"), with no comma between.
 */
function inSubordinateClause(tokens: Token[], cue: number): boolean {
  for (let k = cue - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.text === ',' || t.kind === 'quote') return false;
    if (isWord(t) && (SUBORDINATORS.has(t.lower) || RELATIVES.has(t.lower))) return true;
  }
  return false;
}

/**
 * The cues of a sentence that may introduce the quotation at `quoteAt`: all of them, less those the
 * rules give to another quotation or another clause (a sentence with two quotations or two cues).
 */
export function cuesOfQuote(tokens: Token[], quoteAt: number, cues: Cue[], known?: ReadonlyMap<Cue, CueSpeaker | undefined>): Cue[] {
  if (cues.length === 0) return cues;
  let out: Cue[] | undefined;
  const input: OwnershipInput = { tokens, quoteAt, cue: cues[0]!, cues, ...(known ? { known } : {}) };
  for (let i = 0; i < cues.length; i++) {
    input.cue = cues[i]!;
    let other = false;
    for (const rule of CUE_OWNERSHIP) if (rule.match(input)) other = true;
    if (other) out ??= cues.slice(0, i);
    else out?.push(cues[i]!);
  }
  return out ?? cues;
}
