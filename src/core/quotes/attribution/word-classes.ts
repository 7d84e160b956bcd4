/**
 * The word lists a token's lower case belongs to, as bits, read once per distinct word by the tokeniser
 * (`Token.classes`): name parsing and the subject finder ask each word of a run or sentence for several
 * lists, and a bit test costs a fraction of a set look-up (the lists are constants, so the bits are a
 * function of the word alone).
 */
import { CUE_START_WORDS } from './cue-start-words.js';
import {
  APPROXIMATELY,
  ARTICLES,
  BREAKS,
  CLAUSE_VERBS,
  CONNECTORS,
  COUNTRIES,
  DETERMINERS,
  FIRST_NAME_GENDER,
  HONORIFICS,
  IRREGULAR_PAST as IRREGULAR_PAST_WORDS,
  LEADING_WORDS,
  NAME_EDGE_WORDS,
  NOT_NAME_WORDS,
  ORGANISATION_WORDS,
  PERSONAL_PRONOUNS,
  POSSESSIVES,
  POST_NOMINALS,
  PREPOSITIONS,
  REFLEXIVE_GENDER,
  RELATIVES,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
  SPEECH_VERBS,
  SUBJECT_PRONOUN_GENDER,
  SUBORDINATORS,
  TIME_NOUNS,
  VERB_MODIFIERS,
} from './lexicon.js';

export const NOT_NAME_WORD = 1 << 0;
export const HONORIFIC = 1 << 1;
/** NAME_EDGE_WORDS: the connectors a name never starts or ends with. */
export const NAME_EDGE = 1 << 2;
export const ROLE_NOUN = 1 << 3;
export const ROLE_MODIFIER = 1 << 4;
export const FIRST_NAME = 1 << 5;
export const PERSONAL_PRONOUN = 1 << 6;
export const POST_NOMINAL = 1 << 7;
export const PREPOSITION = 1 << 8;
export const DETERMINER = 1 << 9;
export const APPROXIMATE = 1 << 10;
export const POSSESSIVE = 1 << 11;
export const BREAK = 1 << 12;
export const VERB_MODIFIER = 1 << 13;
export const SPEECH_VERB = 1 << 14;
export const ORGANISATION_WORD = 1 << 15;
export const COUNTRY = 1 << 16;
/** CONNECTORS: the words that join a name's parts ("of", "van", "&"). */
export const CONNECTOR = 1 << 17;
export const SUBORDINATOR = 1 << 18;
export const LEADING_WORD = 1 << 19;
export const TIME_NOUN = 1 << 20;
export const ARTICLE = 1 << 21;
export const RELATIVE = 1 << 22;
export const CLAUSE_VERB = 1 << 23;
export const IRREGULAR_PAST = 1 << 24;
/** A word some cue rule starts at (cue-rules.ts): most words are none, and a bit says so before the rules' map is asked. */
export const CUE_START = 1 << 25;
/** A word pass 1 reads for "it" and the pronoun votes (quotes.ts): "it", "its", "him", "her", the subject and reflexive pronouns. */
export const PRONOUN_READ = 1 << 26;

/** The words pass 1 reads for "it" and the pronoun votes (quotes.ts). */
const PRONOUNS_READ = new Set(['him', 'her', 'it', 'its', ...SUBJECT_PRONOUN_GENDER.keys(), ...REFLEXIVE_GENDER.keys()]);

/**
 * Every listed word's bits (the lists are constants): a new word's classes are one look-up, not one per
 * list (the tokeniser asks for them at every word its table has not held yet, and the table is cleared
 * when half full).
 */
const CLASS_TABLE = ((): Map<string, number> => {
  const table = new Map<string, number>();
  // (A set's keys are its words; a map's keys are the words it gives something for.)
  const lists: Array<[ReadonlySet<string> | ReadonlyMap<string, unknown>, number]> = [
    [NOT_NAME_WORDS, NOT_NAME_WORD],
    [HONORIFICS, HONORIFIC],
    [NAME_EDGE_WORDS, NAME_EDGE],
    [ROLE_NOUNS, ROLE_NOUN],
    [ROLE_MODIFIERS, ROLE_MODIFIER],
    [FIRST_NAME_GENDER, FIRST_NAME],
    [PERSONAL_PRONOUNS, PERSONAL_PRONOUN],
    [POST_NOMINALS, POST_NOMINAL],
    [PREPOSITIONS, PREPOSITION],
    [DETERMINERS, DETERMINER],
    [APPROXIMATELY, APPROXIMATE],
    [POSSESSIVES, POSSESSIVE],
    [BREAKS, BREAK],
    [VERB_MODIFIERS, VERB_MODIFIER],
    [SPEECH_VERBS, SPEECH_VERB],
    [ORGANISATION_WORDS, ORGANISATION_WORD],
    [COUNTRIES, COUNTRY],
    [CONNECTORS, CONNECTOR],
    [SUBORDINATORS, SUBORDINATOR],
    [LEADING_WORDS, LEADING_WORD],
    [TIME_NOUNS, TIME_NOUN],
    [ARTICLES, ARTICLE],
    [RELATIVES, RELATIVE],
    [CLAUSE_VERBS, CLAUSE_VERB],
    [IRREGULAR_PAST_WORDS, IRREGULAR_PAST],
    [CUE_START_WORDS, CUE_START],
    [PRONOUNS_READ, PRONOUN_READ],
  ];
  for (const [list, bit] of lists) for (const word of list.keys()) table.set(word, (table.get(word) ?? 0) | bit);
  return table;
})();

/** The bits of every list `lower` is in. */
export function wordClasses(lower: string): number {
  return CLASS_TABLE.get(lower) ?? 0;
}
