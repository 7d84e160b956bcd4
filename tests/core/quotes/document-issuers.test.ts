import { describe, expect, it } from 'vitest';
import { speakersWithRoles as speakers } from './speakers-of.js';

// Issue 12: documents quoted after the quotation.
describe('a statement from a body described, not named', () => {
  it('keeps the quote and credits the body', () => {
    expect(speakers('The manager left on Monday. “We are devastated,” read a statement from the club.')).toEqual([{ name: 'the club' }]);
    expect(speakers('Kessel Bank cut 200 jobs. “We regret the losses,” read a statement from the bank.')).toEqual([{ name: 'Kessel Bank' }]);
    expect(speakers('Ada Quist resigned on Monday. “It was time,” reads the letter from her lawyers.')).toEqual([{ name: 'her lawyers' }]);
  });

  it('reads a document after the quote as the speaker when it has no owner', () => {
    expect(speakers('The outage lasted four hours. “No data was lost,” read the statement.')).toEqual([{ name: 'the statement' }]);
  });
});
