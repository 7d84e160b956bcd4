/**
 * The word lists a token's lower case belongs to, as bits, read once per distinct word by the tokeniser
 * (`Token.classes`): name parsing and the subject finder ask each word of a run or sentence for several
 * lists, and a bit test costs a fraction of a set look-up (the lists are constants, so the bits are a
 * function of the word alone).
 */
import { CUE_START_WORDS } from './cue-rules.js';
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
  RELATIVES,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
  SPEECH_VERBS,
  SUBORDINATORS,
  TIME_NOUNS,
  VERB_MODIFIERS,
} from './lexicon.js';
import {
  APPROXIMATE,
  ARTICLE,
  BREAK,
  CLAUSE_VERB,
  CONNECTOR,
  COUNTRY,
  CUE_START,
  DETERMINER,
  FIRST_NAME,
  HONORIFIC,
  IRREGULAR_PAST,
  LEADING_WORD,
  NAME_EDGE,
  NOT_NAME_WORD,
  ORGANISATION_WORD,
  PERSONAL_PRONOUN,
  POSSESSIVE,
  POST_NOMINAL,
  PREPOSITION,
  RELATIVE,
  ROLE_MODIFIER,
  ROLE_NOUN,
  SPEECH_VERB,
  SUBORDINATOR,
  TIME_NOUN,
  VERB_MODIFIER,
} from './word-class-bits.js';

export * from './word-class-bits.js';

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
  if (ARTICLES.has(lower)) bits |= ARTICLE;
  if (RELATIVES.has(lower)) bits |= RELATIVE;
  if (CLAUSE_VERBS.has(lower)) bits |= CLAUSE_VERB;
  if (IRREGULAR_PAST_WORDS.has(lower)) bits |= IRREGULAR_PAST;
  if (CUE_START_WORDS.has(lower)) bits |= CUE_START;
  return bits;
}
