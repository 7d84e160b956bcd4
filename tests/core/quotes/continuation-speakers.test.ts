import { describe, expect, it } from 'vitest';
import { speakers } from './speakers-of.js';

describe('words a speaker says she and others said, quoted inside her quotation (5 Dec 2026, third session)', () => {
  it('gives a nested line after "me and my son just said" in a quotation over paragraphs to its speaker, not to the cue’s subject', () => {
    expect(
      speakers([
        'The storm hit the valley on Tuesday.',
        'Ola Brandt, 40, said: ‘The roof lifted off the barn and me and my son just said ‘run’ and we did.',
        '‘We were like ‘what now?’ for a week.',
        '‘It was over in a minute.’',
      ]),
    ).toEqual([
      ['The roof lifted off the barn and me and my son just said ‘run’ and we did.', 'Ola Brandt'],
      ['run', 'Ola Brandt'],
      ['We were like ‘what now?’ for a week.', 'Ola Brandt'],
      ['what now?', 'Ola Brandt'],
      ['It was over in a minute.', 'Ola Brandt'],
    ]);
  });

  it('keeps a one-word line after a first-person cue that the passage reading takes for a scare quote', () => {
    expect(speakers(['The storm hit the valley on Tuesday.', 'Ola Brandt, 40, said: ‘He lifted the gate.', '‘Me and my son just said ‘really?’ and he went to fetch the net.', '‘It was over in a minute.’'])).toEqual([
      ['He lifted the gate.', 'Ola Brandt'],
      ['Me and my son just said ‘really?’ and he went to fetch the net.', 'Ola Brandt'],
      ['really?', 'Ola Brandt'],
      ['It was over in a minute.', 'Ola Brandt'],
    ]);
  });

  it('leaves a line inside a one-paragraph quote, or one someone else says, as part of the quote', () => {
    expect(speakers(['The storm hit the valley on Tuesday.', '"I saw the roof lift off and I said, \'Get inside,\' " Ola Brandt told reporters.', '"People tell me, \'You were lucky,\' and they are right," she said.'])).toEqual([
      ["I saw the roof lift off and I said, 'Get inside,'", 'Ola Brandt'],
      ["People tell me, 'You were lucky,' and they are right", 'Ola Brandt'],
    ]);
  });

  it('continues the previous speaker in a quotation over paragraphs that opens after a glued photo caption, not the caption’s subject', () => {
    expect(
      speakers([
        'The boy tried the trick at the park on Sunday.',
        'His mother Ola Brandt, 40, said: ‘He lifted the gate and ran.',
        '‘It was over in a minute.’',
        'Tomas Reyes kicked the ball over the wall on the first try The nine-year-old celebrates at the park with his friends ‘Me and my son just said ‘wow’ and he ran to fetch it.',
        '‘He is a natural.’',
      ]),
    ).toEqual([
      ['He lifted the gate and ran.', 'Ola Brandt'],
      ['It was over in a minute.', 'Ola Brandt'],
      ['Me and my son just said ‘wow’ and he ran to fetch it.', 'Ola Brandt'],
      ['wow', 'Ola Brandt'],
      ['He is a natural.', 'Ola Brandt'],
    ]);
  });
});
