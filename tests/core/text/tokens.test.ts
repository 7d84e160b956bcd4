import { describe, expect, it } from 'vitest';
import { contentTerms, lowerCase, spaceOrHyphenWords, stem } from '../../../src/core/text/tokens.js';

describe('lowerCase', () => {
  it('lowers exactly as toLowerCase does, ASCII or not', () => {
    const words = ['the', 'Zuckerberg', 'U.S.', 'MEPs', "O'Neill", 'Ødegaard', 'ÉLYSÉE', 'Brockhurst’s', 'İstanbul', 'ΟΔΟΣ', '', '2,000'];
    expect(words.map(lowerCase)).toEqual(words.map((w) => w.toLowerCase()));
  });

  it('gives a word cut from text with curly quotes back as it is when it has no capital', () => {
    const word = 'the parliament’s vote'.slice(4, 14);
    expect(lowerCase(word)).toBe('parliament');
    expect(lowerCase('Facebook')).toBe('facebook');
  });
});

describe('spaceOrHyphenWords', () => {
  it('splits on spaces (any kind) and hyphens, dropping empty pieces, exactly as the regex split did', () => {
    const names = ['Mark Zuckerberg', 'Julia Louis-Dreyfus', ' Jean-Claude  Van  Damme ', 'Ana\u00a0Ruiz', 'A\u2009B', 'x\u200by', '--', '', 'Debbie Wasserman Schultz', 'O’Neill\tJr.'];
    expect(names.map(spaceOrHyphenWords)).toEqual(names.map((n) => n.split(/[\s-]+/u).filter(Boolean)));
    expect(spaceOrHyphenWords(' Jean-Claude  Van ')).toEqual(['Jean', 'Claude', 'Van']);
  });
});

describe('stem', () => {
  it('folds the commonest plurals and leaves every word not ending in "s" as it is', () => {
    const words = ['apps', 'cities', 'classes', 'wins', 'app', 'city', 'class', 'bus', 'analysis', 'series', 'its', '2010s', 'elected', 'party', 'sss'];
    expect(words.map(stem)).toEqual(['app', 'city', 'class', 'win', 'app', 'city', 'class', 'bus', 'analysis', 'sery', 'its', '2010s', 'elected', 'party', 'sss']);
  });
});

describe('contentTerms: words read again', () => {
  it('gives each word its own term, whatever its case, the marks around it or how often it was read', () => {
    for (let round = 0; round < 2; round++) {
      expect(contentTerms('The Senators’ votes — “Parliament’s” 2,000 MEPs… SAID senators')).toEqual(['senator', 'vote', 'parliament', '000', 'mep', 'senator']);
      expect(contentTerms('senators Senator SENATORS rotanes')).toEqual(['senator', 'senator', 'senator', 'rotane']);
    }
  });

  it('reads text with letters beyond ASCII as its lower case says', () => {
    expect(contentTerms('Ødegaard met İstanbul officials')).toEqual(['ødegaard', 'met', 'i̇stanbul', 'official']);
    expect(contentTerms('Ødegaard’s Officials')).toEqual(['ødegaard', 'official']);
  });

  it('gives every word its term after more distinct words than the table holds', () => {
    const many = Array.from({ length: 40_000 }, (_, k) => `Term${k}s`).join(' ');
    const terms = contentTerms(many);
    expect(terms).toHaveLength(40_000);
    expect(terms[39_999]).toBe('term39999s');
    expect(contentTerms('Term0s houses HOUSES')).toEqual(['term0s', 'house', 'house']);
  });
});
