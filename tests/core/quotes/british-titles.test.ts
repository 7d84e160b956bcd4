import { describe, expect, it } from 'vitest';
import { speakersWithRoles as speakers } from './speakers-of.js';

// Issue 12, names as people write them: British posts, ranks and clubs, found by probing made-up sentences.
describe('a post and where it is held, capitalised between commas', () => {
  it('reads it as the role of the name before it, never as the speaker', () => {
    expect(speakers('Ada Quist, MP for Ashby North, said: “This bill is flawed.”')).toEqual([{ name: 'Ada Quist', role: 'MP for Ashby North' }]);
    expect(speakers('Ada Quist, Mayor of Ashby, said: “This bill is flawed.”')).toEqual([{ name: 'Ada Quist', role: 'Mayor of Ashby' }]);
    expect(speakers('Tom Bellamy, Chief Executive of Kessel Bank, said: “Rates will rise.”')).toEqual([{ name: 'Tom Bellamy', role: 'Chief Executive of Kessel Bank' }]);
    expect(speakers('Ada Quist, Member of Parliament for Ashby, said: “This bill is flawed.”')).toEqual([{ name: 'Ada Quist', role: 'Member of Parliament for Ashby' }]);
  });

  it('still reads a name between commas after a description as the speaker', () => {
    expect(speakers('The bank’s chief executive, Tom Bellamy, said: “Rates will rise.”')).toEqual([{ name: 'Tom Bellamy', role: 'bank’s chief executive' }]);
  });
});

describe('British styles before a name', () => {
  it('are no part of the name', () => {
    expect(speakers('Cllr Tom Bellamy said: “The council has failed.”')).toEqual([{ name: 'Tom Bellamy' }]);
    expect(speakers('DCI Ada Quist said: “This was a targeted attack.”')).toEqual([{ name: 'Ada Quist' }]);
  });

  it('leave a surname of the same spelling and a company alone', () => {
    expect(speakers('Editor Tom Baron said: “We stand by the story.”')).toEqual([{ name: 'Tom Baron', role: 'Editor' }]);
    expect(speakers('PC World said: “Sales are up.”')).toEqual([{ name: 'PC World' }]);
  });
});

describe('a body whose name opens with a word for a kind of place', () => {
  it('is the whole name', () => {
    expect(speakers('Harbour Rovers said in a statement: “We are devastated.”')).toEqual([{ name: 'Harbour Rovers' }]);
    expect(speakers('In a statement, Harbour Rovers said: “We are devastated.”')).toEqual([{ name: 'Harbour Rovers' }]);
  });

  it('still ends a paper’s name before its reporter’s', () => {
    expect(speakers('The Ashby Courier Bellamy said: “The figures were leaked.”')).toEqual([{ name: 'Bellamy' }]);
  });
});
