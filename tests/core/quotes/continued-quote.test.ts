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

describe('“another” after one of a kind', () => {
  it('is someone else of that kind, in the same paragraph or the next', () => {
    expect(speakers(['One fan wrote: “Disgraceful.” Another added: “Never again.”'])).toEqual([
      ['Disgraceful.', 'One fan'],
      ['Never again.', 'Another fan'],
    ]);
    expect(speakers(['One fan wrote: “Disgraceful.”', 'Another added: “Never again.”'])).toEqual([
      ['Disgraceful.', 'One fan'],
      ['Never again.', 'Another fan'],
    ]);
    expect(speakers(['“Disgraceful,” one fan wrote. “Never again,” another added.'])).toEqual([
      ['Disgraceful', 'one fan'],
      ['Never again', 'another fan'],
    ]);
  });

  it('counts on: “a third”', () => {
    expect(speakers(['One neighbour said: “It was terrifying.” Another said: “We heard screams.” A third added: “Nobody slept.”'])).toEqual([
      ['It was terrifying.', 'One neighbour'],
      ['We heard screams.', 'Another neighbour'],
      ['Nobody slept.', 'A third neighbour'],
    ]);
  });

  it('is just “Another” after a named speaker', () => {
    expect(speakers(['Tom Bellamy said: “It was terrifying.” Another added: “We heard screams.”'])).toEqual([
      ['It was terrifying.', 'Tom Bellamy'],
      ['We heard screams.', 'Another'],
    ]);
  });
});
