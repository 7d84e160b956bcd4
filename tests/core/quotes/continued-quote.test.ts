import { describe, expect, it } from 'vitest';
import { speakers } from './speakers-of.js';

// Issue 12: a quote standing alone after an attributed one, with a new speaker's reported clause next.
describe('a quote sentence ended by a full stop, then someone else’s reported words', () => {
  it('continues the previous speaker: the next sentence reports a clause of its own', () => {
    expect(speakers(['“It is a mess,” Ada Quist said. “Nobody knows what happens next.” Tom Bellamy said the talks could resume.'])).toEqual([
      ['It is a mess', 'Ada Quist'],
      ['Nobody knows what happens next.', 'Ada Quist'],
    ]);
  });

  it('still takes an attribution with no clause of its own, or with a listener, after the full stop', () => {
    expect(speakers(['“You will pay.” Tom Bellamy said on Monday.'])).toEqual([['You will pay.', 'Tom Bellamy']]);
    expect(speakers(['“You will pay.” Tom Bellamy told the court.'])).toEqual([['You will pay.', 'Tom Bellamy']]);
    expect(speakers(['“You will pay.” said the judge.'])).toEqual([['You will pay.', 'the judge']]);
  });
});
