import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/quotes/quotes.js';
import { tokenise } from '../../../src/core/quotes/attribution-tokens.js';
import { isTitleOfWork, WORK_NAME_RULES } from '../../../src/core/quotes/attribution/work-names.js';
import { speakers } from './speakers-of.js';

const TITLE_REASON = 'a title in quotation marks (a show, book or programme), not speech';

/** The quotes dropped as titles of a made-up article. */
const titlesOf = (paragraphs: string[]): string[] =>
  extractQuotes({ id: 'test', title: 'A headline for the test', paragraphs }).skipped.filter((s) => s.reason === TITLE_REASON).map((s) => s.text.replace(/[\s,.]+$/u, ''));

describe('each row of the work-name table drops its example as a title', () => {
  for (const rule of WORK_NAME_RULES) {
    it(`${rule.name}: ${rule.description}`, () => {
      const quote = rule.example.quote!;
      expect(titlesOf(rule.example.paragraphs)).toContain(quote);
      expect(speakers(rule.example.paragraphs).map(([q]) => q)).not.toContain(quote);
    });
  }
});

describe('the names of works', () => {
  it('"the podcast “Tin Cups”": a work noun right before the quote', () => {
    expect(speakers(['“We lost the vote,” Ivo Marsh said on the podcast “Tin Cups and Tides.”'])).toEqual([['We lost the vote', 'Ivo Marsh']]);
  });

  it('not a phrase in lower case after a work noun: "her film “a love letter to Kell”" is what she calls it', () => {
    expect(speakers(['Ada Quill said her film was “a love letter to Kell and its harbour.”'])).toEqual([['a love letter to Kell and its harbour.', 'Ada Quill']]);
  });

  it('"Ivo Marsh told “Harbour Mornings”": the programme he told, not his words', () => {
    expect(speakers(['“The pier stays,” Ivo Marsh told “Harbour Mornings” on Monday.'])).toEqual([['The pier stays', 'Ivo Marsh']]);
  });

  it('"on “The Late Hour with Ada Quill”": a title keeps its small words in lower case', () => {
    expect(titlesOf(['“We will win,” Ivo Marsh said on “The Late Hour with Ada Quill” last night.'])).toEqual(['The Late Hour with Ada Quill']);
  });

  it('"roles in “Salt Road,” “Tin Cups” and “Harbour Lights”": the titles of a list go on', () => {
    expect(titlesOf(['Ona Vell, who had roles in “Salt Road,” “Tin Cups” and “Harbour Lights,” said she would vote for Ivo Marsh.'])).toEqual(['Salt Road', 'Tin Cups', 'Harbour Lights']);
  });

  it('"Gov. Ona “Bud” Varga said": a nickname inside a name is no one’s words', () => {
    expect(speakers(['Gov. Ona “Bud” Varga said the bill would pass this spring.'])).toEqual([]);
  });

  it('a single capitalised word between capitalised words of a Title Case headline line stays as it was', () => {
    expect(titlesOf(['Ivo Marsh Says He ‘Won’ By A Mile In Kell.'])).toEqual([]);
  });
});

/** Whether the short-preposition rule takes the (only) quote of a sentence as a title, in the body or the headline. */
const titleOfWork = (sentence: string, headline = false, fragment = true): boolean => {
  const start = sentence.indexOf('“');
  const end = sentence.indexOf('”') + 1;
  const tokens = tokenise(sentence, 0, sentence.length, [{ start, end, index: 0 }]);
  const at = tokens.findIndex((t) => t.kind === 'quote');
  return isTitleOfWork(tokens, at, sentence.slice(start + 1, end - 1), headline, fragment);
};

describe('the short-preposition rule: a Title Case quote after "on", "of", a possessive or a year', () => {
  it('"on “Harbour Mornings”", "Kell TV’s “Harbour Mornings”", "the 1998 “Salt Road”": a work', () => {
    expect(titleOfWork('Ivo Marsh spoke on “Harbour Mornings” on Monday.')).toBe(true);
    expect(titleOfWork("Ivo Marsh spoke to Kell TV's “Harbour Mornings” on Monday.")).toBe(true);
    expect(titleOfWork('Ona Vell starred in the 1998 “Salt Road” with him.')).toBe(true);
  });

  it('not words in lower case, a quote after another word, a whole quote, or one that opens its sentence', () => {
    expect(titleOfWork('Ivo Marsh spoke on “the harbour and its boats” on Monday.')).toBe(false);
    expect(titleOfWork('Ivo Marsh said “Harbour Mornings” on Monday.')).toBe(false);
    expect(titleOfWork('Ivo Marsh spoke on “Harbour Mornings” on Monday.', false, false)).toBe(false);
    expect(titleOfWork('“Harbour Mornings” ran on Monday.')).toBe(false);
  });

  it('in a headline, where every word is capitalised, only after "’s", "of" or "on"', () => {
    expect(titleOfWork('Marsh Speaks On “Harbour Mornings”', true)).toBe(true);
    expect(titleOfWork('Marsh Speaks In “Harbour Mornings”', true)).toBe(false);
    expect(titleOfWork('Ivo Marsh spoke in “Harbour Mornings” on Monday.')).toBe(true);
  });
});

describe('what a crowd chants is speech, not a title', () => {
  it('"chants of “We Want Ivo”": kept, however it is capitalised', () => {
    const paragraphs = ['Ivo Marsh spoke at the harbour on Monday. His supporters answered with chants of “We Want Ivo” until he left.'];
    expect(titlesOf(paragraphs)).toEqual([]);
    expect(speakers(paragraphs).map(([q]) => q)).toEqual(['We Want Ivo']);
  });
});
