import { describe, expect, it } from 'vitest';
import { resolveDescription } from '../../eval/lib/description-sources.js';
import { isNamed } from '../../eval/lib/polnear-gold.js';

const at = (text: string, needle: string, from = 0) => text.indexOf(needle, from);

describe('gold description Sources: a bare surname and capitalised modifiers', () => {
  it('reads the apposition right after a bare surname ("Brand, a senator since 2010,") as that person’s role', () => {
    const text = 'Tom Brand arrived in Kessel on Monday.\n\nAna Lee met Brand, a senator since 2010, at the station.\n\n"We agreed on nothing," the senator said.';
    expect(resolveDescription(text, 'the senator', at(text, 'the senator'), []).source).toBe('Tom Brand');
  });

  it('does not read a role further along the sentence as the bare surname’s apposition', () => {
    const text = 'Tom Brand arrived in Kessel on Monday.\n\nAna Lee met Brand at the station, a senator waved.\n\n"We agreed on nothing," the senator said.';
    expect(resolveDescription(text, 'the senator', at(text, 'the senator'), []).source).toBe('Ana Lee');
  });

  it('takes a definite description with a capitalised place or party before a lower-case head for no name', () => {
    expect(isNamed('the Norland senator')).toBe(false);
    expect(isNamed('The New Kessel businessman')).toBe(false);
    expect(isNamed('the Unionist presidential candidate')).toBe(false);
    // A name ends in a capitalised word; a possessive before it names its owner.
    expect(isNamed('the Kessel Ledger')).toBe(true);
    // A head word that is a role in lower case is a name when capitalised ("Star" of a newspaper).
    expect(isNamed('the Norland Star')).toBe(true);
    expect(isNamed('The Ledger’s Ana Voss')).toBe(true);
    expect(isNamed('Ana Voss')).toBe(true);
    // Not definite: left as before.
    expect(isNamed('Kessel officials')).toBe(true);
  });
});
