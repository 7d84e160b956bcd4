import { describe, expect, it } from 'vitest';
import { tokenise } from '../../../src/core/quotes/attribution-tokens.js';
import { nameRuns } from '../../../src/core/quotes/attribution/name-runs.js';

const tokensOf = (text: string) => tokenise(text, 0, text.length, []);

describe('nameRuns', () => {
  it('leaves out runs in capitals, beyond ASCII as within it', () => {
    const runs = (s: string) => nameRuns(tokensOf(s)).map((r) => r.phrase.text);
    expect(runs('A statement from the ÉLYSÉE PALACE was read by Émilie Roux on Monday.')).toEqual(['Émilie Roux']);
    expect(runs('A statement from the ELYSEE PALACE was read by Emilie Roux on Monday.')).toEqual(['Emilie Roux']);
    expect(runs('A statement from the Élysée Palace was read by Émilie Roux on Monday.')).toEqual(['Élysée Palace', 'Émilie Roux']);
  });
});
