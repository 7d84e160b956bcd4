/**
 * The bits of the word lists a token's lower case belongs to (`Token.classes`, computed in word-classes.ts).
 * Apart from the lists, so that a list's owner can use its bit without an import cycle (cue-rules.ts gives
 * word-classes.ts the words its rules start at, and tests their bit).
 */
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
