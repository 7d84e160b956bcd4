import { describe, expect, it } from 'vitest';
import { speakers } from './speakers-of.js';

describe('a relative clause after the subject holds no subject of its own for later pronouns', () => {
  it('keeps "he" on the named singer after "The singer, whose band the Crowns sold …, spent …"', () => {
    expect(
      speakers([
        'Now 72, Denny Marl is back on the road.',
        '‘I’m doin’ it because I’m not dead,’ Marl told the Gazette.',
        'The singer, whose band the Hollow Kings sold 12 million records in the 1970s, spent the last decade caring for his wife.',
        '‘She was the one who told me to go back out there,’ he said.',
      ]),
    ).toEqual([
      ['I’m doin’ it because I’m not dead', 'Denny Marl'],
      ['She was the one who told me to go back out there', 'Denny Marl'],
    ]);
  });

  it('still gives a quote inside the relative clause to the clause’s own subject', () => {
    expect(speakers(['The plan, which Gov. Ada Whitcomb unveiled last month and has called “a once-in-a-lifetime chance to fix the roads,” would raise the fuel tax.'])).toEqual([
      ['a once-in-a-lifetime chance to fix the roads', 'Ada Whitcomb'],
    ]);
  });
});
