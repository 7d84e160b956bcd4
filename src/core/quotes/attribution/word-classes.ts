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
  PRONOUN_READ,
  RELATIVE,
  ROLE_MODIFIER,
  ROLE_NOUN,
  SPEECH_VERB,
  SUBORDINATOR,
  TIME_NOUN,
  VERB_MODIFIER,
} from './word-class-bits.js';

export * from './word-class-bits.js';

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
