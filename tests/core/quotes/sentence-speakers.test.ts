/**
 * Whose cue in its own sentence a quote takes (issue 12, the training split's wrong sentence
 * speakers), one language pattern a test. Made-up people and text.
 */
import { describe, expect, it } from 'vitest';
import { speakers } from './speakers-of.js';

describe('a participle after another cue and its speaker', () => {
  it('goes on with that cue’s speaker, not the subject of the reported clause', () => {
    expect(speakers(['The council will vote next week, Orla Menzies said, adding, “They need to sit down first.”'])).toEqual([
      ['They need to sit down first.', 'Orla Menzies'],
    ]);
  });

  it('after the cue’s name ("said X, noting")', () => {
    expect(speakers(['The depot closes in May, said Anselm Greer, noting that drivers feel “we were never asked.”'])).toEqual([
      ['we were never asked.', 'Anselm Greer'],
    ]);
  });

  it('not past a clause of what was said: the participle there is the subject’s', () => {
    expect(speakers(['Orla Menzies said the mayor calmed the room, telling the crowd, “We will get through this.”'])).toEqual([
      ['We will get through this.', 'Orla Menzies'],
    ]);
  });
});
