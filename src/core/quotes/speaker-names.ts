/**
 * Turns the words that name a speaker into a name and a role: "Facebook CEO Mark Zuckerberg"
 * → name "Mark Zuckerberg", role "Facebook CEO"; "Mr Zuckerberg" → "Zuckerberg" (male);
 * "the report" → a description.
 */
import type { Token } from './attribution-tokens.js';
import {
  genderOfUnlistedFirstName,
  FIRST_NAME_GENDER as FIRST_NAME_GENDER_LIST,
  GENDERED_ROLES as GENDERED_ROLES_LIST,
  HONORIFICS as HONORIFICS_LIST,
  NOT_NAME_WORDS as NOT_NAME_WORDS_LIST,
  ORGANISATION_WORDS as ORGANISATION_WORDS_LIST,
  namesOrganisation as namesOrganisationOf,
  NAME_EDGE_WORDS as NAME_EDGE_WORDS_LIST,
  PERSONAL_PRONOUNS as PERSONAL_PRONOUNS_LIST,
  ROLE_MODIFIERS as ROLE_MODIFIERS_LIST,
  ROLE_NOUNS as ROLE_NOUNS_LIST,
} from './speaker-words.js';
import * as classes from './attribution/word-classes.js';
import {
  KIN_HEADS as KIN_HEADS_,
  PERSON_HEADS as PERSON_HEADS_,
  POST_NOMINALS as POST_NOMINALS_,
  US_STATES as US_STATES_,
} from './attribution/lexicon.js';

// The word classes' bits as local constants: read in the hottest loops, not through the module namespace's getters.
const FIRST_NAME = classes.FIRST_NAME;
const HONORIFIC = classes.HONORIFIC;
const NAME_EDGE = classes.NAME_EDGE;
const NOT_NAME_WORD = classes.NOT_NAME_WORD;
const PERSONAL_PRONOUN = classes.PERSONAL_PRONOUN;
const POST_NOMINAL = classes.POST_NOMINAL;
const ROLE_MODIFIER = classes.ROLE_MODIFIER;
const ROLE_NOUN = classes.ROLE_NOUN;
const OPENER = classes.LEADING_WORD | classes.PREPOSITION | classes.SUBORDINATOR;

// Local bindings: the word lists are read in hot loops, not through module getters.
const PERSON_HEADS = PERSON_HEADS_;
const KIN_HEADS = KIN_HEADS_;
const POST_NOMINALS = POST_NOMINALS_;
const US_STATES = US_STATES_;
const FIRST_NAME_GENDER = FIRST_NAME_GENDER_LIST;
const namesOrganisation = namesOrganisationOf;
const GENDERED_ROLES = GENDERED_ROLES_LIST;
const HONORIFICS = HONORIFICS_LIST;
const NOT_NAME_WORDS = NOT_NAME_WORDS_LIST;
const ORGANISATION_WORDS = ORGANISATION_WORDS_LIST;
const PERSONAL_PRONOUNS = PERSONAL_PRONOUNS_LIST;
const ROLE_MODIFIERS = ROLE_MODIFIERS_LIST;
const ROLE_NOUNS = ROLE_NOUNS_LIST;

export type Gender = 'm' | 'f' | undefined;

export interface SpeakerPhrase {
  kind: 'name' | 'pronoun' | 'description';
  /** Name without titles, the pronoun, or the description as written ("a UK politician"). */
  text: string;
  role?: string;
  gender?: Gender;
  /** A person for sure: an honorific, a known first name or a role before the name. */
  person: boolean;
  /** Perhaps a person: needs a gendered pronoun pointing back at it before "he"/"she" resolve to it. */
  candidate?: boolean;
  /** Offset in the paragraph, for recency. */
  at: number;
  /** The honorific before the name, lower case without its dot ("gov", "rep"): it tells the post too. */
  title?: string;
}

// The lexicon's connectors, and the words a name never starts or ends with.
const CONNECTORS = NAME_EDGE_WORDS_LIST;

/**
 * "… according to the Ridgeway DPS According to its website, …": capitalised, these words open a
 * sentence, never end a name; a name or description before one ends there (text run together
 * without a full stop, as where a photo caption was glued in).
 */
export const SENTENCE_OPENERS = new Set([
  'according', 'after', 'before', 'when', 'while', 'although', 'though', 'because', 'despite', 'meanwhile',
  'however', 'since', 'during', 'following', 'unlike', 'instead', 'if',
  'as', 'once', 'unless', 'until', 'whereas', 'whilst',
]);

/** A capitalised word that opens a sentence run into the one before ("According", "After"). */
export const opensSentence = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word' && t.upper === true && SENTENCE_OPENERS.has(t.lower);

export function joinTokens(tokens: ReadonlyArray<Token>): string {
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (i > 0 && t.lower !== "'s" && t.text !== ',' && t.text !== '-') out += ' ';
    out += t.text;
  }
  return out;
}

const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/** `/^\p{Lu}\p{Ll}/u.test(text)` ("Tomas", not "TOMAS" or "tomas"), without the Unicode regex for ASCII. */
function capitalisedWord(text: string): boolean {
  const a = text.charCodeAt(0);
  const b = text.charCodeAt(1);
  if (a < 128 && b < 128) return a >= 65 && a <= 90 && b >= 97 && b <= 122;
  // NaN (a one-letter word) compares false above and ends here: the regex decides, as before.
  return CAPITALISED.test(text);
}

/** No role words: shared, never changed. */
const NO_WORDS: ReadonlyArray<Token> = [];

/** "New York Times", "New Jersey": "New" before another capitalised word is part of a place's name. */
const placeOpener = (words: ReadonlyArray<Token>, at = 0): boolean => words[at]!.lower === 'new' && words[at + 1] !== undefined && capitalisedWord(words[at + 1]!.text);

/** A sentence adverb by its ending ("Typically", "Usually", "Reportedly"): no name ends so. */
const SENTENCE_ADVERB = /^\p{L}{2,}(?:ically|ually|ially|ently|antly|ously|ively|fully|ably|ibly|edly|ingly|ately|arly)$/u;

/**
 * "Typically, a prior agreement …": a capitalised adverb opening a sentence is no name, though the
 * lists cannot hold every one; the ending decides (after a cheap look at the last two letters).
 */
function sentenceAdverb(t: Token): boolean {
  const n = t.lower.length;
  return n >= 7 && t.lower.charCodeAt(n - 1) === 121 && t.lower.charCodeAt(n - 2) === 108 && SENTENCE_ADVERB.test(t.lower) && !FIRST_NAME_GENDER.has(t.lower);
}

/** A capitalised preposition, subordinator or leading-phrase word that is no first name ("Alongside", "Despite"). */
const leadingOpener = (t: Token): boolean => t.upper === true && (t.classes & OPENER) !== 0 && (t.classes & FIRST_NAME) === 0;

/** Parses a capitalised run (possibly with connectors) into a name phrase. */
export function parseNameRun(tokens: Token[]): SpeakerPhrase | undefined {
  let from = 0;
  let to = tokens.length;
  while (from < to && tokens[from]!.kind !== 'word') from++;
  // ("Alongside BLM calls for action, …": a capitalised word that opens a leading phrase is no part of a
  // name before another word; alone it may be a surname, "Early said".)
  while (from < to && ((tokens[from]!.classes & (NOT_NAME_WORD | HONORIFIC)) === NOT_NAME_WORD && !placeOpener(tokens, from) || (tokens[from]!.classes & NAME_EDGE) !== 0 || tokens[from]!.kind !== 'word' || sentenceAdverb(tokens[from]!) || (from + 1 < to && leadingOpener(tokens[from]!)))) from++;
  while (to > from && ((tokens[to - 1]!.classes & NAME_EDGE) !== 0 || tokens[to - 1]!.kind !== 'word' || (to - 1 > from && opensSentence(tokens[to - 1])))) to--;
  if (to === from) return undefined;
  // The run is read, never changed: the caller's array is used as it is when it is all run.
  let words: ReadonlyArray<Token> = from === 0 && to === tokens.length ? tokens : tokens.slice(from, to);
  if (words.some((t) => t.kind !== 'word')) words = words.filter((t) => t.kind === 'word');
  const at = words[0]!.start;
  if (words.length === 1 && (words[0]!.classes & PERSONAL_PRONOUN) !== 0) return { kind: 'pronoun', text: words[0]!.lower, person: false, at };

  let gender: Gender;
  let person = false;
  // "Eleanor Vance QC", "Tom Ruddle MP": letters after a name of two words or more are not the name.
  let postNominal = words.length;
  while (postNominal > 2 && (words[postNominal - 1]!.classes & POST_NOMINAL) !== 0 && words[postNominal - 1]!.text === words[postNominal - 1]!.text.toUpperCase()) postNominal--;
  if (postNominal < words.length && (words[0]!.classes & FIRST_NAME) !== 0) {
    words = words.slice(0, postNominal);
    person = true;
  }
  // Everything up to the last role word or honorific is the role; the rest is the name.
  let split = -1;
  for (let i = 0; i < words.length; i++) {
    const c = words[i]!.classes;
    // "Owen Dean", "Ann Bishop": a role word right after a first name is a surname.
    if (i > 0 && (words[i - 1]!.classes & FIRST_NAME) !== 0 && (c & (ROLE_NOUN | HONORIFIC)) === ROLE_NOUN) continue;
    if ((c & (ROLE_NOUN | ROLE_MODIFIER)) === ROLE_NOUN || (c & HONORIFIC) !== 0 || words[i]!.lower === "'s") split = i;
  }
  // "Chief Mark Zuckerberg": a modifier-like role word directly before a known first name is a role too.
  // So is a kind of person or a relative ("Neighbour Ada Quist", "Eyewitness Tom Bell", "Dad Tom Bell", as
  // the tabloids write them) before a known first name and a surname; not a first name itself ("Guy").
  let kind = false;
  for (let i = split + 1; i < words.length - 1; i++) {
    if ((words[i]!.classes & ROLE_MODIFIER) !== 0 && (words[i + 1]!.classes & FIRST_NAME) !== 0) split = i;
    else if (i + 2 < words.length && (words[i]!.classes & FIRST_NAME) === 0 && (words[i + 1]!.classes & FIRST_NAME) !== 0 && (PERSON_HEADS.has(words[i]!.lower) || KIN_HEADS.has(words[i]!.lower))) {
      split = i;
      kind = true;
    }
  }
  const isOrganisation = namesOrganisation(words, split + 1);
  if (isOrganisation) split = -1;
  // "Director of Public Prosecutions Alison Sayle": the role's "of …" runs up to a first name.
  if (split >= 0 && words[split + 1]?.lower === 'of') {
    for (let j = split + 3; j < words.length - 1; j++) {
      if ((words[j]!.classes & FIRST_NAME) !== 0) {
        split = j - 1;
        break;
      }
    }
  }
  const roleWords = split < 0 ? NO_WORDS : words.slice(0, split + 1);
  let nameWords = split < 0 ? words : words.slice(split + 1);
  // "Ivo Marsh of California": a person's name ends before "of" and a place.
  let of = -1;
  for (let i = 0; i < nameWords.length && of < 0; i++) if (nameWords[i]!.lower === 'of') of = i;
  // A first name the lists do not know ends there too when the place is a state ("Orla Venn of Vermont").
  const ofState = of >= 0 && US_STATES.has(nameWords.slice(of + 1).map((w) => w.lower).join(' '));
  // (Whether the words before "of" name a body, not the whole run: "Tom Reed of Kessel Bank" is Tom Reed, "Jordan University of …" stays whole.)
  if (of >= 2 && of <= 3 && ((nameWords[0]!.classes & FIRST_NAME) !== 0 || ofState) && !namesOrganisation(nameWords.slice(0, of))) nameWords = nameWords.slice(0, of);
  // "Sen. Brockhurst’s War": what comes before a possessive describes the owner, not this name.
  let ownerEnd = roleWords.length - 1;
  while (ownerEnd >= 0 && roleWords[ownerEnd]!.lower !== "'s") ownerEnd--;
  for (let r = ownerEnd + 1; r < roleWords.length; r++) {
    const w = roleWords[r]!;
    if ((w.classes & HONORIFIC) !== 0) {
      person = true;
      gender = HONORIFICS.get(w.lower) ?? gender;
    } else if ((w.classes & ROLE_NOUN) !== 0 && (w.classes & ROLE_MODIFIER) === 0) {
      person = true;
      gender = GENDERED_ROLES.get(w.lower) ?? gender;
    }
  }
  // "the Archbishop of Ashby", "Mayor of Ashby": a post and where it is held, with no name after it, is
  // its holder described; what follows the post's "of" is no name.
  if (roleWords.length > 0 && (nameWords[0]?.lower === 'of' || nameWords[0]?.lower === 'for') && (roleWords[roleWords.length - 1]!.classes & ROLE_NOUN) !== 0) {
    return { kind: 'description', text: joinTokens(words), role: joinTokens(words.filter((w) => (w.classes & HONORIFIC) === 0)), person, gender, at };
  }
  const roleText = roleWords.length === 0 ? '' : roleOf(joinTokens(roleWords.filter((w) => (w.classes & HONORIFIC) === 0)));
  // "Republican", "GOP", "Senator": role words alone describe, they do not name; so do a state and
  // role words ("the Oregon Democrat", "the Ohio senator").
  const stateWords = nameWords.findIndex((w) => (w.classes & ROLE_NOUN) !== 0);
  const stateAndRole = stateWords > 0 && US_STATES.has(nameWords.slice(0, stateWords).map((w) => w.lower).join(' ')) && nameWords.slice(stateWords).every((w) => (w.classes & ROLE_NOUN) !== 0 || (w.classes & ROLE_MODIFIER) !== 0);
  if (nameWords.length > 0 && (stateAndRole || nameWords.every((w) => (w.classes & ROLE_NOUN) !== 0 || (w.classes & ROLE_MODIFIER) !== 0))) {
    return { kind: 'description', text: joinTokens(words), role: joinTokens(words.filter((w) => (w.classes & HONORIFIC) === 0)), person, gender, at };
  }
  // "Professor Who Called …" in a headline: no name is left after the role.
  if (nameWords.length > 0 && nameWords.every((w) => (w.classes & NOT_NAME_WORD) !== 0)) nameWords = [];
  if (nameWords.length === 0) {
    // Only a role ("Facebook CEO", "the Senator"): a description to link to whoever holds it.
    return { kind: 'description', text: joinTokens(words), ...(roleText ? { role: roleText } : {}), person, gender, at };
  }
  // A given name used for both genders ("Jordan") makes a person too, and tells no gender.
  const listed = (nameWords[0]!.classes & FIRST_NAME) !== 0;
  if (listed && nameWords.length > 1) {
    person = true;
    gender ??= FIRST_NAME_GENDER.get(nameWords[0]!.lower);
  } else if (!listed && nameWords.length > 1 && nameWords.length <= 3 && capitalisedWord(nameWords[1]!.text)) {
    gender ??= genderOfUnlistedFirstName(nameWords[0]!.lower);
  }
  const organisation = namesOrganisation(nameWords);
  if (organisation) person = false;
  // Two or three capitalised words with no organisation word may be a person ("Tomas Berg"): a
  // candidate that a later "he" or "she" can confirm.
  const candidate = !organisation && nameWords.length >= 2 && nameWords.length <= 3 && nameWords.every((w) => capitalisedWord(w.text) && (w.classes & NOT_NAME_WORD) === 0);
  let title: string | undefined;
  for (let r = ownerEnd + 1; r < roleWords.length && !title; r++) if ((roleWords[r]!.classes & HONORIFIC) !== 0) title = roleWords[r]!.lower;
  const phrase: SpeakerPhrase = { kind: 'name', text: joinTokens(nameWords), person, gender, at };
  if (candidate) phrase.candidate = candidate;
  if (title) phrase.title = title;
  if (roleText && (kind || roleWords.some((w) => (w.classes & ROLE_NOUN) !== 0 || w.lower === "'s"))) phrase.role = roleText;
  if (phrase.role && !kind && roleWords.every((w) => w.lower === "'s" || (w.classes & ROLE_NOUN) === 0)) delete phrase.role;
  return phrase;
}

/**
 * The role words as a role: without a final possessive ("Facebook's") or a leading article. The
 * regexes run only where they can match (most roles have neither).
 */
function roleOf(text: string): string {
  let role = text;
  if (role.endsWith("'s") || role.endsWith('’s')) role = role.replace(/\s*'s$|’s$/u, '');
  const c = role.charCodeAt(0);
  if (c === 84 || c === 116 || c === 65 || c === 97) role = role.replace(/^(?:[Tt]he|[Aa]n?)\s+/u, '');
  return role;
}

const MODALS = new Set(['can', 'could', 'will', 'would', 'shall', 'should', 'may', 'might', 'must', 'cannot']);
/** Adverbs by their ending ("patiently", "angrily" aside): no noun ends so ("the family", "an ally" do not match). */
const MANNER_ADVERB = /\p{L}{3}(?:ently|antly|ously|ively|fully|ably|ibly|edly|ingly|ically)$/u;

/** A description ("the company", "a UK politician", "officials"): kept as written, determiner and all. */
export function descriptionPhrase(tokens: Token[]): SpeakerPhrase | undefined {
  const words = tokens.filter((t) => t.kind === 'word');
  // "The parking attendant patiently replies", "The attendant can be heard": a description ends before
  // a modal or an adverb of manner (never part of who speaks).
  while (words.length > 1 && !words[words.length - 1]!.upper && (MODALS.has(words[words.length - 1]!.lower) || MANNER_ADVERB.test(words[words.length - 1]!.lower))) words.pop();
  if (words.length === 0) return undefined;
  let gender: Gender;
  for (const w of words) gender = GENDERED_ROLES.get(w.lower) ?? gender;
  const text = joinTokens(words);
  return { kind: 'description', text, role: text.replace(/^(?:the|a|an|one|another)\s+/iu, ''), person: words.some((w) => ROLE_NOUNS.has(w.lower)), gender, at: words[0]!.start };
}
