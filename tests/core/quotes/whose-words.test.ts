import { describe, expect, it } from 'vitest';
import { speakers } from './speakers-of.js';

// Issue 12: "in X's words" and "in the words of X" say whose words a quotation is.
describe('whose words a quotation is said to be', () => {
  it('reads the owner before “words” and the person after “the words of”', () => {
    expect(speakers(['In Quist’s words: “I will not resign.”'])).toEqual([['I will not resign.', 'Quist']]);
    expect(speakers(['In Ada Quist’s own words, “It is a mess.”'])).toEqual([['It is a mess.', 'Ada Quist']]);
    expect(speakers(['In the words of one voter, “It is a mess.”'])).toEqual([['It is a mess.', 'one voter']]);
    expect(speakers(['The plan was, in the words of Ada Quist, “a mess.”'])).toEqual([['a mess.', 'Ada Quist']]);
  });

  it('reads a possessive pronoun as the person it stands for', () => {
    expect(speakers(['Ada Quist spoke. In her own words: “I will not resign.”'])).toEqual([['I will not resign.', 'Ada Quist']]);
  });

  it('is no cue for words that are chosen or had', () => {
    expect(speakers(['Tom Bellamy chose his words carefully: “We will see.”'])).toEqual([['We will see.', 'Tom Bellamy']]);
  });
});
