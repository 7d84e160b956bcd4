import { describe, expect, it } from 'vitest';
import { speakers } from './speakers-of.js';

describe('a two-word phrase in marks with no cue is the words of the person the sentence is about', () => {
  it('"Ola Brandt pushed her promise of “free tuition”": the subject’s', () => {
    expect(speakers(['The race for the Wenholt council seat tightened on Monday.', 'Ola Brandt has pushed her promise of “free tuition” at every stop since March.'])).toEqual([
      ['free tuition', 'Ola Brandt'],
    ]);
  });

  it('a pronoun subject, as for longer phrases', () => {
    expect(speakers(['Ivo Marsh toured the harbour on Monday.', 'He again attacked the board’s “paper budget” before a small crowd.'])).toEqual([['paper budget', 'Ivo Marsh']]);
  });

  it('not when the sentence is about no person ("The county cut the “rainy day” fund")', () => {
    expect(speakers(['The county cut the “rainy day” fund by a third.'])).toEqual([]);
  });

  it('a single word in marks is still a scare quote', () => {
    expect(speakers(['Ola Brandt knocked on every door in the “safe” wards.'])).toEqual([]);
  });
});
