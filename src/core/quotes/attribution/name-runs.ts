/**
 * Capitalised runs as names: where a run starts and ends (over connectors, never across an
 * organisation's edge), the role words before a name and the appositive after it, and every run of
 * a sentence for the article's registry of names.
 */
import type { Token } from '../attribution-tokens.js';
import { joinTokens, opensSentence, type Gender, type SpeakerPhrase } from '../speaker-names.js';
import { parseSpeakerName } from './speaker-name.js';
import { wordCount } from '../../text/tokens.js';
import { MONTHS } from '../../text/calendar.js';
import * as classes from './word-classes.js';
import {
  isName as isName_,
  isWord as isWord_,
} from './token-kinds.js';
import {
  BREAKS as BREAKS_,
  CAPTION_OBJECTS as CAPTION_OBJECTS_,
  CAPTION_VERBS as CAPTION_VERBS_,
  COMPASS_WORDS as COMPASS_WORDS_,
  CONNECTORS as CONNECTORS_,
  COUNTRIES as COUNTRIES_,
  DETERMINERS as DETERMINERS_,
  FIRST_NAME_GENDER as FIRST_NAME_GENDER_,
  GENDERED_ROLES as GENDERED_ROLES_,
  GENERIC_DESCRIPTION_WORDS,
  HONORIFICS as HONORIFICS_,
  NOT_AGENT_NOUNS as NOT_AGENT_NOUNS_,
  NOT_NAME_WORDS as NOT_NAME_WORDS_,
  ORGANISATION_WORDS as ORGANISATION_WORDS_,
  PARTY_WORDS,
  PLACE_PREPOSITIONS as PLACE_PREPOSITIONS_,
  PREPOSITIONS as PREPOSITIONS_,
  RELATION_HEADS as RELATION_HEADS_,
  ROLE_MODIFIERS_BEFORE as ROLE_MODIFIERS_BEFORE_,
  ROLE_NOUNS as ROLE_NOUNS_,
  ROLE_QUALIFIERS as ROLE_QUALIFIERS_,
  SPEECH_VERBS as SPEECH_VERBS_,
  TABLOID_EPITHETS as TABLOID_EPITHETS_,
} from './lexicon.js';

// The word classes' bits as local constants: read in the hottest loops, not through the module namespace's getters.
const CONNECTOR = classes.CONNECTOR;
const COUNTRY = classes.COUNTRY;
const FIRST_NAME = classes.FIRST_NAME;
const LEADING_WORD = classes.LEADING_WORD;
const ORGANISATION_WORD = classes.ORGANISATION_WORD;
const PREPOSITION = classes.PREPOSITION;
const SPEECH_VERB = classes.SPEECH_VERB;
const SUBORDINATOR = classes.SUBORDINATOR;

// Local bindings: the word lists and token tests are read in hot loops, not through module getters.
const isName = isName_;
const isWord = isWord_;
const BREAKS = BREAKS_;
const CAPTION_OBJECTS = CAPTION_OBJECTS_;
const CAPTION_VERBS = CAPTION_VERBS_;
const COMPASS_WORDS = COMPASS_WORDS_;
const CONNECTORS = CONNECTORS_;
const COUNTRIES = COUNTRIES_;
const DETERMINERS = DETERMINERS_;
const FIRST_NAME_GENDER = FIRST_NAME_GENDER_;
const GENDERED_ROLES = GENDERED_ROLES_;
const HONORIFICS = HONORIFICS_;
const NOT_AGENT_NOUNS = NOT_AGENT_NOUNS_;
const NOT_NAME_WORDS = NOT_NAME_WORDS_;
const ORGANISATION_WORDS = ORGANISATION_WORDS_;
const PLACE_PREPOSITIONS = PLACE_PREPOSITIONS_;
const PREPOSITIONS = PREPOSITIONS_;
const RELATION_HEADS = RELATION_HEADS_;
const ROLE_MODIFIERS_BEFORE = ROLE_MODIFIERS_BEFORE_;
const ROLE_NOUNS = ROLE_NOUNS_;
const ROLE_QUALIFIERS = ROLE_QUALIFIERS_;
const SPEECH_VERBS = SPEECH_VERBS_;
const TABLOID_EPITHETS = TABLOID_EPITHETS_;

/** A hyphenated or adjectival lower-case word that may qualify a role noun ("nutritional-supplement", "political"). */
const isModifier = (t: Token | undefined): boolean => isWord(t) && !t.upper && (t.lower.includes('-') || /(?:al|ic|ive|ary)$/u.test(t.lower)) && !BREAKS.has(t.lower);

/** A lower-case word of a role: a role noun, a qualifier of one ("assistant", "press") and, with `modifiers`, an adjective. */
function isRoleWord(t: Token | undefined, modifiers: boolean): boolean {
  return isWord(t) && !t.upper && (ROLE_NOUNS.has(t.lower) || ROLE_QUALIFIERS.has(t.lower) || (modifiers && isModifier(t)));
}

/** "the Kell Courier Voss said": an organisation's name ends before a name that is not a role. */
const orgBoundary = (left: Token, right: Token, firstName: boolean): boolean =>
  ORGANISATION_WORDS.has(left.lower) && !firstName && !FIRST_NAME_GENDER.has(left.lower) && !(ROLE_NOUNS.has(left.lower) && FIRST_NAME_GENDER.has(right.lower)) && !ORGANISATION_WORDS.has(right.lower) && !ROLE_NOUNS.has(right.lower) && !HONORIFICS.has(right.lower);

/**
 * "House Ethics Committee": no boundary after "House" when the run goes on to another organisation
 * word; "Senate Majority Leader Milo Starling": nor when it goes on to a role (the body is the role's).
 */
function orgBoundaryAt(tokens: Token[], left: number): boolean {
  if ((tokens[left]!.classes & ORGANISATION_WORD) === 0) return false;
  // "South Carolina", "North Korea": a compass word opens a place's name, it does not end a body's.
  if (COMPASS_WORDS.has(tokens[left]!.lower)) return false;
  // "Harbour Rovers said": a two-word run's first word alone is no body's name but the first word of one.
  // A party's adjective after it is no part of a name ("CNN Democratic debate").
  if (!isName(tokens[left - 1]) && !isName(tokens[left + 2]) && !PARTY_WORDS.has(tokens[left + 1]!.lower.replace(/ic$/u, ''))) return false;
  // "Kathleen Hall Jameson": right after a first name opening the run, the word is a middle name, not a body's.
  const firstName = left >= 1 && isName(tokens[left - 1]) && FIRST_NAME_GENDER.has(tokens[left - 1]!.lower) && !isName(tokens[left - 2]);
  if (!orgBoundary(tokens[left]!, tokens[left + 1]!, firstName)) return false;
  let k = left + 2;
  for (; k < tokens.length && k <= left + 3 && isName(tokens[k]); k++) if (ORGANISATION_WORDS.has(tokens[k]!.lower) || ROLE_NOUNS.has(tokens[k]!.lower)) return false;
  // "Harbour Rovers assistant manager Tom Bellamy": the run is the body whose role follows in lower case.
  return !lowerRoleBeforeName(tokens, k);
}

/** Lower-case role words from `k` (qualifiers, ending in a role noun), then a capitalised name. */
function lowerRoleBeforeName(tokens: Token[], k: number): boolean {
  let m = k;
  while (m < tokens.length && m - k < 4 && isRoleWord(tokens[m], false)) m++;
  return m > k && ROLE_NOUNS.has(tokens[m - 1]!.lower) && isName(tokens[m]);
}

/**
 * "… in Corvala While Ria likes …": a capitalised conjunction inside a run, with one to three
 * capitalised words after it and then lower-case text, opens a sentence run into the one before (a
 * photo caption without its full stop). In a headline's title case ("… Trump Once To Air Hillary
 * Clinton") the capitals go on.
 */
function opensClauseAt(tokens: Token[], k: number): boolean {
  if (!opensSentence(tokens[k])) return false;
  for (let j = k + 1; j <= k + 4; j++) if (!isName(tokens[j])) return j > k + 1;
  return false;
}

/**
 * "… recovering in Norland Vesk is put through …": a country after "in", "from" or "to" closes that
 * phrase (a caption run into the next sentence), unless a body's or a role's word goes on ("in
 * Norland Police custody"). A country that is also a first name is never cut.
 */
function countryEndsAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined || (t.classes & (COUNTRY | FIRST_NAME)) !== COUNTRY) return false;
  const before = tokens[k - 1];
  if (before === undefined || before.kind !== 'word' || before.upper || !PLACE_PREPOSITIONS.has(before.lower)) return false;
  const after = tokens[k + 1];
  return after !== undefined && !ORGANISATION_WORDS.has(after.lower) && !ROLE_NOUNS.has(after.lower) && !CONNECTORS.has(after.lower);
}

/**
 * A capitalised run ending at `end` (inclusive), extended left over connectors between capitalised
 * words, never over a conjunction that opens a clause nor back into a place's phrase.
 */
export function nameRunLeft(tokens: Token[], end: number): number {
  let start = end;
  while (start > 0) {
    const prev = tokens[start - 1]!;
    if (orgBoundaryAt(tokens, start - 1) || opensClauseAt(tokens, start - 1) || countryEndsAt(tokens, start - 1)) break;
    if (isName(prev) && (prev.classes & SPEECH_VERB) === 0) start--;
    else if ((prev.kind === 'word' || prev.text === '&') && (prev.classes & CONNECTOR) !== 0 && isName(tokens[start - 2])) start -= 2;
    else break;
  }
  return start;
}

/** A capitalised run starting at `start`, extended right over connectors between capitalised words (not over a clause's conjunction). */
export function nameRunRight(tokens: Token[], start: number): number {
  let end = start;
  while (end + 1 < tokens.length) {
    const next = tokens[end + 1]!;
    if (orgBoundaryAt(tokens, end) || opensClauseAt(tokens, end + 1) || countryEndsAt(tokens, end)) break;
    if (isName(next) && (next.classes & SPEECH_VERB) === 0) end++;
    // ("Merchandise & Marketing Officer", "Ridge & Vale Ltd": an ampersand joins a run as "of" does.)
    else if ((next.kind === 'word' || next.text === '&') && (next.classes & CONNECTOR) !== 0 && isName(tokens[end + 2])) end += 2;
    else break;
  }
  return end;
}

/** "Trump's running mate", "her husband": a name's or pronoun's relation, lower-case words after the owner. */
function possessiveRole(words: Token[]): boolean {
  let k = 0;
  if (words[0]?.lower === 'his' || words[0]?.lower === 'her' || words[0]?.lower === 'their') k = 1;
  else {
    while (k < words.length && k < 3 && isName(words[k])) k++;
    if (k === 0 || words[k]?.lower !== "'s") return false;
    k++;
  }
  const rest = words.slice(k);
  return rest.length >= 1 && rest.length <= 3 && rest.every((w) => !w.upper && !BREAKS.has(w.lower) && !SPEECH_VERBS.has(w.lower) && !PREPOSITIONS.has(w.lower));
}

/**
 * "the Harbour Rovers assistant manager", "the team's assistant manager": a body's name or an owner
 * before lower-case role words that end in a role noun.
 */
function roleAfterOwner(words: Token[], first: number): boolean {
  let h = first;
  while (h < words.length && h - first < 4 && words[h]!.upper) h++;
  if (words[h]?.lower === "'s") h++;
  else if (h === first && words[h + 1]?.lower === "'s") h += 2;
  if (h === first) return false;
  let m = h;
  while (m < words.length && m - h < 4 && isRoleWord(words[m], true)) m++;
  return m > h && ROLE_NOUNS.has(words[m - 1]!.lower);
}

/** What follows "since" when it dates a post: a month, "last …", "the …", "early"/"late" (or a year). */
const SINCE_WHEN = new Set([...MONTHS, 'last', 'the', 'early', 'late']);
const datesPost = (word: string): boolean => SINCE_WHEN.has(word) || /^\d{4}$/u.test(word);

/** An appositive after a name: ", chair of the committee," → "chair of the committee". */
export function appositiveAfter(tokens: Token[], comma: number): { role: string; end: number } | undefined {
  if (tokens[comma]?.text !== ',') return undefined;
  let end = comma + 1;
  // ("an analyst at Compass Point Research & Trading": an ampersand inside a name stays in the appositive.)
  while (end < tokens.length && (tokens[end]!.kind === 'word' || tokens[end]!.text === '&') && end - comma <= 24) end++;
  let words = tokens.slice(comma + 1, end);
  // ", a historian at the Institute who has written about …": the appositive ends at its relative clause.
  const relative = words.findIndex((w, k) => k > 1 && (w.lower === 'who' || w.lower === 'which' || w.lower === 'whose'));
  if (relative > 0) words = words.slice(0, relative);
  // ", Kessel Bank’s chief executive since 2019,": how long the post has been held is no part of it.
  const since = words.findIndex((w, k) => k > 1 && w.lower === 'since' && datesPost(words[k + 1]?.lower ?? ''));
  if (since > 0) words = words.slice(0, since);
  if (words.length === 0) return undefined;
  let first = 0;
  if (DETERMINERS.has(words[0]!.lower) || words[0]!.lower === 'who') first = 1;
  const head = words.slice(first, first + 3);
  if (!head.some((w) => ROLE_NOUNS.has(w.lower)) && !possessiveRole(words.slice(first)) && !roleAfterOwner(words, first)) return undefined;
  // "in Chelsea, the mayor also said …" is a new clause, not an appositive.
  if (words.some((w) => SPEECH_VERBS.has(w.lower) || w.lower === 'is' || w.lower === 'was' || w.lower === 'has')) return undefined;
  if (words[0]!.lower === 'who') return undefined;
  return { role: joinTokens(words.slice(first)), end };
}

/**
 * "said his best friend at college, Ivo Marsh", "wrote the Norland ambassador at the time, Ivo
 * Marsh": a description (ending at `end`), a short phrase after a preposition qualifying it, then the
 * name in apposition, who speaks; `comma` is where the qualified description ends.
 */
export function nameAfterQualifier(tokens: Token[], end: number): { phrase: SpeakerPhrase; comma: number } | undefined {
  const preposition = tokens[end + 1];
  // ("urged the voters to abandon the outsiders, Ann Lee first": "to" opens a verb, not a qualifier.)
  if (!isWord(preposition) || preposition.upper || !PREPOSITIONS.has(preposition.lower) || preposition.lower === 'to') return undefined;
  for (let k = end + 2; k <= end + 6 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.text === ',' && k > end + 2) {
      const first = tokens[k + 1];
      if (first === undefined || !isName(first) || NOT_NAME_WORDS.has(first.lower)) return undefined;
      const named = parseSpeakerName(tokens.slice(k + 1, nameRunRight(tokens, k + 1) + 1));
      return named?.kind === 'name' && (named.person || named.candidate) ? { phrase: named, comma: k } : undefined;
    }
    if (!isWord(t) || BREAKS.has(t.lower) || SPEECH_VERBS.has(t.lower)) return undefined;
  }
  return undefined;
}

/** A lower-case noun naming someone by what they do ("visitor", "resident", "supporter"). */
const isAgentNoun = (t: Token | undefined): boolean =>
  isWord(t) && !t.upper && t.lower.length >= 5 && /(?:er|or|ist|ian|ant|ent)$/u.test(t.lower) && !PREPOSITIONS.has(t.lower) && !BREAKS.has(t.lower) && !CONNECTORS.has(t.lower) && !SPEECH_VERBS.has(t.lower) && !NOT_AGENT_NOUNS.has(t.lower);

/**
 * 'said Trump campaign manager Kellyanne Conway': a capitalised run, lower-case role words and a
 * name; the name speaks and everything before it is the role.
 */
export function roleThenName(tokens: Token[], start: number, end: number): { phrase: SpeakerPhrase; role?: string } | undefined {
  const titled = titlesThenName(tokens, start, end);
  if (titled) return titled;
  // "Ronald Regan's former education secretary William Bonnet": after a possessive, any plain words up
  // to a role noun right before a name are the role (a possessive opens a noun phrase: no verb there).
  if (tokens[end + 1]?.lower === "'s") {
    let r = end + 2;
    while (r < tokens.length && r - end <= 5 && isWord(tokens[r]) && !tokens[r]!.upper && !BREAKS.has(tokens[r]!.lower) && !PREPOSITIONS.has(tokens[r]!.lower) && !SPEECH_VERBS.has(tokens[r]!.lower)) r++;
    if (r > end + 2 && ROLE_NOUNS.has(tokens[r - 1]!.lower) && isName(tokens[r]) && !NOT_NAME_WORDS.has(tokens[r]!.lower)) {
      const last = nameRunRight(tokens, r);
      const phrase = parseSpeakerName(tokens.slice(r, last + 1));
      if (phrase?.kind === 'name') return { phrase: { ...phrase, role: joinTokens(tokens.slice(start, r)), person: true, gender: phrase.gender ?? roleGender(tokens, start, r) } };
    }
  }
  let k = end + 1;
  while (k < tokens.length && k - end <= 5) {
    // "Harbour Rovers assistant manager Tom Bellamy", "Kessel Bank chief financial officer Ada Quist".
    if (isRoleWord(tokens[k], k > end + 1)) k++;
    // "Westbrook Academy president and CEO Neil Porter": two roles joined by "and".
    else if (k > end + 1 && tokens[k]!.lower === 'and' && isWord(tokens[k + 1]) && ROLE_NOUNS.has(tokens[k + 1]!.lower) && isName(tokens[k + 2])) k += 2;
    else break;
  }
  // The run ends in a role noun: "assistant" alone qualifies nothing.
  while (k > end + 1 && !ROLE_NOUNS.has(tokens[k - 1]!.lower)) k--;
  // "Former prosecutor and Kessel City Mayor Tomas Brel", "former Kessel Gov. and Union Chairman Ivo
  // Marsh": a second role, capitalised, with the name.
  if (tokens[k]?.lower === 'and' && isName(tokens[k + 1]) && (k > end + 1 || parseSpeakerName(tokens.slice(start, end + 1))?.kind === 'description')) {
    const last = nameRunRight(tokens, k + 1);
    const second = parseSpeakerName(tokens.slice(k + 1, last + 1));
    if (second?.kind === 'name' && second.role) return { phrase: { ...second, role: `${joinTokens(tokens.slice(start, k))} and ${second.role}`, person: true } };
  }
  // "Idaho nutritional-supplement executive Frank Vale": a lower-case modifier before the role noun.
  if (k === end + 1 && isModifier(tokens[k]) && isWord(tokens[k + 1]) && !tokens[k + 1]!.upper && ROLE_NOUNS.has(tokens[k + 1]!.lower)) k += 2;
  // "Zoo visitor Terra Lune", "Millbrook resident Ann Ray": an agent noun the lists do not know,
  // when a full name with a known first name follows it (a verb between two names is not one).
  if (k === end + 1 && isAgentNoun(tokens[k]) && FIRST_NAME_GENDER.has(tokens[k + 1]?.lower ?? '') && isName(tokens[k + 1]) && isName(tokens[k + 2])) k++;
  if (k === end + 1 || ROLE_MODIFIERS_BEFORE.has(tokens[k - 1]!.lower) || !isName(tokens[k]) || NOT_NAME_WORDS.has(tokens[k]!.lower)) return undefined;
  const last = nameRunRight(tokens, k);
  const phrase = parseSpeakerName(tokens.slice(k, last + 1));
  if (phrase?.kind !== 'name') return undefined;
  const role = joinTokens(tokens.slice(start, k)) + (phrase.role ? ` ${phrase.role}` : '');
  const apposition = appositiveAfter(tokens, last + 1);
  return { phrase: { ...phrase, role, person: true, gender: phrase.gender ?? roleGender(tokens, start, k) }, ...(apposition ? { role: apposition.role } : {}) };
}

/**
 * "said Harlow Chief Merchandise & Marketing Officer and Deputy CEO, Tomas Reed": a capitalised run
 * that is only titles (it ends in a role noun), perhaps a second one after "and", then a comma and a
 * person's name: the name speaks and the titles are their role.
 */
function titlesThenName(tokens: Token[], start: number, end: number): { phrase: SpeakerPhrase } | undefined {
  if (!ROLE_NOUNS.has(tokens[end]!.lower) || parseSpeakerName(tokens.slice(start, end + 1))?.kind !== 'description') return undefined;
  let k = end + 1;
  if (tokens[k]?.lower === 'and' && isName(tokens[k + 1])) {
    const second = nameRunRight(tokens, k + 1);
    if (!ROLE_NOUNS.has(tokens[second]!.lower) || parseSpeakerName(tokens.slice(k + 1, second + 1))?.kind !== 'description') return undefined;
    k = second + 1;
  }
  if (tokens[k]?.text !== ',' || !isName(tokens[k + 1]) || NOT_NAME_WORDS.has(tokens[k + 1]!.lower)) return undefined;
  const last = nameRunRight(tokens, k + 1);
  const name = parseSpeakerName(tokens.slice(k + 1, last + 1));
  if (name?.kind !== 'name' || !(name.person || name.candidate)) return undefined;
  return { phrase: { ...name, role: joinTokens(tokens.slice(start, k)), person: true } };
}

/** "spokeswoman", "congressman": the gender role words carry, if any. */
function roleGender(tokens: Token[], from: number, to: number): Gender {
  let gender: Gender;
  for (let k = from; k < to; k++) gender = GENDERED_ROLES.get(tokens[k]!.lower) ?? gender;
  return gender;
}

/**
 * "Democratic nominee Hillary Clinton", "presidential candidate Gary Johnson": lower-case role words
 * (ending in a role noun) and the capitalised words just before them are the name's role.
 */
function lowerRoleBefore(tokens: Token[], start: number): string | undefined {
  const head = tokens[start - 1];
  if (!isWord(head) || head.upper || !ROLE_NOUNS.has(head.lower) || ROLE_MODIFIERS_BEFORE.has(head.lower)) return undefined;
  let k = start - 1;
  // ("Kessel Bank chief financial officer Ada Quist": qualifiers and adjectives before the role noun are the role's.)
  while (k - 1 >= 0 && start - k < 4 && isRoleWord(tokens[k - 1], true)) k--;
  while (k - 1 >= 0 && start - k < 6 && isWord(tokens[k - 1]) && tokens[k - 1]!.upper && !NOT_NAME_WORDS.has(tokens[k - 1]!.lower) && !HONORIFICS.has(tokens[k - 1]!.lower)) k--;
  return joinTokens(tokens.slice(k, start));
}

/**
 * A word in capitals ("SENATE", "U.S."): `text === text.toUpperCase() && /\p{L}/u.test(text)`, decided by
 * character codes for ASCII (no lower-case letter, at least one capital), as nearly every word is.
 */
function inCapitals(text: string): boolean {
  let capital = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 128) return text === text.toUpperCase() && /\p{L}/u.test(text);
    if (c >= 65 && c <= 90) capital = true;
  }
  return capital;
}

/** Role nouns that mostly qualify another ("chief", "head", "deputy"): alone, they are an earlier role cut short. */
const ROLE_MODIFIER_HEADS = new Set(['chief', 'head', 'deputy', 'senior', 'vice', 'general', 'former', 'acting', 'interim', 'executive', 'state', 'campaign']);

/**
 * "The mayor, Ada Quist, defended …", "The bank's chief executive, Tom Bell, met …": a role description that
 * opens the sentence, then the name between commas, is the name's role (a possessive pronoun's relation,
 * "His mother, …", is the relation rule's).
 */
function roleBeforeApposed(tokens: Token[], start: number, end: number): string | undefined {
  if (tokens[start - 1]?.text !== ',' || tokens[end + 1]?.text !== ',') return undefined;
  const head = tokens[start - 2];
  if (!isWord(head) || head.upper || !ROLE_NOUNS.has(head.lower)) return undefined;
  let k = start - 2;
  // Role words, the possessive, and the owner before it ("The bank's chief executive").
  while (k - 1 >= 1 && start - k < 7 && isWord(tokens[k - 1]) && (isRoleWord(tokens[k - 1], true) || tokens[k - 1]!.lower === "'s" || tokens[k]!.lower === "'s")) k--;
  // ("The chief, Ann Lee," stands for a role the article gave her in full before: one generic word adds nothing.)
  if (k === start - 2 && (GENERIC_DESCRIPTION_WORDS.has(head.lower) || ROLE_MODIFIER_HEADS.has(head.lower))) return undefined;
  return k === 1 && tokens[0]!.lower === 'the' ? joinTokens(tokens.slice(1, start - 1)) : undefined;
}

/**
 * "His mother, Ada Lune,", "her lawyer, Tom Bell,": the relation (`RELATION_HEADS`) an owner's pronoun or
 * possessive gives a full name right after it, with or without a comma.
 */
function relationBefore(tokens: Token[], start: number): string | undefined {
  const noun = tokens[start - 1]?.text === ',' ? start - 2 : start - 1;
  const word = tokens[noun];
  if (!isWord(word) || word.upper || !RELATION_HEADS.has(word.lower)) return undefined;
  const owner = tokens[noun - 1]?.lower;
  return owner === "'s" || owner === 'his' || owner === 'her' || owner === 'their' ? word.lower : undefined;
}

/**
 * "her husband, Oshel Strand", "whose wife Ada Lune", "whose son, Army officer Teo Lune": a gendered
 * relation after an owner, right before a name (and the role words before it), is its gender.
 */
function relationGender(tokens: Token[], start: number): Gender {
  let k = start - 1;
  while (k >= start - 3 && isWord(tokens[k]) && (tokens[k]!.upper || ROLE_NOUNS.has(tokens[k]!.lower)) && !GENDERED_ROLES.has(tokens[k]!.lower)) k--;
  const noun = tokens[k]?.text === ',' ? k - 1 : k;
  const gender = GENDERED_ROLES.get(tokens[noun]?.lower ?? '');
  const owner = tokens[noun - 1]?.lower;
  return gender && (owner === "'s" || owner === 'his' || owner === 'her' || owner === 'their' || owner === 'whose') ? gender : undefined;
}

/**
 * Where the running text starts after a picture page's furniture run into it: "Scroll down for video"
 * (an imperative in capitals, a few words, "video"), then perhaps a caption's label ("Big change:"), a
 * capitalised word and at most two lower-case words (no speech verb) before a colon and a
 * capitalised word. 0 without a label. (A label of one word, "Gone:", at a sentence's start is the
 * dateline rule's.)
 */
export function captionLeadEnd(tokens: Token[]): number {
  let k = 0;
  const first = tokens[0];
  if (first !== undefined && first.upper && CAPTION_VERBS.has(first.lower)) {
    for (let j = 1; j < 6 && j < tokens.length && tokens[j]!.kind === 'word'; j++) {
      if (CAPTION_OBJECTS.has(tokens[j]!.lower)) {
        k = j + 1;
        break;
      }
    }
  }
  // (Furniture alone is left to the subject rules: what follows it is often more captions run together.)
  const label = tokens[k];
  if (label === undefined || label.kind !== 'word' || !label.upper || FIRST_NAME_GENDER.has(label.lower)) return 0;
  let colon = k + 1;
  while (colon < k + 3 && isWord(tokens[colon]) && !tokens[colon]!.upper && !SPEECH_VERBS.has(tokens[colon]!.lower)) colon++;
  if ((colon === k + 1 && k === 0) || tokens[colon]?.text !== ':' || !isName(tokens[colon + 1])) return 0;
  // The text after the colon is in sentence case: a lower-case word soon follows.
  for (let j = colon + 2; j < colon + 6 && j < tokens.length; j++) if (isWord(tokens[j]) && !tokens[j]!.upper) return colon + 1;
  return 0;
}

/** "Orrin Tamsin, 29,": an age between commas right after a full name (the press ages whom the story is about). */
function agedAfter(tokens: Token[], comma: number): boolean {
  if (tokens[comma]?.text !== ',' || tokens[comma + 2]?.text !== ',') return false;
  const age = tokens[comma + 1]!.text;
  return age.length <= 3 && /^\d+$/.test(age) && Number(age) < 120;
}

/** Every capitalised run outside quotations, for the article's registry of names. */
export function nameRuns(tokens: Token[]): Array<{ phrase: SpeakerPhrase; role?: string; aged?: boolean; relation?: string; firstNameOnly?: boolean }> {
  const out: Array<{ phrase: SpeakerPhrase; role?: string; aged?: boolean; relation?: string; firstNameOnly?: boolean }> = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isName(tokens[i])) {
      i++;
      continue;
    }
    const end = nameRunRight(tokens, i);
    // "Late last month, the company …", "Shortly after the call, …": a word that opens a leading
    // phrase is capitalised only because the sentence starts there; alone, it is no name.
    if (end === i && i === 0 && (tokens[i]!.classes & (LEADING_WORD | SUBORDINATOR | PREPOSITION)) !== 0 && (tokens[i]!.classes & FIRST_NAME) === 0) {
      i++;
      continue;
    }
    const phrase = parseSpeakerName(tokens.slice(i, end + 1));
    // A run of more than five words, or of words in capitals, is a heading or title, not a name.
    let shouting = 0;
    for (let k = i; k <= end && end > i; k++) {
      const text = tokens[k]!.text;
      if (text.length > 1 && inCapitals(text)) shouting++;
    }
    if (phrase && phrase.kind === 'name' && wordCount(phrase.text) <= 5 && shouting <= 1) {
      // (Not "her husband, Navy officer …"'s "Navy": a single word that is no known person.)
      const kin = phrase.gender || !(phrase.person || phrase.candidate || phrase.text.includes(' ')) ? undefined : relationGender(tokens, i);
      if (kin) phrase.gender = kin;
      // "the Ostravia, Norland, resident": a one-word run after "Capitalised ," closes a place ("City,
      // Country,"), and the noun after its comma is what the place qualifies, not its appositive.
      const placePair = end === i && tokens[i - 1]?.text === ',' && isName(tokens[i - 2]) && !FIRST_NAME_GENDER.has(tokens[i]!.lower);
      const apposition = placePair ? undefined : appositiveAfter(tokens, end + 1);
      const before = apposition || phrase.role ? undefined : lowerRoleBefore(tokens, i) ?? roleBeforeApposed(tokens, i, end);
      const run: { phrase: SpeakerPhrase; role?: string; aged?: boolean; relation?: string; firstNameOnly?: boolean } = apposition ? { phrase, role: apposition.role } : before ? { phrase: { ...phrase, role: before, person: true, gender: phrase.gender ?? roleGender(tokens, i - 3 < 0 ? 0 : i - 3, i) }, role: before } : { phrase };
      if (end > i && !TABLOID_EPITHETS.has(tokens[i]!.lower) && agedAfter(tokens, end + 1)) run.aged = true;
      // ("Her husband Tom was at her side": a known first name alone is the relation's name too.)
      const relation = end > i || (tokens[i]!.classes & FIRST_NAME) !== 0 ? relationBefore(tokens, i) : undefined;
      if (relation) run.relation = relation;
      if (relation && end === i) run.firstNameOnly = true;
      out.push(run);
    }
    i = end + 1;
  }
  return out;
}
