import { describe, expect, it } from 'vitest';
import { speakers, speakersWithRoles } from './speakers-of.js';

// Issue 12: shapes found by probing made-up sentences in the eleventh session.
describe('people “familiar with” or “close to” something, before the cue', () => {
  it('speak, with what qualifies them, never the thing they are familiar with', () => {
    expect(speakers(['“No,” people familiar with the talks said.'])).toEqual([['No', 'people familiar with the talks']]);
    expect(speakers(['“No,” two people familiar with the talks said.'])).toEqual([['No', 'two people familiar with the talks']]);
    expect(speakers(['“No,” two sources close to the bank said.'])).toEqual([['No', 'two sources close to the bank']]);
    expect(speakers(['Two people familiar with the matter said the deal was “dead.”'])).toEqual([['dead.', 'Two people familiar with the matter']]);
  });
});

describe('people qualified by where they work, before the cue', () => {
  it('speak with the qualifier, never the body they work at', () => {
    expect(speakers(['“We see downside risk,” analysts at Kessel Securities wrote in a note.'])).toEqual([['We see downside risk', 'analysts at Kessel Securities']]);
    expect(speakers(['Analysts at Kessel Securities wrote in a note to clients: “We see downside risk.”'])).toEqual([['We see downside risk.', 'Analysts at Kessel Securities']]);
    expect(speakers(['“It is a mess,” two officials at the ministry said.'])).toEqual([['It is a mess', 'two officials at the ministry']]);
  });
});

describe('a role dated by “since”', () => {
  it('is the post alone', () => {
    expect(speakersWithRoles('Ada Quist, Kessel Bank’s chief executive since 2019, said: “We remain confident.”')).toEqual([{ name: 'Ada Quist', role: 'Kessel Bank’s chief executive' }]);
    expect(speakersWithRoles('Ada Quist, the mayor since last May, said: “We remain confident.”')).toEqual([{ name: 'Ada Quist', role: 'mayor' }]);
  });
});

describe('a place’s or body’s post after the cue with no name after it', () => {
  it('is a description of its holder, not the place', () => {
    expect(speakers(['“I will not resign,” says Ashby mayor.'])).toEqual([['I will not resign', 'Ashby mayor']]);
  });

  it('in a headline, is the holder the story names', () => {
    expect(speakers(['Ada Quist, the mayor of Ashby, faced calls to quit on Monday.', '“I will not resign,” she said.'], '‘I will not resign’, says Ashby mayor')).toEqual([
      ['I will not resign', 'Ada Quist'],
      ['I will not resign', 'Ada Quist'],
    ]);
  });
});
