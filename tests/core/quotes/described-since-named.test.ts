/**
 * A description that stands for someone new since the last named one, and names that are no one the
 * story is about (issue 12). Made-up people and text.
 */
import { describe, expect, it } from 'vitest';
import { speakers } from './speakers-of.js';

describe('"the woman", "the group" after a description made someone new the subject', () => {
  it('"the woman" is the customer described after the named woman, not her', () => {
    expect(
      speakers([
        'Maria Holt runs the corner shop.',
        'Outside the launderette, an elderly customer was upset by the rumours she had heard all week. “I lock my door now,” said the woman, who gave no name.',
      ]),
    ).toEqual([['I lock my door now', 'the woman']]);
  });

  it('a person described by a post does not make "the woman" someone new', () => {
    expect(speakers(['Maria Holt was stopped on the bridge.', 'The officer asked for her licence. “I was terrified,” the woman said.'])).toEqual([['I was terrified', 'Maria Holt']]);
  });

  it('"the group" is the lobby group described after the named company, not the company', () => {
    expect(speakers(['Norcare said it would leave the market next year.', 'On Thursday, a lobby group for the small insurers set out its worries. “The market is broken,” the group wrote.'])).toEqual([
      ['The market is broken', 'the group'],
    ]);
  });

  it('"the group" is the crowd, not a hall named after it in its sentence', () => {
    expect(
      speakers(['Hundreds of cyclists rode through Eastbrook on Sunday.', 'Ringing their bells, the crowd gathered at the harbour before a ride to Kell Hall.', '“Safe lanes now!” the group chanted from the square.']),
    ).toEqual([['Safe lanes now!', 'the group']]);
  });

  it('"The company said" is the company named before, and so is the next "the company"', () => {
    expect(speakers(['Acme announced the merger on Monday. The company said profits would rise. “We are thrilled,” the company added.'])).toEqual([['We are thrilled', 'Acme']]);
  });
});

describe('a photo credit names no one the story is about', () => {
  it('"the 29-year-old" after a credit line is not the photographer', () => {
    expect(
      speakers(['A singer has posted a clip of herself reading the weather forecast as an opera aria.', 'Tomas Reyes via Getty Images.', '“Who says forecasts are dull?” the 29-year-old wrote under the clip.']),
    ).toEqual([['Who says forecasts are dull?', 'the 29-year-old']]);
  });

  it('a credit with a slash ("Ivo Marsh / Reuters.") is no antecedent of "he"', () => {
    expect(speakers(['Ivo Marsh / Reuters.', '“We will rebuild,” he said.'])).toEqual([]);
  });
});
