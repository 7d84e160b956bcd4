import { describe, expect, it } from 'vitest';
import { describeKeywords, passesKeywords } from '../../src/schedule/keyword-filter.js';

describe('keyword filters of subscriptions', () => {
  it('match whole words and phrases, ignoring case, accents and punctuation', () => {
    const eu = { include: ['EU'] };
    expect(passesKeywords(eu, "The EU's plan was adopted.")).toBe(true);
    expect(passesKeywords(eu, 'Europe adopted a plan.')).toBe(false);
    expect(passesKeywords({ include: ['data protection'] }, 'New data-protection rules')).toBe(true);
    expect(passesKeywords({ include: ['Zurich'] }, 'A ruling in Zürich')).toBe(true);
  });

  it('pass with any include word and no exclude word; no filter passes everything', () => {
    const filter = { include: ['privacy', 'fine'], exclude: ['rumour'] };
    expect(passesKeywords(filter, 'A fine was imposed')).toBe(true);
    expect(passesKeywords(filter, 'A rumour of a privacy fine')).toBe(false);
    expect(passesKeywords(filter, 'Flights cancelled')).toBe(false);
    expect(passesKeywords({ exclude: ['rumour'] }, 'Flights cancelled')).toBe(true);
    expect(passesKeywords(undefined, 'anything')).toBe(true);
    expect(describeKeywords(filter)).toBe('include "privacy", "fine"; exclude "rumour"');
  });
});
