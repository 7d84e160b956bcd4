import { describe, expect, it } from 'vitest';
import { speakers, speakersWithRoles } from './speakers-of.js';

// Issue 12: shapes of wire, celebrity, royalty and broadcast copy found by probing made-up sentences.
describe('an outlet that “quoted X as saying”', () => {
  it('passes on X’s words: X speaks, not the outlet', () => {
    expect(speakers(['“The talks were frank,” the state news agency quoted Tom Bellamy as saying.'])).toEqual([['The talks were frank', 'Tom Bellamy']]);
    expect(speakers(['The state news agency quoted Tom Bellamy as saying: “The talks were frank.”'])).toEqual([['The talks were frank.', 'Tom Bellamy']]);
    expect(speakers(['Kessel Radio quoted Ada Quist as saying the talks were “frank.”'])).toEqual([['frank.', 'Ada Quist']]);
    expect(speakers(['“The talks were frank,” the agency quoted the minister as saying.'])).toEqual([['The talks were frank', 'the minister']]);
    expect(speakers(['Tom Bellamy flew to Ashby on Monday.', '“The talks were frank,” Kessel Radio quoted him as saying.'])).toEqual([['The talks were frank', 'Tom Bellamy']]);
  });

  it('when the outlet is no name, as before', () => {
    expect(speakers(['“The talks were frank,” state media quoted Tom Bellamy as saying.'])).toEqual([['The talks were frank', 'Tom Bellamy']]);
  });
});

describe('a capitalised post “of” a place or body with no name after it', () => {
  it('is the post’s holder, never the words after the title', () => {
    expect(speakers(['“Peace is possible,” the Archbishop of Ashby said.'])).toEqual([['Peace is possible', 'Archbishop of Ashby']]);
    expect(speakers(['The Archbishop of Ashby said: “Peace is possible.”'])).toEqual([['Peace is possible.', 'Archbishop of Ashby']]);
    expect(speakers(['“Peace is possible,” the Prince of Norland said.'])).toEqual([['Peace is possible', 'Prince of Norland']]);
    expect(speakers(['“I will not resign,” the Mayor of Ashby said.'])).toEqual([['I will not resign', 'Mayor of Ashby']]);
  });

  it('with a name after it, is the name’s role, as before', () => {
    expect(speakersWithRoles('“Peace is possible,” said the Archbishop of Ashby, Tom Bellamy.')).toEqual([{ name: 'Tom Bellamy', role: 'Archbishop of Ashby' }]);
  });
});

describe('a post “of” a place the story gave its holder before', () => {
  it('is that holder', () => {
    expect(speakers(['Ada Quist, the Mayor of Ashby, faced calls to quit on Monday.', '“I will not resign,” the Mayor of Ashby said.'])).toEqual([['I will not resign', 'Ada Quist']]);
  });
});

describe('“according to” a body, then a name that opens its own clause', () => {
  it('is the body’s account: the name is no apposition to it', () => {
    expect(speakersWithRoles('According to the ministry, Tom Bellamy is “unwell.”')).toEqual([{ name: 'the ministry' }]);
    expect(speakersWithRoles('According to a readout of the call, Tom Bellamy said: “We condemn it.”')).toEqual([{ name: 'Tom Bellamy' }]);
  });

  it('while a name closed off by commas is in apposition, as before', () => {
    expect(speakersWithRoles('“It was chaos,” said one voter, Ada Quist, 52.')).toEqual([{ name: 'Ada Quist', role: 'voter' }]);
  });
});

describe('a document “released by” someone after the cue', () => {
  it('speaks for whom it is by, as before the cue', () => {
    expect(speakers(['“We condemn it,” said a statement released by the ministry.'])).toEqual([['We condemn it', 'the ministry']]);
    expect(speakers(['“We condemn it,” read a statement issued by Kessel Bank.'])).toEqual([['We condemn it', 'Kessel Bank']]);
  });
});

describe('a short capitalised quote, then “the star” and a cue', () => {
  it('is the star’s words, not the name of a show the star is in', () => {
    expect(speakers(['“Thank you all,” the star said.'])).toEqual([['Thank you all', 'the star']]);
    expect(speakers(['“Thank you all,” the star, 29, wrote on Instagram.'])).toEqual([['Thank you all', 'the star']]);
    expect(speakers(['“We won,” the star striker said.'])).toEqual([['We won', 'the star striker']]);
  });

  it('while a show’s name before its star is still no one’s words', () => {
    expect(speakers(['“Salt Road” star Ona Vell told the crowd she would vote for Ivo Marsh.'])).toEqual([]);
    expect(speakers(['She joined a “Kell Forward” bus tour.'])).toEqual([]);
    expect(speakers(['Asked about his new project, “Salt Road,” the actor discussed the film.'])).toEqual([]);
  });
});
