/**
 * The word lists a token's lower case belongs to, as bits, read once per distinct word by the tokeniser
 * (`Token.classes`): name parsing and the subject finder ask each word of a run or sentence for several
 * lists, and a bit test costs a fraction of a set look-up (the lists are constants, so the bits are a
 * function of the word alone).
 */
import {
  APPROXIMATELY,
  BREAKS,
  CONNECTORS,
  COUNTRIES,
  DETERMINERS,
  FIRST_NAME_GENDER,
  HONORIFICS,
  LEADING_WORDS,
  NAME_EDGE_WORDS,
  NOT_NAME_WORDS,
  ORGANISATION_WORDS,
  PERSONAL_PRONOUNS,
  POSSESSIVES,
  POST_NOMINALS,
  PREPOSITIONS,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
  SPEECH_VERBS,
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

/** The bits of every list `lower` is in. */
export function wordClasses(lower: string): number {
  let bits = 0;
  if (NOT_NAME_WORDS.has(lower)) bits |= NOT_NAME_WORD;
  if (HONORIFICS.has(lower)) bits |= HONORIFIC;
  if (NAME_EDGE_WORDS.has(lower)) bits |= NAME_EDGE;
  if (ROLE_NOUNS.has(lower)) bits |= ROLE_NOUN;
  if (ROLE_MODIFIERS.has(lower)) bits |= ROLE_MODIFIER;
  if (FIRST_NAME_GENDER.has(lower)) bits |= FIRST_NAME;
  if (PERSONAL_PRONOUNS.has(lower)) bits |= PERSONAL_PRONOUN;
  if (POST_NOMINALS.has(lower)) bits |= POST_NOMINAL;
  if (PREPOSITIONS.has(lower)) bits |= PREPOSITION;
  if (DETERMINERS.has(lower)) bits |= DETERMINER;
  if (APPROXIMATELY.has(lower)) bits |= APPROXIMATE;
  if (POSSESSIVES.has(lower)) bits |= POSSESSIVE;
  if (BREAKS.has(lower)) bits |= BREAK;
  if (VERB_MODIFIERS.has(lower)) bits |= VERB_MODIFIER;
  if (SPEECH_VERBS.has(lower)) bits |= SPEECH_VERB;
  if (ORGANISATION_WORDS.has(lower)) bits |= ORGANISATION_WORD;
  if (COUNTRIES.has(lower)) bits |= COUNTRY;
  if (CONNECTORS.has(lower)) bits |= CONNECTOR;
  if (SUBORDINATORS.has(lower)) bits |= SUBORDINATOR;
  if (LEADING_WORDS.has(lower)) bits |= LEADING_WORD;
  if (TIME_NOUNS.has(lower)) bits |= TIME_NOUN;
  return bits;
}
