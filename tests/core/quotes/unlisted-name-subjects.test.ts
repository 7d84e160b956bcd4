import { describe, expect, it } from 'vitest';
import { speakers } from './speakers-of.js';

describe('a name of two words the lists do not know, first given as the subject of the quote\'s paragraph', () => {
  it('"Hollis Brack shrugged. ‘…,’ he said" is Brack, not a critic quoted in the paragraph before', () => {
    expect(
      speakers([
        'Music critic Tom Ash wrote that the album was thin, adding: “It sounds unfinished.”',
        'Hollis Brack shrugged. “I never read reviews,” he said.',
      ]),
    ).toEqual([
      ['It sounds unfinished.', 'Tom Ash'],
      ['I never read reviews', 'Hollis Brack'],
    ]);
  });

  it('a run the paragraph goes on to call "its" is a place: the speaker of the paragraph before says "she said"', () => {
    expect(
      speakers([
        '“The ferries lose money every winter,” Ms. Okonkwo said.',
        'Most harbours leave that to private firms. Yet Calder Fenn still books every crossing through its own office. The office is “a ticket desk with a budget,” she said.',
      ]),
    ).toEqual([
      ['The ferries lose money every winter', 'Okonkwo'],
      ['a ticket desk with a budget', 'Okonkwo'],
    ]);
  });

  it('a run the article named in an earlier paragraph is no newcomer: the speaker shown to fit keeps the pronoun', () => {
    expect(
      speakers([
        'Calder Fenn has run short of fuel again.',
        '“The ferries lose money every winter,” Ms. Okonkwo said.',
        'Calder Fenn rationed again in May. “We had no other option,” she said.',
      ]),
    ).toEqual([
      ['The ferries lose money every winter', 'Okonkwo'],
      ['We had no other option', 'Okonkwo'],
    ]);
  });

  it('a run the article gave before inside a longer name ("Calder Fenn Primary School") is a place: the speaker before keeps "he"', () => {
    expect(
      speakers([
        'Mr. Voss drove to the gym of Calder Fenn Primary School, where the parents had gathered.',
        '“I had never seen a room so quiet,” Mr. Voss said.',
        'For him, Calder Fenn was a turning point. “I knew then what the job was for,” he added.',
      ]),
    ).toEqual([
      ['I had never seen a room so quiet', 'Voss'],
      ['I knew then what the job was for', 'Voss'],
    ]);
  });
});
