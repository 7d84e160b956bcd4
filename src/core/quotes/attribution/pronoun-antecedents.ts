/**
 * The people a "he" or "she" may stand for, beside the one the rules pick: the persons the registry
 * holds who agree with the pronoun's gender (or whom nothing contradicts), mentioned in its paragraph
 * or the two before it, the latest few by last mention, each with what the ranker weighs — how
 * recent, how prominent, how sure the gender is. Nothing is recorded: the registry is only read.
 */
import { paragraphStart, type Entity, type Mention, type SpeakerRegistry } from '../speaker-registry.js';
import { pronounTests } from './resolve-speaker.js';

/** How many antecedents besides the rules' own: the latest by last mention. */
export const MAX_ANTECEDENTS = 4;

/** What the ranker may know of one possible antecedent: relations to the pronoun, never its words. */
export interface AntecedentFacts {
  entity: Entity;
  /** 0 for the person mentioned last before the pronoun (among those who may be meant), 1 for the one before … */
  rank: number;
  /** Paragraphs between the latest mention and the pronoun (0: its own). */
  back: number;
  /** The latest mention was its sentence's subject (or a speaker). */
  subject: boolean;
  /** A cue's speaker in the pronoun's paragraph or the two before. */
  speaker: boolean;
  /** The subject of a sentence in the pronoun's paragraph or the two before. */
  subjectNear: boolean;
  /** The gender is known (a first name, a title, earlier pronouns) and agrees, not merely not contradicted. */
  genderKnown: boolean;
  /** Fits by the rules' test (a known person, or a possible one the votes confirm), not merely not contradicted. */
  fits: boolean;
  /** Shown to fit before the pronoun: a known person or earlier votes. */
  shown: boolean;
  /** The latest fitting subject before the pronoun, the rules' first choice. */
  latestSubject: boolean;
  /** Mentions before the pronoun. */
  mentions: number;
  /** Named in the headline or the first paragraph: whom the article is about. */
  focus: boolean;
  /** Mentioned more often than anyone else the pronoun may mean (ties count). */
  most: boolean;
  /** The latest mentioned, and nobody else the pronoun may mean is mentioned in that paragraph. */
  alone: boolean;
}

/** Mentions in the headline and the first paragraph stand before this position. */
const FOCUS_END = 2e6;

/**
 * The latest `limit` possible antecedents of a "he" (`m`) or "she" (`f`) at `at` mentioned since two
 * paragraphs back, latest first, and the facts of `also` (the rules' choice) wherever it was mentioned.
 */
export function pronounAntecedents(registry: SpeakerRegistry, gender: 'm' | 'f', at: number, also?: Entity, limit = MAX_ANTECEDENTS): { listed: AntecedentFacts[]; also?: AntecedentFacts } {
  const { fits, maybe, shown } = pronounTests(registry, gender, at);
  const latestSubject = registry.latest(at, fits, true);
  const since = paragraphStart(at, 2);
  const here = Math.floor(at / 1e6);
  const facts = new Map<Entity, AntecedentFacts>();
  const mentions = registry.mentions;
  let i = mentions.length - 1;
  while (i >= 0 && mentions[i]!.position >= at) i--;
  for (; i >= 0; i--) {
    const m = mentions[i]!;
    let entity: Entity | undefined = maybe(m.entity) ? m.entity : undefined;
    // A bare surname two people share: the namesake the pronoun may mean (as the registry's look-ups do).
    if (!entity && m.namesakes) entity = m.namesakes.find(maybe);
    if (!entity) continue;
    let f = facts.get(entity);
    if (!f) {
      f = newFacts(registry, entity, m, facts.size, here, gender, at, fits, shown, latestSubject);
      facts.set(entity, f);
    }
    f.mentions++;
    if (m.position < FOCUS_END) f.focus = true;
    if (m.position >= since) {
      if (m.subject) f.subjectNear = true;
      if (m.speaker) f.speaker = true;
    }
  }
  let most = 0;
  for (const f of facts.values()) if (f.mentions > most) most = f.mentions;
  for (const f of facts.values()) if (f.mentions === most) f.most = true;
  const [first, second] = facts.values();
  if (first && (!second || second.back > first.back)) first.alone = true;
  const listed: AntecedentFacts[] = [];
  for (const f of facts.values()) {
    if (listed.length >= limit || f.back > 2) break;
    listed.push(f);
  }
  const alsoFacts = also ? facts.get(also) : undefined;
  return alsoFacts ? { listed, also: alsoFacts } : { listed };
}

function newFacts(registry: SpeakerRegistry, entity: Entity, last: Mention, rank: number, here: number, gender: 'm' | 'f', at: number, fits: (e: Entity) => boolean, shown: (e: Entity) => boolean, latestSubject: Entity | undefined): AntecedentFacts {
  return {
    entity,
    rank,
    back: here - Math.floor(last.position / 1e6),
    subject: last.subject,
    speaker: false,
    subjectNear: false,
    genderKnown: registry.genderOf(entity, at + 1) === gender,
    fits: fits(entity),
    shown: shown(entity),
    latestSubject: entity === latestSubject,
    mentions: 0,
    focus: false,
    most: false,
    alone: false,
  };
}
