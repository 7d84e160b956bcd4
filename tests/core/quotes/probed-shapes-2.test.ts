import { describe, expect, it } from 'vitest';
import { speakers } from './speakers-of.js';

// Issue 12: shapes found by probing made-up sentences in the eleventh session.
describe('people “familiar with” or “close to” something, before the cue', () => {
  it('speak, with what qualifies them, never the thing they are familiar with', () => {
    expect(speakers(['“No,” people familiar with the talks said.'])).toEqual([['No', 'people familiar with the talks']]);
    expect(speakers(['“No,” two people familiar with the talks said.'])).toEqual([['No', 'two people familiar with the talks']]);
    expect(speakers(['“No,” two sources close to the bank said.'])).toEqual([['No', 'two sources close to the bank']]);
    expect(speakers(['Two people familiar with the matter said the deal was “dead.”'])).toEqual([['dead.', 'Two people familiar with the matter']]);
  });
});
