import { describe, expect, it } from 'vitest';
import { speakers } from './speakers-of.js';

describe('a single word judged "as" by the subject is their word', () => {
  it('"Ivo Marsh heralded the harbour deal as a “breakthrough”": Ivo Marsh’s', () => {
    expect(speakers(['Ivo Marsh heralded the harbour deal as a “breakthrough” on Monday.'])).toEqual([['breakthrough', 'Ivo Marsh']]);
  });

  it('"defended her remarks as being “sarcastic”": after "as being"', () => {
    expect(speakers(['Ana Ruiz later defended her remarks as being “sarcastic” in a long post.'])).toEqual([['sarcastic', 'Ana Ruiz']]);
  });

  it('a single word after "as" with no verb of judging stays a scare quote', () => {
    expect(speakers(['Ana Ruiz walked in as the “favourite” of the party.'])).toEqual([]);
  });
});
