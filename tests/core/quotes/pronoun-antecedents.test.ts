import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/quotes/quotes.js';

/** [quote, speaker] of a made-up article. */
function speakers(paragraphs: string[], title = 'A headline for the test'): Array<[string, string]> {
  return extractQuotes({ id: 'test', title, paragraphs }).quotes.map((q) => [q.text, q.speaker.name]);
}

describe('pronoun antecedents: who a "he" or "she" can be', () => {
  it('a capitalised run known only by this pronoun gives way to a person the paragraph before showed to fit', () => {
    expect(
      speakers([
        '“Nobody else works this way,” Ms. Okonkwo said.',
        'Other ports split the work. But even now, Port Selwyn routes every contract through the harbour board. Its job is “mostly paperwork,” she said.',
      ]),
    ).toEqual([
      ['Nobody else works this way', 'Okonkwo'],
      ['mostly paperwork', 'Okonkwo'],
    ]);
  });

  it('a name nobody else fits stays the antecedent, confirmed by the pronoun', () => {
    expect(
      speakers([
        '“Fares must fall,” says Greta Moll, 34, a nurse from Ashby.',
        'Tarik Osei, 19, from Wexley County, disagrees. “They are fair,” he says.',
      ]),
    ).toEqual([
      ['Fares must fall', 'Greta Moll'],
      ['They are fair', 'Tarik Osei'],
    ]);
  });

  it('"X said the plan she …": the pronoun votes for the speaker of its own sentence, not an earlier subject', () => {
    expect(
      speakers([
        'Port Selwyn is short of cash, and Ms. Okonkwo said the steps she had taken were working.',
        'Port Selwyn borrowed again in May. “We had no choice,” she said.',
      ]),
    ).toEqual([['We had no choice', 'Okonkwo']]);
  });
});
