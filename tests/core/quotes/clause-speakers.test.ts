import { describe, expect, it } from 'vitest';
import { speakers } from './speakers-of.js';

describe('a quote’s own cue, not a speaker from another clause or sentence (5 Dec 2026, fifth session)', () => {
  it('reads a description of two lower-case words without a determiner after the quote, not the previous paragraph’s speaker', () => {
    expect(
      speakers([
        'The hearing opened on Monday. “We will appeal,” Ann Lee said.',
        '“The harm done to the town is great,” county prosecutors wrote in seeking a longer term.',
      ]),
    ).toEqual([
      ['We will appeal', 'Ann Lee'],
      ['The harm done to the town is great', 'county prosecutors'],
    ]);
  });
});

describe('a numeral after “the” is who writes, not a determiner (5 Dec 2026, fifth session)', () => {
  it('credits “the two write” after the quote, not the previous paragraph’s speaker', () => {
    expect(
      speakers([
        'Two councillors, Ann Lee and Bo Reyes, wrote to the mayor on Friday. “The vote was rushed,” said Cy Park, who chairs the board.',
        '“You have picked a new rule out of thin air,” the two write.',
      ]),
    ).toEqual([
      ['The vote was rushed', 'Cy Park'],
      ['You have picked a new rule out of thin air', 'the two'],
    ]);
  });
});
