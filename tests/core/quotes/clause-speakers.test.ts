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

describe('mixed quotation marks do not swallow the cue between two quotes (5 Dec 2026, fifth session)', () => {
  it('closes a straight-opened quote at a curly close when a new quotation opens after the cue', () => {
    expect(
      speakers([
        '“We send the cards out early,” said Ann Lee, the county chair.',
        'In Marlow, the fund is sending mailers to voters. "This is a long and costly process,” said Bo Reyes, a spokesman for the fund. "Some campaigns will struggle."',
      ]),
    ).toEqual([
      ['We send the cards out early', 'Ann Lee'],
      ['This is a long and costly process', 'Bo Reyes'],
      ['Some campaigns will struggle.', 'Bo Reyes'],
    ]);
  });

  it('closes a curly-opened quote at a straight close when a straight quotation opens after the cue', () => {
    expect(
      speakers([
        'Ann Lee toured the bridge on Monday. “It is safe,” said Tom Park, the engineer.',
        '“Our roads are crumbling," she said. "Our ports need work, and our rails do as well.”',
      ]),
    ).toEqual([
      ['It is safe', 'Tom Park'],
      ['Our roads are crumbling', 'Ann Lee'],
      ['Our ports need work, and our rails do as well.', 'Ann Lee'],
    ]);
  });
});
