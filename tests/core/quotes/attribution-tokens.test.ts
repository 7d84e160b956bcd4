import { describe, expect, it } from 'vitest';
import { tokenise, type Token } from '../../../src/core/quotes/attribution-tokens.js';

const tokensOf = (text: string, from = 0, to = text.length): Token[] => tokenise(text, from, to, []);
const words = (tokens: Token[]) => tokens.map((t) => [t.text, t.lower, t.upper, t.start, t.end]);

describe('tokenise: words read again', () => {
  it('gives a word read before its own offsets in each paragraph', () => {
    const first = tokensOf('Lee said the plan was late.');
    const again = tokensOf('Then Lee said it.');
    expect(words(first)).toEqual([
      ['Lee', 'lee', true, 0, 3],
      ['said', 'said', false, 4, 8],
      ['the', 'the', false, 9, 12],
      ['plan', 'plan', false, 13, 17],
      ['was', 'was', false, 18, 21],
      ['late', 'late', false, 22, 26],
      ['.', '.', false, 26, 27],
    ]);
    expect(words(again)).toEqual([
      ['Then', 'then', true, 0, 4],
      ['Lee', 'lee', true, 5, 8],
      ['said', 'said', false, 9, 13],
      ['it', 'it', false, 14, 16],
      ['.', '.', false, 16, 17],
    ]);
  });

  it('keeps words of the same length and letters in another case or order apart', () => {
    expect(words(tokensOf('Said said SAID dias'))).toEqual([
      ['Said', 'said', true, 0, 4],
      ['said', 'said', false, 5, 9],
      ['SAID', 'said', true, 10, 14],
      ['dias', 'dias', false, 15, 19],
    ]);
    // Read a second time, from the table: the same tokens.
    expect(words(tokensOf('dias SAID said Said'))).toEqual([
      ['dias', 'dias', false, 0, 4],
      ['SAID', 'said', true, 5, 9],
      ['said', 'said', false, 10, 14],
      ['Said', 'said', true, 15, 19],
    ]);
  });

  it('splits a possessive or a contraction the same way each time it is read', () => {
    for (let round = 0; round < 2; round++) {
      expect(words(tokensOf('Facebook’s chief said He’s out'))).toEqual([
        ['Facebook', 'facebook', true, 0, 8],
        ['’s', "'s", false, 8, 10],
        ['chief', 'chief', false, 11, 16],
        ['said', 'said', false, 17, 21],
        ['He', 'he', true, 22, 24],
        ['’s', 'is', false, 24, 26],
        ['out', 'out', false, 27, 30],
      ]);
    }
  });

  it('reads a word inside a range of the paragraph by its offsets in the paragraph', () => {
    const paragraph = 'Ann Lee spoke. Ann Lee said so.';
    expect(words(tokensOf(paragraph, 15))).toEqual([
      ['Ann', 'ann', true, 15, 18],
      ['Lee', 'lee', true, 19, 22],
      ['said', 'said', false, 23, 27],
      ['so', 'so', false, 28, 30],
      ['.', '.', false, 30, 31],
    ]);
  });

  it('gives each reading tokens of its own, so a caller that changes one changes no other reading', () => {
    const first = tokensOf('Ann Lee said');
    first[0]!.lower = 'changed';
    expect(tokensOf('Ann Lee said')[0]!.lower).toBe('ann');
  });

  it('keeps a dot that belongs to the word, and leaves the full stop after a long word', () => {
    for (let round = 0; round < 2; round++) {
      expect(words(tokensOf('Mr. Lee met Reyes.'))).toEqual([
        ['Mr.', 'mr', true, 0, 3],
        ['Lee', 'lee', true, 4, 7],
        ['met', 'met', false, 8, 11],
        ['Reyes', 'reyes', true, 12, 17],
        ['.', '.', false, 17, 18],
      ]);
    }
  });

  it('reads every word right after more distinct words than the table holds', () => {
    const many = Array.from({ length: 40_000 }, (_, k) => `Word${k}`).join(' ');
    const tokens = tokensOf(many);
    expect(tokens).toHaveLength(40_000);
    expect(words(tokens.slice(-1))).toEqual([['Word39999', 'word39999', true, many.length - 9, many.length]]);
    expect(words(tokensOf('Word0 Word16384 Word39999'))).toEqual([
      ['Word0', 'word0', true, 0, 5],
      ['Word16384', 'word16384', true, 6, 15],
      ['Word39999', 'word39999', true, 16, 25],
    ]);
  });

  it('reads words in ASCII and beyond it alike in a paragraph with curly quotes', () => {
    for (let round = 0; round < 2; round++) {
      const paragraph = '“Done,” Émilie Roux told Lee’s aide.';
      expect(words(tokenise(paragraph, 0, paragraph.length, [{ start: 0, end: 7, index: 0 }]))).toEqual([
        ['“Done,”', '', false, 0, 7],
        ['Émilie', 'émilie', true, 8, 14],
        ['Roux', 'roux', true, 15, 19],
        ['told', 'told', false, 20, 24],
        ['Lee', 'lee', true, 25, 28],
        ['’s', "'s", false, 28, 30],
        ['aide', 'aide', false, 31, 35],
        ['.', '.', false, 35, 36],
      ]);
    }
  });
});
