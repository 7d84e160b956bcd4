import { describe, expect, it } from 'vitest';
import { speakers } from './speakers-of.js';

describe('a question in quotes that goes on from a quote with a cue (issue 12, seventh session)', () => {
  it('"‘…,’ he said. ‘…?’": the speaker carries on with a rhetorical question; the "he" is still the paragraph’s subject, not a critic quoted before', () => {
    expect(
      speakers(
        [
          'Now, at 68, Hollis Brack is touring again.',
          'Critic Orrin Fell wrote in his column that the tour was ‘a museum on wheels’.',
          'Asked about the column, Brack grinned. ‘Orrin has hated me since 1982,’ he said. ‘I’m still standing. Where will he be in thirty years?’',
        ],
        'Singer Hollis Brack on his new tour',
      ),
    ).toEqual([
      ['a museum on wheels', 'Orrin Fell'],
      ['Orrin has hated me since 1982', 'Hollis Brack'],
      ['I’m still standing. Where will he be in thirty years?', 'Hollis Brack'],
    ]);
  });

  it('the question is his own, so the "he" of the next paragraph is still him', () => {
    expect(
      speakers([
        'Hollis Brack, 61, has a new album out.',
        'Critic Orrin Fell called it ‘tired’.',
        'Brack shrugged. ‘Orrin says that every year,’ he said. ‘Who reads him?’',
        '‘I make records for the fans,’ he added.',
      ]),
    ).toEqual([
      ['tired', 'Orrin Fell'],
      ['Orrin says that every year', 'Hollis Brack'],
      ['Who reads him?', 'Hollis Brack'],
      ['I make records for the fans', 'Hollis Brack'],
    ]);
  });

  it('a question with no cue after a sentence without one is still put by the paragraph’s subject (the rule it narrows)', () => {
    expect(
      speakers([
        'Minister Edwin Sallow spoke to presenter Nia Corrow.',
        '‘Nobody made the nurses leave,’ Sallow said.',
        'Corrow pushed back. ‘Minister, isn’t that the real problem?’',
        '‘I will not second-guess the hospitals,’ he said.',
      ]),
    ).toEqual([
      ['Nobody made the nurses leave', 'Edwin Sallow'],
      ['Minister, isn’t that the real problem?', 'Nia Corrow'],
      ['I will not second-guess the hospitals', 'Edwin Sallow'],
    ]);
  });
});
