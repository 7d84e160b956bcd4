/**
 * '“…,” he said': the rules give the pronoun one antecedent (the latest fitting subject), but the
 * person a paragraph is about is often not the latest name ("Sen. Ann Lee, who beat Tom Reed in
 * May, …. “…,” she said" is fine; "… praised Tom Reed, who … . “…,” he said" may be either). Here a
 * pronoun candidate of the speaker ranker becomes one candidate per plausible antecedent — the few
 * people of the pronoun's gender mentioned in its paragraph and the two before it — each with
 * relational features (where and how its latest mention stands, how far back, how often the
 * article has named it), never the words of a name. The ranker then chooses among them as among
 * cue mentions.
 */
import type { Token } from './attribution-tokens.js';
import type { Candidate } from './speaker-candidates.js';
import type { Entity, Mention, SpeakerRegistry } from './speaker-registry.js';
import { getFeature, setFeature, type FeatureVector, type RankerFeature } from './speaker-ranker.js';
import type { Speaker } from '../types.js';
import { PREPOSITIONS as PREPOSITIONS_, PRONOUN_GENDER as PRONOUN_GENDER_ } from './attribution/lexicon.js';

// Local bindings: the word lists are read in loops, not through module getters.
const PREPOSITIONS = PREPOSITIONS_;
const PRONOUN_GENDER = PRONOUN_GENDER_;

/** At most this many people per pronoun: the ranker's choice stays small, and cheap. */
export const MAX_ANTECEDENTS = 4;
/** How many paragraphs before the pronoun's own are searched for antecedents. */
const PARAGRAPHS_BACK = 2;
/** Relative pronouns that open a clause about a noun before them ("Tom Reed, who …"). */
const RELATIVE_WORDS = new Set(['who', 'whom', 'whose', 'which']);

/**
 * The sentences read so far, by reading position (paragraph × 1e6 + offset, as the registry counts),
 * with their tokens: what tells where a mention stands (its sentence, the words around it).
 */
export class SentenceTrail {
  readonly starts: number[] = [];
  readonly tokens: Token[][] = [];

  add(start: number, tokens: Token[]): void {
    this.starts.push(start);
    this.tokens.push(tokens);
  }

  /** The index of the sentence holding position `at` (the last to start at or before it); -1 before any. */
  sentenceAt(at: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /** The index of the first sentence of the paragraph whose positions start at `paragraphStart`; -1 if none. */
  firstOfParagraph(paragraphStart: number): number {
    const i = this.sentenceAt(paragraphStart - 1) + 1;
    return i < this.starts.length && this.starts[i]! < paragraphStart + 1e6 ? i : -1;
  }
}

/** What a plausible antecedent brings to the ranker: the person and the features of the relation. */
export interface Antecedent {
  entity: Entity;
  /** The one the rules resolve the pronoun to. */
  rule: boolean;
  features: Array<[RankerFeature, number]>;
}

/** Where a mention stands in its sentence, as bits. */
const POSSESSIVE = 1;
const AFTER_PREPOSITION = 2;
const RELATIVE_CLAUSE = 4;
const AFTER_COMMA = 8;
const IN_BRACKETS = 16;

/** The first token at or after `offset`. */
function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** "Tom Reed's", "with Tom Reed", "…, who beat Tom Reed", "(Tom Reed)", ", Tom Reed,": the name's place in its sentence. */
function mentionForm(tokens: Token[] | undefined, offset: number): number {
  if (!tokens) return 0;
  const i = tokenAt(tokens, offset);
  if (i >= tokens.length) return 0;
  let form = 0;
  // The name's own words (and an honorific before it) are capitalised: what stands before and after them tells.
  let end = i;
  while (end + 1 < tokens.length && end - i < 4 && tokens[end + 1]!.kind === 'word' && tokens[end + 1]!.upper) end++;
  const after = tokens[end + 1];
  if (after && (after.lower === "'s" || after.lower === '’s')) form |= POSSESSIVE;
  let before = i - 1;
  while (before >= 0 && i - before <= 2 && tokens[before]!.kind === 'word' && tokens[before]!.upper) before--;
  const prev = tokens[before];
  if (prev?.kind === 'word' && PREPOSITIONS.has(prev.lower)) form |= AFTER_PREPOSITION;
  if (prev?.text === ',') form |= AFTER_COMMA;
  for (let j = i - 1; j >= 0 && i - j <= 15; j--) {
    const t = tokens[j]!;
    if (t.text === ')') break;
    if (t.text === '(') {
      form |= IN_BRACKETS;
      break;
    }
    if (t.kind === 'word' && RELATIVE_WORDS.has(t.lower)) {
      form |= RELATIVE_CLAUSE;
      break;
    }
  }
  return form;
}

/** How many of the sorted vote positions fall in [from, to), and the latest of them (-1 for none). */
function votesBetween(positions: readonly number[], from: number, to: number): { count: number; latest: number } {
  let count = 0;
  let latest = -1;
  for (let i = positions.length - 1; i >= 0; i--) {
    const v = positions[i]!;
    if (v >= to) continue;
    if (v < from) break;
    count++;
    if (latest < 0) latest = v;
  }
  return { count, latest };
}

/** Could "he" or "she" stand for this entity, as the rules' last resort allows (a possible person of no other gender)? */
function fits(registry: SpeakerRegistry, e: Entity, gender: 'm' | 'f', at: number): boolean {
  return (e.person || e.candidate) && !e.place && !e.organisation && (registry.genderOf(e, at + 1) ?? gender) === gender;
}

interface Found {
  entity: Entity;
  latest: Mention;
  subjectInWindow: boolean;
  speakerInWindow: boolean;
  leadsThis: boolean;
  leadsPrevious: boolean;
  /** The latest mention that was a cue's speaker. */
  speakerAt: number;
}

/**
 * The plausible antecedents of a "he" or "she" at `at`: the rule's own first, then the people of
 * the pronoun's gender mentioned in its paragraph and the two before it, latest first, at most
 * MAX_ANTECEDENTS in all. Empty for any other pronoun.
 */
export function antecedentsOf(registry: SpeakerRegistry, trail: SentenceTrail, pronoun: string, at: number, ruleEntity: Entity | undefined): Antecedent[] {
  const gender = PRONOUN_GENDER.get(pronoun.toLowerCase());
  if (!gender) return [];
  const paragraph = at - (at % 1e6);
  const from = paragraph - PARAGRAPHS_BACK * 1e6;
  const here = trail.sentenceAt(at);
  const leadThis = trail.firstOfParagraph(paragraph);
  const leadPrevious = trail.firstOfParagraph(paragraph - 1e6);
  const found: Found[] = [];
  const mentions = registry.mentions;
  const before = registry.mentionsBefore(at);
  for (let i = before - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.position < from) break;
    let entity: Entity | undefined = fits(registry, m.entity, gender, at) ? m.entity : undefined;
    // "Feeney … he said" where two people share the surname: the namesake the pronoun fits.
    if (!entity && m.namesakes) for (const n of m.namesakes) if (!entity && fits(registry, n, gender, at)) entity = n;
    if (!entity) continue;
    let f: Found | undefined;
    for (const x of found) if (x.entity === entity) f = x;
    if (!f) {
      if (found.length >= MAX_ANTECEDENTS) continue;
      f = { entity, latest: m, subjectInWindow: false, speakerInWindow: false, leadsThis: false, leadsPrevious: false, speakerAt: -1 };
      found.push(f);
    }
    if (m.subject) f.subjectInWindow = true;
    if (m.speaker) {
      f.speakerInWindow = true;
      if (f.speakerAt < 0) f.speakerAt = m.position;
    }
    if (m.subject && (leadThis >= 0 || leadPrevious >= 0)) {
      const s = trail.sentenceAt(m.position);
      if (s === leadThis) f.leadsThis = true;
      if (s === leadPrevious) f.leadsPrevious = true;
    }
  }
  // The rules' antecedent comes first (a tie keeps the rules' answer), even when it was named earlier.
  if (ruleEntity) {
    const at0 = found.findIndex((x) => x.entity === ruleEntity);
    if (at0 > 0) found.unshift(...found.splice(at0, 1));
    else if (at0 < 0) {
      let latest: Mention | undefined;
      for (let i = before - 1; i >= 0 && !latest; i--) if (mentions[i]!.entity === ruleEntity || mentions[i]!.namesakes?.includes(ruleEntity)) latest = mentions[i];
      if (!latest) return [];
      found.unshift({ entity: ruleEntity, latest, subjectInWindow: latest.subject, speakerInWindow: Boolean(latest.speaker), leadsThis: false, leadsPrevious: false, speakerAt: latest.speaker ? latest.position : -1 });
      if (found.length > MAX_ANTECEDENTS) found.pop();
    }
  }
  if (found.length < 2) return [];
  // How often the article has named each so far: the one it is about is named most.
  const counts = found.map(() => 0);
  for (let i = before - 1; i >= 0; i--) {
    const e = mentions[i]!.entity;
    for (let k = 0; k < found.length; k++) if (found[k]!.entity === e) counts[k]!++;
  }
  const most = Math.max(...counts);
  // Recency rank among the people found (the rule's own keeps its place in the walk back).
  const byRecency = [...found].sort((a, b) => b.latest.position - a.latest.position);
  const latest = byRecency[0]!;
  let herePeople = 0;
  for (const f of found) if (f.latest.position >= paragraph) herePeople++;
  let latestSpeaker: Found | undefined;
  for (const f of found) if (f.speakerAt >= 0 && (!latestSpeaker || f.speakerAt > latestSpeaker.speakerAt)) latestSpeaker = f;
  const ruleCount = counts[found.findIndex((f) => f.entity === ruleEntity)] ?? 0;
  // The "he"/"she" before this one in the window, and whom the rules took it for: a chain of pronouns keeps its person.
  const votes = found.map((f) => votesBetween(f.entity.votes[gender], from, at));
  let chain = -1;
  let chainAt = -1;
  votes.forEach((v, k) => {
    if (v.latest > chainAt) {
      chainAt = v.latest;
      chain = k;
    }
  });
  const forms = found.map((f) => mentionForm(trail.tokens[trail.sentenceAt(f.latest.position)], f.latest.position % 1e6));
  const ruleAt = found.findIndex((f) => f.entity === ruleEntity);
  const ruleFound = found[ruleAt];
  const ruleSubordinate = ruleAt >= 0 && (forms[ruleAt]! & (POSSESSIVE | AFTER_PREPOSITION | RELATIVE_CLAUSE)) !== 0;
  return found.map((f, k) => {
    const m = f.latest;
    const s = trail.sentenceAt(m.position);
    const form = forms[k]!;
    // Set on the others only: what this one has that the rules' antecedent lacks.
    const other = ruleFound !== undefined && f !== ruleFound;
    const features: Array<[RankerFeature, number]> = [['antecedent-of-pronoun', 1]];
    if (f.entity !== ruleEntity) features.push(['antecedent-not-rule', 1]);
    features.push(['antecedent-rank', byRecency.indexOf(f) / MAX_ANTECEDENTS]);
    if (m.subject) features.push(['antecedent-subject', 1]);
    if (f.subjectInWindow && !m.subject) features.push(['antecedent-was-subject', 1]);
    if (f.speakerInWindow) features.push(['antecedent-cue-speaker', 1]);
    if (form & POSSESSIVE) features.push(['antecedent-possessive', 1]);
    if (form & AFTER_PREPOSITION) features.push(['antecedent-after-preposition', 1]);
    if (form & RELATIVE_CLAUSE) features.push(['antecedent-relative-clause', 1]);
    if (form & AFTER_COMMA) features.push(['antecedent-after-comma', 1]);
    if (form & IN_BRACKETS) features.push(['antecedent-in-brackets', 1]);
    if (s === here) features.push(['antecedent-same-sentence', 1]);
    features.push(['antecedent-sentence-distance', Math.min(Math.max(here - s, 0), 6) / 6]);
    features.push(['antecedent-paragraph-distance', Math.max(0, (paragraph - (m.position - (m.position % 1e6))) / 1e6) / PARAGRAPHS_BACK]);
    if (f.leadsThis) features.push(['antecedent-leads-paragraph', 1]);
    if (f.leadsPrevious) features.push(['antecedent-led-previous-paragraph', 1]);
    features.push(['antecedent-mentions', Math.min(Math.log2(1 + counts[k]!), 4) / 4]);
    if (counts[k] === most) features.push(['antecedent-most-mentioned', 1]);
    if (!registry.genderOf(f.entity, at + 1)) features.push(['antecedent-gender-unknown', 1]);
    if (m.position < 1e6) features.push(['antecedent-in-headline', 1]);
    if (f === latest) features.push(['antecedent-latest', 1]);
    if (f === latest && m.position >= paragraph) features.push(['antecedent-latest-in-paragraph', 1]);
    if (herePeople === 1 && m.position >= paragraph) features.push(['antecedent-only-in-paragraph', 1]);
    if (f === latestSpeaker) features.push(['antecedent-latest-speaker', 1]);
    if (f.entity !== ruleEntity && counts[k]! > ruleCount) features.push(['antecedent-more-mentioned-than-rule', 1]);
    if (votes[k]!.count > 0) features.push(['antecedent-pronoun-votes', Math.min(votes[k]!.count, 4) / 4]);
    if (k === chain) features.push(['antecedent-of-previous-pronoun', 1]);
    if (other && (f.leadsThis || f.leadsPrevious) && !ruleFound.leadsThis && !ruleFound.leadsPrevious) features.push(['antecedent-leads-where-rule-does-not', 1]);
    if (other && f.speakerInWindow && !ruleFound.speakerInWindow) features.push(['antecedent-speaker-where-rule-is-not', 1]);
    if (other && ruleSubordinate) features.push(['antecedent-rule-subordinate', 1]);
    if (other && ruleSubordinate && m.subject) features.push(['antecedent-subject-over-subordinate-rule', 1]);
    if (other && k === chain && ruleAt !== chain) features.push(['antecedent-chain-where-rule-is-not', 1]);
    if (other && f.entity.person && !ruleFound.entity.person) features.push(['antecedent-person-where-rule-is-not', 1]);
    if (other && f.entity.person && !ruleFound.entity.person && counts[k]! > ruleCount) features.push(['antecedent-focus-where-rule-is-not', 1]);
    return { entity: f.entity, rule: f.entity === ruleEntity, features };
  });
}

/** Whom a pronoun phrase at paragraph offset `at` may stand for, given the rules' own antecedent. */
export type AntecedentLookup = (pronoun: string, at: number, ruleEntity: Entity | undefined) => Antecedent[];

/**
 * Replaces each "he"/"she" candidate by one candidate per plausible antecedent, in place: the rule's
 * own keeps the candidate's features (and its `rule-choice`), the others copy the cue's features
 * and take their person's. `speakerOf` names a person as the pipeline does.
 */
export function expandPronounCandidates(out: Candidate[], lookup: AntecedentLookup, previous: { entity?: Entity; speaker: Speaker } | undefined, speakerOf: (e: Entity) => Speaker): void {
  for (let i = 0; i < out.length; i++) {
    const c = out[i]!;
    const phrase = c.attribution?.phrase;
    if (phrase?.kind !== 'pronoun' || !PRONOUN_GENDER.has(phrase.text.toLowerCase())) continue;
    const antecedents = lookup(phrase.text, phrase.at, c.entity);
    if (antecedents.length === 0) continue;
    const expanded: Candidate[] = [];
    // (The cue's own features, before the rule's antecedent adds its relation to them.)
    const base = c.features.slice();
    for (const a of antecedents) {
      let x: FeatureVector;
      let candidate: Candidate;
      if (a.rule) {
        x = c.features;
        candidate = c;
      } else {
        x = base.slice();
        setFeature(x, 'rule-choice', 0);
        setFeature(x, 'resolved-to-entity', 1);
        setFeature(x, 'entity-person', a.entity.person ? 1 : 0);
        setFeature(x, 'entity-organisation', 0);
        setFeature(x, 'is-previous-speaker', previous?.entity === a.entity ? 1 : 0);
        candidate = { attribution: c.attribution!, speaker: speakerOf(a.entity), entity: a.entity, antecedent: true, features: x };
      }
      for (const [name, value] of a.features) setFeature(x, name, value);
      expanded.push(candidate);
    }
    // A rule that found no one keeps its candidate (nothing else fits either: the walk back is the rule's own).
    if (!antecedents.some((a) => a.rule) && getFeature(c.features, 'rule-choice')) expanded.unshift(c);
    out.splice(i, 1, ...expanded);
    i += expanded.length - 1;
  }
}
