import { describe, expect, it } from 'vitest';
import { speakers } from './speakers-of.js';

// Issue 12: court reports put what was said in a clause after "heard that" / "said that".
describe('a document’s participle inside a “that” clause', () => {
  it('is the words of the clause’s subject, who sent the document', () => {
    expect(speakers(['The court heard that Tom Bellamy had sent a message saying: ‘You will pay for this.’'])).toEqual([['You will pay for this.', 'Tom Bellamy']]);
    expect(speakers(['Prosecutors said that Tom Bellamy had sent a letter saying he would “make her pay.”'])).toEqual([['make her pay.', 'Tom Bellamy']]);
  });

  it('leaves a participle after a comma to the main subject', () => {
    expect(speakers(['Ada Quist said that Tom Bellamy had lied, adding: “He knew all along.”'])).toEqual([['He knew all along.', 'Ada Quist']]);
  });
});

describe('a possessive pronoun’s noun for what was said, before a colon', () => {
  it('is the words of the person the pronoun stands for', () => {
    expect(speakers(['Ada Quist was asked if she would run again. Her answer: “Never say never.”'])).toEqual([['Never say never.', 'Ada Quist']]);
    expect(speakers(['Tom Bellamy was asked about the fine.', 'His reply: “We will pay it.”'])).toEqual([['We will pay it.', 'Tom Bellamy']]);
  });
});

describe('two people named as the subject of one cue', () => {
  it('speak together', () => {
    expect(speakers(['Ada Quist and Tom Bellamy said in a joint statement: “We are delighted.”'])).toEqual([['We are delighted.', 'Ada Quist and Tom Bellamy']]);
    expect(speakers(['“We are delighted,” Ada Quist and Tom Bellamy said.'])).toEqual([['We are delighted', 'Ada Quist and Tom Bellamy']]);
  });

  it('not when the first is the object of a verb before', () => {
    expect(speakers(['The mayor met Ada Quist and Tom Bellamy said: “It went well.”'])).toEqual([['It went well.', 'Tom Bellamy']]);
  });
});
