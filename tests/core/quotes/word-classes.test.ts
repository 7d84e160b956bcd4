import { describe, expect, it } from 'vitest';
import { tokenise } from '../../../src/core/quotes/attribution-tokens.js';
import { CUE_RULES } from '../../../src/core/quotes/attribution/cue-rules.js';
import { ARTICLE, CLAUSE_VERB, CUE_START, IRREGULAR_PAST, RELATIVE, wordClasses } from '../../../src/core/quotes/attribution/word-classes.js';
import * as lexicon from '../../../src/core/quotes/attribution/lexicon.js';
import * as bits from '../../../src/core/quotes/attribution/word-classes.js';
import { ARTICLES, CLAUSE_VERBS, IRREGULAR_PAST as IRREGULAR_PAST_WORDS, RELATIVES } from '../../../src/core/quotes/attribution/lexicon.js';

const has = (word: string, bit: number): boolean => (wordClasses(word) & bit) !== 0;

describe('word classes: the lists read as bits', () => {
  it('marks every word a cue rule starts at, and no other', () => {
    const starts = new Set(CUE_RULES.flatMap((rule) => [...rule.startsAt!]));
    for (const word of starts) expect(has(word, CUE_START)).toBe(true);
    for (const word of ['the', 'plan', 'lee', 'he', 'reportedly', '']) expect(has(word, CUE_START)).toBe(starts.has(word));
  });

  it('gives the colon after a quotation its cue bit as a punctuation token', () => {
    const [quoteMark, colon] = tokenise('“Yes”: Ana Kell', 0, 15, [{ start: 0, end: 5, index: 0 }]);
    expect(quoteMark!.classes & CUE_START).toBe(0);
    expect(colon!.text).toBe(':');
    expect(colon!.classes & CUE_START).toBe(CUE_START);
  });

  it('marks the articles, relatives, clause verbs and irregular past forms as their lists have them', () => {
    for (const [list, bit] of [[ARTICLES, ARTICLE], [RELATIVES, RELATIVE], [CLAUSE_VERBS, CLAUSE_VERB], [IRREGULAR_PAST_WORDS, IRREGULAR_PAST]] as const) {
      for (const word of list) expect(has(word, bit)).toBe(true);
    }
    expect(['a', 'an', 'the', 'one', 'his'].map((w) => has(w, ARTICLE))).toEqual([true, true, true, false, false]);
    expect(['who', 'where', 'when'].map((w) => has(w, RELATIVE))).toEqual([true, true, false]);
    expect(['was', 'might', 'said'].map((w) => has(w, CLAUSE_VERB))).toEqual([true, true, false]);
    expect(['went', 'said', 'walked'].map((w) => has(w, IRREGULAR_PAST))).toEqual([true, true, false]);
  });

  it('gives each word exactly the bits of the lists it is in', () => {
    const lists: Array<[ReadonlySet<string> | ReadonlyMap<string, unknown>, number]> = [
      [lexicon.NOT_NAME_WORDS, bits.NOT_NAME_WORD], [lexicon.HONORIFICS, bits.HONORIFIC], [lexicon.NAME_EDGE_WORDS, bits.NAME_EDGE],
      [lexicon.ROLE_NOUNS, bits.ROLE_NOUN], [lexicon.ROLE_MODIFIERS, bits.ROLE_MODIFIER], [lexicon.FIRST_NAME_GENDER, bits.FIRST_NAME],
      [lexicon.PERSONAL_PRONOUNS, bits.PERSONAL_PRONOUN], [lexicon.POST_NOMINALS, bits.POST_NOMINAL], [lexicon.PREPOSITIONS, bits.PREPOSITION],
      [lexicon.DETERMINERS, bits.DETERMINER], [lexicon.APPROXIMATELY, bits.APPROXIMATE], [lexicon.POSSESSIVES, bits.POSSESSIVE],
      [lexicon.BREAKS, bits.BREAK], [lexicon.VERB_MODIFIERS, bits.VERB_MODIFIER], [lexicon.SPEECH_VERBS, bits.SPEECH_VERB],
      [lexicon.ORGANISATION_WORDS, bits.ORGANISATION_WORD], [lexicon.COUNTRIES, bits.COUNTRY], [lexicon.CONNECTORS, bits.CONNECTOR],
      [lexicon.SUBORDINATORS, bits.SUBORDINATOR], [lexicon.LEADING_WORDS, bits.LEADING_WORD], [lexicon.TIME_NOUNS, bits.TIME_NOUN],
      [ARTICLES, ARTICLE], [RELATIVES, RELATIVE], [CLAUSE_VERBS, CLAUSE_VERB], [IRREGULAR_PAST_WORDS, IRREGULAR_PAST],
      [new Set(CUE_RULES.flatMap((rule) => [...rule.startsAt!])), CUE_START],
      [new Set(['it', 'its', 'him', 'her', 'he', 'she', 'himself', 'herself']), bits.PRONOUN_READ],
    ];
    const words = new Set(['', 'zorbly', 'quux-ville', "'s", ':', ',']);
    for (const [list] of lists) for (const word of list.keys()) words.add(word);
    for (const word of words) {
      let expected = 0;
      for (const [list, bit] of lists) if (list.has(word)) expected |= bit;
      expect([word, wordClasses(word)]).toEqual([word, expected]);
    }
  });
});
