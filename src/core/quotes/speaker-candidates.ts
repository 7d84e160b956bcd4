/**
 * The candidate speakers the rules propose for one quote, each with the relational features the
 * ranker scores (speaker-ranker.ts): the speaker of every cue in the quote's sentence, of every cue
 * elsewhere in its paragraph, the previous quote's speaker (two paragraphs back at most), and the
 * rules' own choice when a special rule found it (a signed quote, a claim's owner, a transcript label).
 * Names inside quotations never become candidates: each quotation is one token.
 */
import type { Attribution, Cue } from './attribution.js';
import type { Token } from './attribution-tokens.js';
import type { SpeakerPhrase } from './speaker-names.js';
import type { Entity } from './speaker-registry.js';
import { emptyFeatures, getFeature, setFeature, type FeatureVector } from './speaker-ranker.js';
import type { Speaker } from '../types.js';
import {
  PRONOUN_GENDER as PRONOUN_GENDER_,
} from './attribution/lexicon.js';

// Local bindings: the word lists and token tests are read in hot loops, not through module getters.
const PRONOUN_GENDER = PRONOUN_GENDER_;

/** What a training script sees of each quote with two or more candidates. */
export type CandidateObserver = (quote: {
  text: string;
  paragraphIndex: number;
  start: number;
  candidates: Array<{ speaker: string; features: FeatureVector }>;
}) => void;

export interface Candidate {
  /** A phrase to resolve, or … */
  attribution?: Attribution;
  /** … the previous quote's speaker as it was resolved. */
  previous?: { speaker: Speaker; entity?: Entity };
  /** The speaker the candidate would resolve to (a preview, nothing recorded). */
  speaker?: Speaker;
  entity?: Entity;
  features: FeatureVector;
}

export interface CandidateInput {
  tokens: Token[];
  quoteAt: number;
  /** Character offset of the quote in its paragraph. */
  quoteStart: number;
  opensParagraph: boolean;
  question: boolean;
  cues: Cue[];
  known?: Map<Cue, { phrase: SpeakerPhrase; role?: string } | undefined>;
  /** Cues of the paragraph's other sentences, with their speakers. */
  paragraphCues: Array<{ at: number; attribution: Attribution }>;
  previous?: { entity?: Entity; speaker: Speaker };
  /** The rules' choice. */
  rule: Attribution;
  preview: (phrase: SpeakerPhrase, role: string | undefined) => { speaker?: Speaker; entity?: Entity };
  clauseBreakBetween: (tokens: Token[], a: number, b: number) => boolean;
  listenerClause: (tokens: Token[], cue: Cue) => boolean;
  /** The gender the article gives an entity so far, if any. */
  genderOf: (entity: Entity) => 'm' | 'f' | undefined;
}

const KIND_FEATURE = { name: 'kind-name', pronoun: 'kind-pronoun', description: 'kind-description' } as const;

/**
 * A candidate for a phrase some rule proposes, with the features of the phrase itself. (A module
 * function, not a closure in speakerCandidates: tsx names each named closure as it is created, on every quote.)
 */
function ofPhrase(input: CandidateInput, attribution: Attribution): Candidate {
  const x = emptyFeatures();
  const { speaker, entity } = input.preview(attribution.phrase, attribution.role);
  setFeature(x, KIND_FEATURE[attribution.phrase.kind], 1);
  if (entity) {
    setFeature(x, 'resolved-to-entity', 1);
    if (entity.person) setFeature(x, 'entity-person', 1);
    else if (!entity.candidate) setFeature(x, 'entity-organisation', 1);
  }
  if (input.previous && ((entity && entity === input.previous.entity) || speaker?.name === input.previous.speaker.name)) setFeature(x, 'is-previous-speaker', 1);
  if (attribution.phrase.kind === 'pronoun' && input.question) setFeature(x, 'pronoun-and-question', 1);
  if (attribution === input.rule || attribution.phrase === input.rule.phrase) setFeature(x, 'rule-choice', 1);
  return { attribution, ...(speaker ? { speaker } : {}), ...(entity ? { entity } : {}), features: x };
}

export function speakerCandidates(input: CandidateInput): Candidate[] {
  const { tokens, quoteAt } = input;
  const out: Candidate[] = [];
  for (const cue of input.cues) {
    const who = input.known?.get(cue);
    if (!who) continue;
    const c = ofPhrase(input, who.role ? { phrase: who.phrase, role: who.role, cue } : { phrase: who.phrase, cue });
    const x = c.features;
    setFeature(x, 'from-sentence-cue', 1);
    if (cue.weak) setFeature(x, 'cue-weak', 1);
    if (cue.index > quoteAt) setFeature(x, 'cue-after-quote', 1);
    setFeature(x, 'token-distance', Math.min(Math.abs(cue.index - quoteAt), 30) / 10);
    if (input.cues.length > 1 && input.clauseBreakBetween(tokens, cue.index, quoteAt)) setFeature(x, 'clause-break', 1);
    if (input.cues.length > 1 && input.listenerClause(tokens, cue)) setFeature(x, 'listener-clause', 1);
    if (who.phrase.at > (tokens[cue.index]?.start ?? 0)) setFeature(x, 'speaker-after-cue', 1);
    out.push(c);
  }
  const sentenceCues = out.length;
  for (const pc of input.paragraphCues) {
    const c = ofPhrase(input, pc.attribution);
    const x = c.features;
    setFeature(x, 'from-paragraph-cue', 1);
    if (pc.attribution.cue.weak) setFeature(x, 'cue-weak', 1);
    if (pc.at > input.quoteStart) setFeature(x, 'cue-after-quote', 1);
    setFeature(x, 'char-distance', Math.min(Math.abs(pc.at - input.quoteStart), 1000) / 200);
    if (pc.attribution.phrase.at > pc.at) setFeature(x, 'speaker-after-cue', 1);
    if (sentenceCues === 0) setFeature(x, 'paragraph-cue-and-no-sentence-cue', 1);
    out.push(c);
  }
  if (!out.some((c) => c.attribution?.phrase === input.rule.phrase)) {
    const c = ofPhrase(input, input.rule);
    setFeature(c.features, 'from-special-rule', 1);
    out.push(c);
  }
  if (input.previous) {
    const x = emptyFeatures();
    setFeature(x, 'from-previous-quote', 1);
    setFeature(x, 'is-previous-speaker', 1);
    if (input.previous.entity) {
      setFeature(x, 'resolved-to-entity', 1);
      if (input.previous.entity.person) setFeature(x, 'entity-person', 1);
      else if (!input.previous.entity.candidate) setFeature(x, 'entity-organisation', 1);
    }
    if (input.opensParagraph) setFeature(x, 'previous-and-opens-paragraph', 1);
    out.push({ previous: input.previous, speaker: input.previous.speaker, ...(input.previous.entity ? { entity: input.previous.entity } : {}), features: x });
  }
  // The nearest sentence cue; how many other candidates name the same speaker (agreement).
  let nearest = -1;
  for (let i = 0; i < sentenceCues; i++) {
    if (nearest < 0 || getFeature(out[i]!.features, 'token-distance') < getFeature(out[nearest]!.features, 'token-distance')) nearest = i;
  }
  if (nearest >= 0) setFeature(out[nearest]!.features, 'nearest-cue', 1);
  // '“…,” he said': the pronoun's antecedent is the real choice, so the other candidates are
  // weighed by whether they agree with it in gender.
  const cuePhrase = nearest >= 0 ? out[nearest]!.attribution?.phrase : undefined;
  const pronounGender = cuePhrase?.kind === 'pronoun' ? PRONOUN_GENDER.get(cuePhrase.text) : undefined;
  for (const c of out) {
    const x = c.features;
    if (pronounGender && c.entity) {
      const gender = input.genderOf(c.entity);
      if (gender === pronounGender) setFeature(x, 'gender-agrees', 1);
      else if (gender) setFeature(x, 'gender-clashes', 1);
    }
    if (cuePhrase?.kind === 'pronoun' && getFeature(x, 'from-previous-quote')) setFeature(x, 'previous-and-pronoun-cue', 1);
    if (cuePhrase?.kind === 'pronoun' && getFeature(x, 'from-paragraph-cue')) setFeature(x, 'paragraph-cue-and-pronoun-cue', 1);
    if (cuePhrase?.kind === 'description' && getFeature(x, 'from-previous-quote')) setFeature(x, 'previous-and-description-cue', 1);
  }
  for (const c of out) {
    const name = c.speaker?.name;
    let same = 0;
    for (const o of out) if (o !== c && name !== undefined && o.speaker?.name === name) same++;
    setFeature(c.features, 'same-speaker-candidates', Math.min(same, 3) / 3);
  }
  return out;
}
