/**
 * Everyone an article names, outside quotations: full names (so "Zuckerberg" and "Mr Zuckerberg"
 * become "Mark Zuckerberg"), roles, gender, and each mention's position for pronoun recency.
 */
import type { Gender, SpeakerPhrase } from './speaker-names.js';
import {
  CATEGORY_NOUNS as CATEGORY_NOUNS_,
  FIRST_NAME_GENDER as FIRST_NAME_GENDER_,
  GENDERED_ROLES as GENDERED_ROLES_,
  GENERIC_DESCRIPTION_WORDS as GENERIC_DESCRIPTION_WORDS_,
  GENERATIONAL_SUFFIXES,
  namesOrganisation as namesOrganisation_,
  TITLE_POSTS as TITLE_POSTS_,
  US_STATES as US_STATES_,
} from './attribution/lexicon.js';
import type { Speaker } from '../types.js';
import { lowerCase, spaceOrHyphenWords, wordCount } from '../text/tokens.js';

// Local bindings: the word lists and token tests are read in hot loops, not through module getters.
const CATEGORY_NOUNS = CATEGORY_NOUNS_;
const FIRST_NAME_GENDER = FIRST_NAME_GENDER_;
const GENDERED_ROLES = GENDERED_ROLES_;
const GENERIC_DESCRIPTION_WORDS = GENERIC_DESCRIPTION_WORDS_;
const namesOrganisation = namesOrganisation_;
const TITLE_POSTS = TITLE_POSTS_;
const US_STATES = US_STATES_;

export interface Entity {
  name: string;
  role?: string;
  /** What the article called this person to someone else before naming them ("his mother, Ada Lee"): "mother". */
  relations?: Set<string>;
  gender: Gender;
  person: boolean;
  /** Perhaps a person (a bare two-word name, a speaker): confirmed by pronoun votes. */
  candidate: boolean;
  /** Lower-case name tokens. */
  tokens: string[];
  /**
   * Positions of the pronouns that followed this entity as the latest subject, in reading order:
   * evidence of gender when nothing else tells (`genderOf(e, before)` counts those before a point).
   */
  votes: { m: number[]; f: number[] };
  /** A US state ("Ohio", "N.H."): a place, never a "he" or "she". */
  place?: boolean;
  /** A body by its name ("Ridgeway Park Zoo", "KRVX"): never a "he" or "she", whatever pronoun follows it. */
  organisation?: boolean;
  /** Honorifics seen before the name ("gov", "rep"): "the governor" is a Gov. */
  titles?: Set<string>;
  /** Where the article first gave this person's age after the full name ("Orrin Tamsin, 29,"). */
  agedAt?: number;
  /** How often the article gives each role to this entity ("Facebook CEO Mark Zuckerberg", "the Facebook CEO"). */
  roleCounts?: Map<string, number>;
}

export interface Mention {
  entity: Entity;
  /** Reading position: paragraph index × 1e6 + offset. */
  position: number;
  /** The subject of its sentence (or a speaker): the likeliest antecedent of a later "he" or "she". */
  subject: boolean;
  /** A bare surname two people share ("Feeney" for Darnell and Glenda): the others it may mean. */
  namesakes?: Entity[];
  /** The speaker of a cue ("Ms. Lee said"), not only a sentence's subject. */
  speaker?: boolean;
}

export const position = (paragraphIndex: number, offset: number): number => (paragraphIndex + 1) * 1e6 + offset;
/** The reading position where the paragraph of `at` starts, or the one `back` paragraphs before it. */
export const paragraphStart = (at: number, back = 0): number => at - (at % 1e6) - back * 1e6;

/** One more mention giving `role` to `entity`. */
export function countRole(entity: Entity, role: string, times = 1): void {
  entity.roleCounts ??= new Map();
  entity.roleCounts.set(role, (entity.roleCounts.get(role) ?? 0) + times);
}

/**
 * Does the role hold the shorter one as whole words, as written ("chief executive of Kessel Bank" holds
 * "chief")? (Case counts: "running for president" is a phrase the parser took for a role, not a fuller
 * "President".)
 */
export function holdsRole(fuller: string, shorter: string): boolean {
  return fuller.length > shorter.length && ` ${fuller} `.includes(` ${shorter} `);
}

/**
 * Of `roles`, the one `role` is cut short from: the fullest that holds it (most words), when every other
 * that holds it is held by that one too ("chief" in "chief executive" in "chief executive of Kessel Bank";
 * "President" in "US President" and "French President" is neither); -1 for none. `usable` leaves out a
 * role that may not be shown.
 */
export function fullerRoleOf(role: string, roles: readonly string[], usable: (role: string) => boolean): number {
  let best = -1;
  for (let k = 0; k < roles.length; k++) if (holdsRole(roles[k]!, role) && usable(roles[k]!) && (best < 0 || wordCount(roles[k]!) > wordCount(roles[best]!))) best = k;
  if (best < 0) return -1;
  for (let k = 0; k < roles.length; k++) if (k !== best && holdsRole(roles[k]!, role) && usable(roles[k]!) && !holdsRole(roles[best]!, roles[k]!)) return -1;
  return best;
}

/** How many of the items, sorted by position, come before `at` (a binary search). */
function countBefore<T>(items: readonly T[], at: number, positionOf: (item: T) => number): number {
  if (at === Infinity) return items.length;
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (positionOf(items[mid]!) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const itself = (position: number): number => position;
const positionOfItem = (item: { position: number }): number => item.position;

const nameTokens = (name: string): string[] => spaceOrHyphenWords(lowerCase(name));

/** A generational suffix as a name token ("jr.", "iii"): "Harlan Voss III" is a Voss, known by "Voss", not by "III". */
const isSuffix = (token: string): boolean => GENERATIONAL_SUFFIXES.has(token.endsWith('.') ? token.slice(0, -1) : token);

/** A name's generational suffix ("jr", "iii"; without its dot), or '' for none. */
function suffixOf(tokens: readonly string[]): string {
  const last = tokens[tokens.length - 1]!;
  return tokens.length > 1 && isSuffix(last) ? last.replace('.', '') : '';
}

/**
 * "Ivo Marsh" and "Ivo Marsh Sr.", "Ivo Marsh Jr." and "Ivo Marsh III": two full names that differ in their
 * suffix are father and son, never one person; a bare "Marsh" or "Mr. Marsh" may be either.
 */
function generationsDiffer(a: readonly string[], b: readonly string[]): boolean {
  const sa = suffixOf(a);
  const sb = suffixOf(b);
  return sa !== sb && a.length - (sa ? 1 : 0) >= 2 && b.length - (sb ? 1 : 0) >= 2;
}

/** The surname a bare mention of the person uses: the last token before a generational suffix. */
function surnameOf(tokens: readonly string[]): string | undefined {
  const n = tokens.length;
  return n > 1 && isSuffix(tokens[n - 1]!) ? tokens[n - 2] : tokens[n - 1];
}

/**
 * "KRVX", "Ridgeway Park Zoo": a name that is a body's, which a "he" or "she" never stands for (a
 * pronoun after it is about a person in its sentence). A word in capitals alone is an acronym: news
 * copy prints people's names in capitals only in transcript labels, which are read apart.
 */
function isBodyName(text: string, tokens: string[]): boolean {
  if (tokens.length === 1 && text.length >= 2 && text.length <= 6 && /^\p{Lu}+$/u.test(text)) return true;
  // (Whole words: "Kell-Fox" is a surname, not a body called Fox.)
  return namesOrganisation(tokens.length === 1 || !text.includes('-') ? tokens : lowerCase(text).split(' '));
}

/** No candidates: shared, never changed. */
const NO_ENTITIES: Entity[] = [];

/** Every word of `words` is in `among` (`words.every((w) => among.includes(w))`, without the closures). */
function allIn(words: readonly string[], among: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) if (!among.includes(words[i]!)) return false;
  return true;
}

export class SpeakerRegistry {
  readonly entities: Entity[] = [];
  readonly mentions: Mention[] = [];
  private bySurname = new Map<string, Entity[]>();

  /**
   * Each name's lower-case words, split once per article: an article names the same people again and again.
   * (The arrays are shared, and never changed: entities keep them as their tokens.)
   */
  private readonly tokensByName = new Map<string, string[]>();

  private tokensOf(name: string): string[] {
    let tokens = this.tokensByName.get(name);
    if (tokens === undefined) {
      tokens = nameTokens(name);
      this.tokensByName.set(name, tokens);
    }
    return tokens;
  }

  /** Registers a name phrase (kind 'name') and returns its entity. */
  add(phrase: SpeakerPhrase, at: number, subject = false, speaker = false): Entity {
    // "Michelle Obama" after "Mr. Obama" is someone else: a known gender that differs splits them.
    const tokens = this.tokensOf(phrase.text);
    const found = this.findTokens(tokens, at, phrase.gender);
    const conflict = found && phrase.gender && found.gender && phrase.gender !== found.gender;
    const entity = found && !conflict ? found : this.create(phrase, tokens);
    // "Melanie said": a known first name alone, never seen as anyone's surname, is a person by that name.
    if (!found && entity.tokens.length === 1 && phrase.kind === 'name') {
      if (FIRST_NAME_GENDER.has(entity.tokens[0]!)) {
        entity.gender ??= FIRST_NAME_GENDER.get(entity.tokens[0]!);
        entity.person = true;
      }
    }
    if (phrase.title) (entity.titles ??= new Set()).add(phrase.title);
    if (phrase.person) entity.person = true;
    if (phrase.candidate) entity.candidate = true;
    entity.gender ??= phrase.gender;
    if (phrase.role) countRole(entity, phrase.role);
    if (!entity.role && phrase.role) entity.role = phrase.role;
    // A fuller name for the same person ("Mark Zuckerberg" after "Zuckerberg", "Ivo R. Marsh Jr." after "Marsh") becomes the name.
    if (tokens.length > entity.tokens.length && tokens.length <= (isSuffix(tokens[tokens.length - 1]!) ? 5 : 4) && surnameOf(tokens) === surnameOf(entity.tokens)) {
      entity.name = phrase.text;
      entity.tokens = tokens;
    }
    const namesakes = tokens.length === 1 ? this.namesakesOf(entity, tokens[0]!) : undefined;
    this.mention(entity, at, subject, namesakes, speaker);
    return entity;
  }

  mention(entity: Entity, at: number, subject: boolean, namesakes?: Entity[], speaker = false): void {
    const mention: Mention = namesakes ? { entity, position: at, subject, namesakes } : { entity, position: at, subject };
    if (speaker) mention.speaker = true;
    // Mentions are kept in reading order, a mention after those at the same position (as a stable sort of
    // them in the order they came would put it). Most come in reading order and are appended; a quote's
    // speaker, registered in pass 2, goes back in its place (sorting the whole list again before the next
    // look-up, as was done, cost a sort per quote).
    const mentions = this.mentions;
    if (mentions.length === 0 || at >= mentions[mentions.length - 1]!.position) {
      mentions.push(mention);
      return;
    }
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[mid]!.position <= at) lo = mid + 1;
      else hi = mid;
    }
    mentions.splice(lo, 0, mention);
  }

  /** Other people with this surname, when a bare surname could mean either. */
  private namesakesOf(entity: Entity, surname: string): Entity[] | undefined {
    // (An array only when there is someone: most surnames have one bearer.)
    let others: Entity[] | undefined;
    const same = this.bySurname.get(surname);
    if (same !== undefined) for (const e of same) if (e !== entity && e.person) (others ??= []).push(e);
    return others;
  }

  /** A gendered pronoun at `at` votes for the latest subject person before it that could be one. */
  vote(gender: 'm' | 'f', at: number): void {
    // A subject whose gender is known otherwise ("Teodora", "Mr.") is not who "he"/"she" is about.
    const entity = this.latest(at, (e) => (e.person || e.candidate) && !e.place && !e.organisation && (e.gender === undefined || e.gender === gender), true);
    if (entity) entity.votes[gender].push(at);
  }

  /** A pronoun that can only be this entity's ("Kowalczyk herself") votes for it directly. */
  voteFor(entity: Entity, gender: 'm' | 'f', at: number): void {
    entity.person = true;
    entity.votes[gender].push(at);
  }

  /** Could "he" (m) or "she" (f) refer to this entity? */
  fitsPronoun(entity: Entity, gender: 'm' | 'f', before = Infinity): boolean {
    if (entity.place || entity.organisation) return false;
    if (entity.person) return (this.genderOf(entity, before) ?? gender) === gender;
    return entity.candidate && this.genderOf(entity, before) === gender;
  }

  /** Known gender, else the majority of the pronoun votes before `before`. */
  genderOf(entity: Entity, before = Infinity): Gender {
    if (entity.gender) return entity.gender;
    const m = countBefore(entity.votes.m, before, itself);
    const f = countBefore(entity.votes.f, before, itself);
    return m > f ? 'm' : f > m ? 'f' : undefined;
  }

  /**
   * The people and bodies `other` knew before `before`, as the context of a passage quoted in that
   * article: each is mentioned once, in the order the article last mentioned them, before anything
   * in this registry's own text.
   */
  seedFrom(other: SpeakerRegistry, before: number): void {
    const last = new Map<Entity, Mention>();
    for (const m of other.mentions) {
      if (m.position >= before) break;
      last.set(m.entity, m);
    }
    [...last.values()].forEach((m, i) => {
      const e = m.entity;
      const copy = this.create({ kind: 'name', text: e.name, gender: e.gender ?? other.genderOf(e, before), person: e.person, candidate: e.candidate, at: 0 });
      if (e.role) copy.role = e.role;
      if (e.titles) copy.titles = e.titles;
      if (e.relations) copy.relations = e.relations;
      this.mention(copy, 1 + i, m.subject);
    });
  }

  private create(phrase: SpeakerPhrase, tokens = nameTokens(phrase.text)): Entity {
    const entity: Entity = { name: phrase.text, gender: phrase.gender, person: phrase.person, candidate: phrase.candidate ?? false, tokens, votes: { m: [], f: [] } };
    if (tokens.length <= 2 && US_STATES.has(tokens.join(' '))) entity.place = true;
    if (!phrase.person && isBodyName(phrase.text, tokens)) entity.organisation = true;
    this.entities.push(entity);
    const last = surnameOf(entity.tokens)!;
    const same = this.bySurname.get(last);
    if (same) same.push(entity);
    else this.bySurname.set(last, [entity]);
    return entity;
  }

  /**
   * The entity a name refers to: exact name, else one whose surname (last token) it shares and whose
   * other tokens agree; several candidates → those of the given gender, then the one mentioned most
   * recently before `at`.
   */
  find(name: string, at: number, gender?: Gender): Entity | undefined {
    return this.findTokens(this.tokensOf(name), at, gender);
  }

  /** `find` for a name already split into lower-case tokens (never changed: an entity may keep them). */
  private findTokens(tokens: string[], at: number, gender?: Gender): Entity | undefined {
    const last = surnameOf(tokens);
    if (!last) return undefined;
    // (Loops, not filters with closures: this runs for every name an article registers or looks up.)
    let candidates = NO_ENTITIES;
    const same = this.bySurname.get(last);
    if (same !== undefined) {
      for (const e of same) {
        if ((!allIn(tokens, e.tokens) && !allIn(e.tokens, tokens)) || generationsDiffer(tokens, e.tokens)) continue;
        if (candidates === NO_ENTITIES) candidates = [e];
        else candidates.push(e);
      }
    }
    // "Ysolde laughed" after "Ysolde Kestrel": a lone word no one has as a surname is the first
    // name of the one person named in full with it.
    if (candidates.length === 0 && tokens.length === 1) {
      let byFirst: Entity | undefined;
      let count = 0;
      for (const e of this.entities) {
        if (e.tokens.length >= 2 && e.tokens[0] === last && (e.person || e.candidate)) {
          byFirst = e;
          count++;
        }
      }
      if (count === 1) return byFirst;
    }
    // "Mr. Obama" after "Barack Obama and Michelle Obama": a title's gender picks among namesakes.
    if (gender && candidates.length > 1) {
      const fitting = candidates.filter((e) => (this.genderOf(e) ?? gender) === gender);
      if (fitting.length > 0) candidates = fitting;
    }
    if (candidates.length <= 1) return candidates[0];
    // "Her husband, Osk Varga, said" after "Mrs Varga": a full name is the person named with exactly
    // it, never the namesake known by the surname alone (who would then be renamed after him).
    if (tokens.length > 1) {
      const exact = candidates.find((e) => e.tokens.length === tokens.length && e.tokens.every((t, i) => t === tokens[i]));
      if (exact) return exact;
    }
    // "Tamsin said" after "Victor Tamsin … his son, Orrin Tamsin" and "Orrin Tamsin, 29,": the press
    // gives the age of whom the story is about, not of the relatives named beside him.
    if (tokens.length === 1) {
      let aged: Entity | undefined;
      let count = 0;
      for (const e of candidates) {
        if (e.agedAt !== undefined && e.agedAt < at && e.tokens.length > 1) {
          aged = e;
          count++;
        }
      }
      if (count === 1) return aged;
    }
    // "Mr. Reyne" after "Anton Reyne" and "his father, Victor Reyne": the first person named in
    // full with the name is the one the article goes on calling by it.
    return candidates.find((e) => e.person) ?? this.latest(at, (e) => candidates.includes(e)) ?? candidates[0];
  }

  /**
   * "the Kells" after "Ana and Tom Kell", or after "Ana Kell" and "Tom Kell": the couple a plural
   * surname stands for, named as the article names them ("Ana and Tom Kell"). Undefined when the word
   * is someone's surname as it is ("Dora Sanders"), or the surname's people are not a couple the text
   * shows (one person, or three and no pair named together).
   */
  familyOf(plural: string): string | undefined {
    if (plural.length < 4 || !/^\p{Lu}\p{Ll}+s$/u.test(plural)) return undefined;
    const word = plural.toLowerCase();
    if ((this.bySurname.get(word) ?? []).some((e) => e.tokens.length >= 2 && (e.person || e.candidate))) return undefined;
    const stems = word.endsWith('es') ? [word.slice(0, -1), word.slice(0, -2)] : [word.slice(0, -1)];
    for (const stem of stems) {
      const people = (this.bySurname.get(stem) ?? []).filter((e) => e.tokens.length >= 2 && (e.person || e.candidate));
      if (people.length === 0) continue;
      // "Ana and Tom Kell": a lone given name just before a person of the surname, " and " between.
      for (const m of this.mentions) {
        if (!people.includes(m.entity)) continue;
        const partner = this.mentions.find((o) => o.entity.tokens.length === 1 && o.position + o.entity.name.length + 5 === m.position && FIRST_NAME_GENDER.has(o.entity.tokens[0]!));
        if (partner) return `${partner.entity.name} and ${m.entity.name}`;
      }
      if (people.length === 2) {
        const [a, b] = people as [Entity, Entity];
        return `${a.name.slice(0, a.name.lastIndexOf(' '))} and ${b.name}`;
      }
    }
    return undefined;
  }

  private descriptions: Array<{ phrase: SpeakerPhrase; position: number }> = [];

  /** Where the text says "it" or "its", in reading order: a capitalised run it stands for is no person. */
  private neuters: number[] = [];

  neuter(at: number): void {
    this.neuters.push(at);
  }

  /** Is there an "it" or "its" after `from` and before `to`? */
  neuterBetween(from: number, to: number): boolean {
    const i = countBefore(this.neuters, to, itself);
    return i > 0 && this.neuters[i - 1]! > from;
  }

  /** A described subject ("the company", "Donald Trump's campaign"), in reading order. */
  describe(phrase: SpeakerPhrase, at: number): void {
    this.descriptions.push({ phrase, position: at });
  }

  /** The latest described subject before `at`. */
  latestDescription(at: number): { phrase: SpeakerPhrase; position: number } | undefined {
    return this.descriptions[countBefore(this.descriptions, at, positionOfItem) - 1];
  }

  private objectPronouns: Array<{ gender: 'm' | 'f'; position: number }> = [];

  /** An object "him" or "her" ("Jailing him, …"), in reading order. */
  objectPronoun(gender: 'm' | 'f', at: number): void {
    this.objectPronouns.push({ gender, position: at });
  }

  /** Is there an object "him" (m) or "her" (f) from `from` up to `to`? */
  objectPronounBetween(from: number, to: number, gender: 'm' | 'f'): boolean {
    for (let i = countBefore(this.objectPronouns, to, positionOfItem) - 1; i >= 0; i--) {
      const o = this.objectPronouns[i]!;
      if (o.position < from) return false;
      if (o.gender === gender) return true;
    }
    return false;
  }

  private personDescriptions: Array<{ phrase: SpeakerPhrase; position: number }> = [];

  /** A sentence's subject that is a description and no body ("The 44-year-old man", "A local shopkeeper"), in reading order. */
  describePerson(phrase: SpeakerPhrase, at: number): void {
    this.personDescriptions.push({ phrase, position: at });
  }

  private objectDescriptions: Array<{ phrase: SpeakerPhrase; position: number }> = [];

  /** A person description after a verb or its preposition ("arrested a 44-year-old man", "spoke to a witness"), in reading order. */
  describeObject(phrase: SpeakerPhrase, at: number): void {
    this.objectDescriptions.push({ phrase, position: at });
  }

  /** The latest such subject (or, with `objects`, such object) from `from` up to `at` that passes the test. */
  latestPersonDescription(at: number, from: number, test: (phrase: SpeakerPhrase) => boolean, objects = false): { phrase: SpeakerPhrase; position: number } | undefined {
    const list = objects ? this.objectDescriptions : this.personDescriptions;
    for (let i = countBefore(list, at, positionOfItem) - 1; i >= 0; i--) {
      const d = list[i]!;
      if (d.position < from) return undefined;
      if (test(d.phrase)) return d;
    }
    return undefined;
  }

  /** The most recent mention before `at` whose entity passes the test. */
  latest(at: number, test: (e: Entity) => boolean, subjectsOnly = false): Entity | undefined {
    return this.latestMention(at, test, subjectsOnly)?.entity;
  }

  latestMention(at: number, test: (e: Entity) => boolean, subjectsOnly = false, speakersOnly = false): Mention | undefined {
    for (let i = countBefore(this.mentions, at, positionOfItem) - 1; i >= 0; i--) {
      const m = this.mentions[i]!;
      if (subjectsOnly && !m.subject) continue;
      if (speakersOnly && !m.speaker) continue;
      if (test(m.entity)) return m;
      // "Feeney has brushed off complaints … he said": the namesake the pronoun fits.
      const namesake = m.namesakes?.find(test);
      if (namesake) return { ...m, entity: namesake };
    }
    return undefined;
  }

  /** The latest subject in [from, to) stops being one there: they asked a question, they are not the focus of the answer. */
  unfocus(from: number, to: number): void {
    let asker: Entity | undefined;
    for (let i = countBefore(this.mentions, to, positionOfItem) - 1; i >= 0; i--) {
      const m = this.mentions[i]!;
      if (m.position < from) return;
      if (!m.subject || !m.entity.person || (asker && m.entity !== asker)) continue;
      asker = m.entity;
      m.subject = false;
    }
  }

  /** The first mention after `after` that passes the test: what a headline's pronoun looks ahead to. */
  firstMention(after: number, test: (e: Entity) => boolean): Mention | undefined {
    for (let i = countBefore(this.mentions, after, positionOfItem); i < this.mentions.length; i++) {
      if (test(this.mentions[i]!.entity)) return this.mentions[i];
    }
    return undefined;
  }

  /**
   * People whose role fits a description: its head noun is in their role ("the CEO" → Facebook CEO),
   * or the head is a category ("a UK politician") and another distinctive word matches (chair of the
   * UK Parliament's …). "A Facebook spokesman" is never the Facebook CEO.
   */
  holdersOf(description: string): Entity[] {
    const { head, distinctive } = this.descriptionParts(description);
    if (!head) return [];
    return this.entities.filter((e) => {
      if (!e.person) return false;
      // "the congresswoman" is not the congressman.
      const described = GENDERED_ROLES.get(head);
      if (described && this.genderOf(e) && this.genderOf(e) !== described) return false;
      // "Gov. Ann Lee … the governor said": the title is the post.
      if (e.titles && distinctive.length === 0 && [...e.titles].some((t) => TITLE_POSTS.get(t)?.includes(head))) return true;
      if (!e.role) return false;
      const { tokens: role, head: roleHead } = this.roleParts(e.role);
      if (roleHead === head && !GENERIC_DESCRIPTION_WORDS.has(head)) return distinctive.every((w) => role.includes(w));
      return CATEGORY_NOUNS.has(head) && distinctive.length > 0 && distinctive.some((w) => role.includes(w));
    });
  }

  // Descriptions and roles are read again at every quote a description may speak for: each is parsed once.
  private readonly descriptionCache = new Map<string, { head: string | undefined; distinctive: string[] }>();
  private readonly roleCache = new Map<string, { tokens: string[]; head: string | undefined }>();

  /** "the former secretary of state": the head is the last word before "of", the rest distinguishes. */
  private descriptionParts(description: string): { head: string | undefined; distinctive: string[] } {
    let parts = this.descriptionCache.get(description);
    if (!parts) {
      const words = nameTokens(description.replace(/[’']s\b/gu, ''));
      const headWords = nameTokens(description.split(/\s(?:of|at|for|to|in|with)\s/u)[0]!.replace(/[’']s\b/gu, ''));
      const head = headWords[headWords.length - 1];
      parts = { head, distinctive: words.filter((w, i) => !(w === head && i === headWords.length - 1) && !GENERIC_DESCRIPTION_WORDS.has(w)) };
      this.descriptionCache.set(description, parts);
    }
    return parts;
  }

  /**
   * "the president's wife" and "wife of the president" are not presidents: a role's head is its last
   * word before "of", "at" or "for", possessive words aside.
   */
  private roleParts(role: string): { tokens: string[]; head: string | undefined } {
    let parts = this.roleCache.get(role);
    if (!parts) {
      const headPart = nameTokens(role.split(/\s(?:of|at|for|to|in|with)\s/u)[0]!.replace(/[\p{L}.-]+[’']s\b/gu, ''));
      parts = { tokens: nameTokens(role.replace(/[\p{L}.-]+[’']s\b/gu, '')), head: headPart[headPart.length - 1] };
      this.roleCache.set(role, parts);
    }
    return parts;
  }

  speakerOf(entity: Entity): Speaker {
    const role = this.fullestRole(entity);
    return role ? { name: entity.name, role } : { name: entity.name };
  }

  /**
   * The role shown for the entity: of the roles the article gives it, the fullest that holds the first
   * ("Tom Bellamy, the chief," then "Tom Bellamy, chief executive of Kessel Bank,"). The first stays `role`,
   * which descriptions are matched against: a fuller role shown changes no one's speaker.
   */
  fullestRole(entity: Entity): string | undefined {
    const first = entity.role;
    if (first === undefined || entity.roleCounts === undefined || entity.roleCounts.size < 2) return first;
    const roles = [...entity.roleCounts.keys()];
    const k = fullerRoleOf(first, roles, this.showable(entity));
    return k < 0 ? first : roles[k];
  }

  /**
   * A role that may be shown for the entity: not one that names someone else the article names in full
   * ("Ada Quist Praises Kessel Bank’s Chief", a Title Case headline read as a role).
   */
  showable(entity: Entity): (role: string) => boolean {
    return (role) => {
      const words = ` ${lowerCase(role)} `;
      for (const e of this.entities) if (e !== entity && e.person && e.tokens.length >= 2 && words.includes(` ${e.tokens.join(' ')} `)) return false;
      return true;
    };
  }
}
