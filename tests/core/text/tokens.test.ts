import { describe, expect, it } from 'vitest';
import { lowerCase } from '../../../src/core/text/tokens.js';

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
