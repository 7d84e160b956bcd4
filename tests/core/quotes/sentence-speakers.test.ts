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

describe('a name right after "said" with its own verb', () => {
  it('begins what was said: the speaker is the subject before the apposition', () => {
    expect(speakers(['Tad Ames, Rivers’ senior media adviser, said Republicans are engaged in “mischief” again.'])).toEqual([
      ['mischief', 'Tad Ames'],
    ]);
  });

  it('past "so far" or an adverb, after a relative clause', () => {
    expect(speakers(['Zeke Amos, an oncologist who advised the mayor on the overhaul, said Medicare so far has been a success “by any stretch.”'])).toEqual([
      ['by any stretch.', 'Zeke Amos'],
    ]);
  });

  it('a name with a title too, before a colon', () => {
    expect(speakers(['Ivo Slink, whose latest start-up sells maps, said Mr. Hale was a candidate in the spirit of the valley: “He is a start-up kind of guy.”'])).toEqual([
      ['He is a start-up kind of guy.', 'Ivo Slink'],
    ]);
  });

  it('while a name after "said" with no verb of its own still speaks', () => {
    expect(speakers(['“We are ready,” said Ann Lee, the chair of the board.'])).toEqual([['We are ready', 'Ann Lee']]);
  });
});
