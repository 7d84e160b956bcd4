/**
 * The candidate speakers the rules propose for one quote, each with the relational features the
 * ranker scores (speaker-ranker.ts): the speaker of every cue in the quote's sentence, of every cue
 * elsewhere in its paragraph, the previous quote's speaker (two paragraphs back at most), and the
 * rules' own choice when a special rule found it (a signed quote, a claim's owner, a transcript label),
 * and, when the rules resolve a "he"/"she" to someone last named two or more paragraphs back, the
 * people the pronoun may mean who were named since (attribution/pronoun-antecedents.ts).
 * Names inside quotations never become candidates: each quotation is one token.
 */
import type { Attribution, Cue } from './attribution.js';
import type { Token } from './attribution-tokens.js';
import type { SpeakerPhrase } from './speaker-names.js';
import type { Entity } from './speaker-registry.js';
import type { AntecedentFacts } from './attribution/pronoun-antecedents.js';
import { emptyFeatures, FEATURE as F, type FeatureVector } from './speaker-ranker.js';
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
  /** Another antecedent of the pronoun in `attribution` than the rules': `entity` is the answer, not the phrase resolved again. */
  antecedent?: boolean;
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
  /**
   * A "he"/"she" phrase's possible antecedents, latest first, and the facts of the rules' own
   * (pronoun-antecedents.ts); without it, a pronoun is one candidate, its rules' antecedent.
   */
  antecedents?: (phrase: SpeakerPhrase, gender: 'm' | 'f', rule: Entity | undefined) => { listed: AntecedentFacts[]; also?: AntecedentFacts };
  speakerOf?: (entity: Entity) => Speaker;
}

const KIND_FEATURE = { name: F['kind-name'], pronoun: F['kind-pronoun'], description: F['kind-description'] } as const;

/**
 * A candidate for a phrase some rule proposes, with the features of the phrase itself. (A module
 * function, not a closure in speakerCandidates: tsx names each named closure as it is created, on every quote.)
 */
function ofPhrase(input: CandidateInput, attribution: Attribution): Candidate {
  const x = emptyFeatures();
  const { speaker, entity } = input.preview(attribution.phrase, attribution.role);
  x[KIND_FEATURE[attribution.phrase.kind]] = 1;
  if (entity) {
    x[F['resolved-to-entity']] = 1;
    if (entity.person) x[F['entity-person']] = 1;
    else if (!entity.candidate) x[F['entity-organisation']] = 1;
  }
  if (input.previous && ((entity && entity === input.previous.entity) || speaker?.name === input.previous.speaker.name)) x[F['is-previous-speaker']] = 1;
  if (attribution.phrase.kind === 'pronoun' && input.question) x[F['pronoun-and-question']] = 1;
  if (attribution === input.rule || attribution.phrase === input.rule.phrase) x[F['rule-choice']] = 1;
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
    x[F['from-sentence-cue']] = 1;
    if (cue.weak) x[F['cue-weak']] = 1;
    if (cue.index > quoteAt) x[F['cue-after-quote']] = 1;
    x[F['token-distance']] = Math.min(Math.abs(cue.index - quoteAt), 30) / 10;
    if (input.cues.length > 1 && input.clauseBreakBetween(tokens, cue.index, quoteAt)) x[F['clause-break']] = 1;
    if (input.cues.length > 1 && input.listenerClause(tokens, cue)) x[F['listener-clause']] = 1;
    if (who.phrase.at > (tokens[cue.index]?.start ?? 0)) x[F['speaker-after-cue']] = 1;
    out.push(c);
  }
  const sentenceCues = out.length;
  for (const pc of input.paragraphCues) {
    const c = ofPhrase(input, pc.attribution);
    const x = c.features;
    x[F['from-paragraph-cue']] = 1;
    if (pc.attribution.cue.weak) x[F['cue-weak']] = 1;
    if (pc.at > input.quoteStart) x[F['cue-after-quote']] = 1;
    x[F['char-distance']] = Math.min(Math.abs(pc.at - input.quoteStart), 1000) / 200;
    if (pc.attribution.phrase.at > pc.at) x[F['speaker-after-cue']] = 1;
    if (sentenceCues === 0) x[F['paragraph-cue-and-no-sentence-cue']] = 1;
    out.push(c);
  }
  if (!out.some((c) => c.attribution?.phrase === input.rule.phrase)) {
    const c = ofPhrase(input, input.rule);
    c.features[F['from-special-rule']] = 1;
    out.push(c);
  }
  if (input.previous) {
    const x = emptyFeatures();
    x[F['from-previous-quote']] = 1;
    x[F['is-previous-speaker']] = 1;
    if (input.previous.entity) {
      x[F['resolved-to-entity']] = 1;
      if (input.previous.entity.person) x[F['entity-person']] = 1;
      else if (!input.previous.entity.candidate) x[F['entity-organisation']] = 1;
    }
    if (input.opensParagraph) x[F['previous-and-opens-paragraph']] = 1;
    out.push({ previous: input.previous, speaker: input.previous.speaker, ...(input.previous.entity ? { entity: input.previous.entity } : {}), features: x });
  }
  // The nearest sentence cue; how many other candidates name the same speaker (agreement).
  let nearest = -1;
  for (let i = 0; i < sentenceCues; i++) {
    if (nearest < 0 || out[i]!.features[F['token-distance']]! < out[nearest]!.features[F['token-distance']]!) nearest = i;
  }
  if (nearest >= 0) out[nearest]!.features[F['nearest-cue']] = 1;
  // '“…,” he said': the pronoun's antecedent is the real choice, so the other candidates are
  // weighed by whether they agree with it in gender.
  const cuePhrase = nearest >= 0 ? out[nearest]!.attribution?.phrase : undefined;
  const pronounGender = cuePhrase?.kind === 'pronoun' ? PRONOUN_GENDER.get(cuePhrase.text) : undefined;
  for (const c of out) {
    const x = c.features;
    if (pronounGender && c.entity) {
      const gender = input.genderOf(c.entity);
      if (gender === pronounGender) x[F['gender-agrees']] = 1;
      else if (gender) x[F['gender-clashes']] = 1;
    }
    if (cuePhrase?.kind === 'pronoun' && x[F['from-previous-quote']]!) x[F['previous-and-pronoun-cue']] = 1;
    if (cuePhrase?.kind === 'pronoun' && x[F['from-paragraph-cue']]!) x[F['paragraph-cue-and-pronoun-cue']] = 1;
    if (cuePhrase?.kind === 'description' && x[F['from-previous-quote']]!) x[F['previous-and-description-cue']] = 1;
  }
  for (const c of out) {
    const name = c.speaker?.name;
    let same = 0;
    for (const o of out) if (o !== c && name !== undefined && o.speaker?.name === name) same++;
    c.features[F['same-speaker-candidates']] = Math.min(same, 3) / 3;
  }
  if (input.antecedents) addAntecedents(input, out, nearest);
  return out;
}

/**
 * '“…,” he said': the other people the pronoun may stand for become candidates beside the rules'
 * antecedent, each with the cue's own features and its relation to the pronoun. The pronoun is the
 * rules' choice if that is a "he" or "she", else the nearest sentence cue if it is one.
 */
function addAntecedents(input: CandidateInput, out: Candidate[], nearest: number): void {
  let target = out.find((c) => c.features[F['rule-choice']]! && c.attribution?.phrase.kind === 'pronoun');
  if (!target && nearest >= 0 && out[nearest]!.attribution?.phrase.kind === 'pronoun') target = out[nearest];
  const phrase = target?.attribution?.phrase;
  const gender = phrase ? PRONOUN_GENDER.get(phrase.text) : undefined;
  if (!target || !phrase || !gender) return;
  const { listed, also } = input.antecedents!(phrase, gender, target.entity);
  // (The cue's features, taken before the rules' antecedent's own are set.)
  const base = target.features.slice();
  if (also) setAntecedentFeatures(target.features, also);
  // Only where the rules' antecedent is doubtful: last mentioned two or more paragraphs back (the
  // latest subject, however far), while someone the pronoun may mean was mentioned in its paragraph
  // or the one before. Elsewhere the rules' antecedent is right nine times in ten, and the other
  // people as candidates gained nothing under cross-validation (docs/quotes.md, Speaker ranker).
  if (!also || also.back < 2) return;
  const originals = out.length;
  for (const facts of listed) {
    // (Only someone the rules' own test lets a "he"/"she" mean: a name merely not contradicted, "the
    // Hollow Kings", may be a band or a place.)
    if (facts.entity === target.entity || facts.back > 1 || !facts.fits) continue;
    const x = base.slice();
    x[F['rule-choice']] = 0;
    x[F['from-antecedent']] = 1;
    // The entity's own features, as ofPhrase sets them for a resolved phrase.
    x[F['entity-person']] = facts.entity.person ? 1 : 0;
    x[F['entity-organisation']] = 0;
    x[F['resolved-to-entity']] = 1;
    x[F['is-previous-speaker']] = input.previous?.entity === facts.entity ? 1 : 0;
    const g = input.genderOf(facts.entity);
    x[F['gender-agrees']] = g === gender ? 1 : 0;
    x[F['gender-clashes']] = 0;
    const speaker = input.speakerOf!(facts.entity);
    let same = 0;
    for (let i = 0; i < originals; i++) if (out[i]!.speaker?.name === speaker.name) same++;
    x[F['same-speaker-candidates']] = Math.min(same, 3) / 3;
    setAntecedentFeatures(x, facts);
    // Named since the rules' antecedent, the latest so named most of all.
    x[F['ant-nearer-than-far-rule']] = facts.rank === 0 ? 1 : 0.5;
    target.features[F['ant-far-with-nearer']] = 1;
    out.push({ attribution: target.attribution!, speaker, entity: facts.entity, antecedent: true, features: x });
  }
}

function setAntecedentFeatures(x: FeatureVector, f: AntecedentFacts): void {
  if (f.latestSubject) x[F['ant-latest-subject']] = 1;
  x[F['ant-rank']] = Math.min(f.rank, 4) / 4;
  if (f.back === 0) x[F['ant-same-paragraph']] = 1;
  else if (f.back === 1) x[F['ant-previous-paragraph']] = 1;
  else if (f.back === 2) x[F['ant-two-back']] = 1;
  else x[F['ant-further']] = 1;
  if (f.subject) x[F['ant-subject']] = 1;
  if (f.subjectNear) x[F['ant-subject-near']] = 1;
  if (f.speaker) x[F['ant-speaker']] = 1;
  if (f.genderKnown) x[F['ant-gender-known']] = 1;
  if (f.fits) x[F['ant-fits']] = 1;
  if (f.shown) x[F['ant-shown']] = 1;
  x[F['ant-mentions']] = Math.min(f.mentions, 5) / 5;
  if (f.focus) x[F['ant-focus']] = 1;
  if (f.most) x[F['ant-most-mentioned']] = 1;
  if (f.alone) x[F['ant-alone']] = 1;
  if (f.rank === 0 && f.back === 0) x[F['ant-latest-here']] = 1;
}
