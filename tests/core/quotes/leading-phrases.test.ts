import { describe, expect, it } from 'vitest';
import { speakers } from './speakers-of.js';

// Issue 12: a sentence opened by a preposition has a phrase with no verb before its first comma.
describe('a noun-or-verb word in a leading prepositional phrase', () => {
  it('is the noun: the phrase’s name is no speaker', () => {
    expect(speakers(['Amid Harbour Union calls for a strike, a senior shop steward said the mood had turned, adding, “We are done waiting.”'])).toEqual([
      ['We are done waiting.', 'a senior shop steward'],
    ]);
  });

  it('is still the verb after a pronoun subject, or right before its comma', () => {
    expect(speakers(['Kessel Bank sent an email to savers.', 'At the bottom it reads, “P.S. Vote early.”'])).toEqual([['P.S. Vote early.', 'Kessel Bank']]);
  });
});

describe('a capitalised word opening a leading phrase before a name', () => {
  it('is no part of the name, and alone it may be a surname', () => {
    expect(speakers(['“It was news to me,” Early said.'])).toEqual([['It was news to me', 'Early']]);
  });
});
