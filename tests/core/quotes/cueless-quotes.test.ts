import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/quotes/quotes.js';
import { speakers } from './speakers-of.js';

const skippedOf = (paragraphs: string[]): Array<[string, string]> => extractQuotes({ id: 'test', title: 'A headline for the test', paragraphs }).skipped.map((s) => [s.text, s.reason]);

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

describe('a sentence quoted after a comma, with no cue, is the words of the clause’s subject', () => {
  it('"Ivo Marsh cracked, “…”": a verb the cue lists do not know introduces what he said', () => {
    expect(speakers(['During their first forum, Ivo Marsh cracked, “I am a builder, but I am a builder who finishes things.”'])).toEqual([
      ['I am a builder, but I am a builder who finishes things.', 'Ivo Marsh'],
    ]);
  });

  it('"Ana Ruiz shared her worry with the donors, “…”": an object between the verb and the comma', () => {
    expect(speakers(['Ana Ruiz shared her worry with the donors in Kell, “Nobody on this board has read the budget.”'])).toEqual([
      ['Nobody on this board has read the budget.', 'Ana Ruiz'],
    ]);
  });

  it('not after a speech verb the cue rules turned down: "Ivo Marsh was asked by the host, “…”" is the host’s question', () => {
    expect(speakers(['At the forum in Kell, Ivo Marsh was asked by the host, “Will you run again next year?”'])).toEqual([]);
  });

  it('not a title in Title Case after a comma ("her memoir, “Salt And Tides,”")', () => {
    expect(speakers(['Ann Lee is touring to promote her new memoir, “Salt And Tides,” and she is blunt about her old allies.'])).toEqual([]);
    expect(skippedOf(['Ann Lee is touring to promote her new memoir, “Salt And Tides,” and she is blunt about her old allies.'])).toEqual([
      ['Salt And Tides,', 'no speaker in its sentence or paragraph (scare quotes or an unattributed phrase)'],
    ]);
  });
});
