import { describe, expect, it } from 'vitest';
import { articleFocus, genderOf, resolvePronoun } from '../../eval/lib/pronoun-sources.js';

/** Named Sources at the offsets of their first occurrence in `text`. */
const mentions = (text: string, ...names: string[]) => names.map((name) => ({ at: text.indexOf(name), text: name }));

describe('pronoun Sources resolved by gender and the article’s focus', () => {
  it('reads a person’s gender from titles and the next pronoun in the sentence', () => {
    const text = 'Mayor Ana Voss said she would veto it.\nMr. Brand disagreed. Brand said he had a cheaper plan.\n';
    expect(genderOf(text, 'voss')).toBe('f');
    expect(genderOf(text, 'brand')).toBe('m');
    expect(genderOf(text, 'quist')).toBeUndefined();
  });

  it('skips the nearest name when its gender does not agree', () => {
    const text = 'Ana Voss said she would veto it.\nIvo Brand said he had a cheaper plan. “It is over,” she said.\n';
    const named = mentions(text, 'Ana Voss', 'Ivo Brand');
    expect(resolvePronoun(text, 'she', text.indexOf('she said'), named)).toEqual({ source: 'Ana Voss', resolved: true });
    expect(resolvePronoun(text, 'he', text.indexOf('she said'), named)).toEqual({ source: 'Ivo Brand', resolved: true });
  });

  it('takes the article’s focus when two people of unknown gender are in play, and the focus when nobody is near', () => {
    const text = 'Kim Quist spoke first. Quist is running. Quist wants a bridge.\nLee Park and Quist spoke next.\n“No,” he said.\n\n\n“Yes,” he said.\n';
    const named = [...mentions(text, 'Kim Quist', 'Lee Park'), { at: text.indexOf('Quist spoke next'), text: 'Quist' }];
    expect(articleFocus(text, named)).toBe('quist');
    expect(resolvePronoun(text, 'he', text.indexOf('“No'), named)).toEqual({ source: 'Kim Quist', resolved: true });
    expect(resolvePronoun(text, 'he', text.indexOf('“Yes'), named)).toEqual({ source: 'Kim Quist', resolved: true });
  });

  it('leaves a pronoun unresolved when no named Source of its gender comes before it', () => {
    const text = 'Ivo Brand said he had a cheaper plan.\n“It is over,” she said.\n';
    expect(resolvePronoun(text, 'she', text.indexOf('she said'), mentions(text, 'Ivo Brand'))).toEqual({ source: 'she', resolved: false });
    expect(resolvePronoun(text, 'who', text.indexOf('It is'), mentions(text, 'Ivo Brand'))).toEqual({ source: 'who', resolved: false });
  });
});

describe('pronoun Sources and organisations', () => {
  it('never takes an organisation for a he or a she, and takes the nearest person in the pronoun’s paragraph', () => {
    const text = 'Ivo Brand spoke.\nLee Park met the Dunmore Transit Authority. “Fine,” he said.\n';
    const named = mentions(text, 'Ivo Brand', 'Lee Park', 'Dunmore Transit Authority');
    expect(resolvePronoun(text, 'he', text.indexOf('he said'), named)).toEqual({ source: 'Lee Park', resolved: true });
    expect(resolvePronoun(text, 'it', text.indexOf('he said'), named)).toEqual({ source: 'Dunmore Transit Authority', resolved: true });
  });
});
