import { describe, expect, it } from 'vitest';
import { descriptionHead, descriptionKind, resolveDescription } from '../../eval/lib/description-sources.js';
import { sameOrganisation } from '../../eval/description-check.js';

const at = (text: string, needle: string, from = 0) => text.indexOf(needle, from);

describe('gold description Sources resolved to whom the article named', () => {
  it('reads the head of a description and which descriptions it may resolve', () => {
    expect(descriptionHead('the former secretary of state')).toBe('secretary');
    expect(descriptionHead('The famously gruff senator')).toBe('senator');
    expect(descriptionKind('the senator')).toBe('person');
    expect(descriptionKind('the city council')).toBe('organisation');
    // Nobody named, a document, a possessive, a relative clause, an indefinite: left alone.
    expect(descriptionKind('the spokesman')).toBeUndefined();
    expect(descriptionKind('the statement')).toBeUndefined();
    expect(descriptionKind('the governor’s spokeswoman')).toBeUndefined();
    expect(descriptionKind('the man who built his career on it')).toBeUndefined();
    expect(descriptionKind('a senator')).toBeUndefined();
  });

  it('takes the person with the role as a title near the Source, and a role in an apposition', () => {
    const text = 'Sen. Ana Voss spoke first.\n\n"We will win," the senator said.\n\nTom Reyes, a retired surgeon, agreed.\n\n"It is done," the surgeon added.';
    const named = [{ at: at(text, 'Ana Voss'), text: 'Sen. Ana Voss' }];
    expect(resolveDescription(text, 'the senator', at(text, 'the senator'), named).source).toBe('Sen. Ana Voss');
    expect(resolveDescription(text, 'the surgeon', at(text, 'the surgeon'), named).source).toBe('Tom Reyes');
  });

  it('does not read "Vice President" as "the president", and prefers whom the paragraph is about to a role far back', () => {
    const text =
      'Vice President Ana Voss met the board.\n\nPresident Tom Reyes flew in.\n\nThe talks ran late.\n\nThe weather turned.\n\nReyes said the deal was close.\n\n"We are nearly there," the president said.';
    const named = [{ at: at(text, 'Reyes said'), text: 'Reyes' }];
    expect(resolveDescription(text, 'the president', at(text, 'the president'), named).source).toBe('Tom Reyes');
  });

  it('leaves a description it cannot tie to a named one as it is', () => {
    const text = 'The hearing opened.\n\n"Order," the judge said.';
    expect(resolveDescription(text, 'the judge', at(text, 'the judge'), [])).toEqual({ source: 'the judge', resolved: true, kind: 'person' });
  });

  it('resolves an organisation only to a named one whose name holds the kind', () => {
    const text = 'The Harbour City Council met.\n\nMarket Traders Group objected.\n\n"No," the council said. "Never," the group said. "Later," the union said.';
    const named = [
      { at: at(text, 'The Harbour'), text: 'The Harbour City Council' },
      { at: at(text, 'Market'), text: 'Market Traders Group' },
    ];
    expect(resolveDescription(text, 'the council', at(text, 'the council'), named).source).toBe('The Harbour City Council');
    // A body head ("the group") since the fifth session: the name holds it.
    expect(resolveDescription(text, 'the group', at(text, 'the group'), named).source).toBe('Market Traders Group');
    expect(resolveDescription(text, 'the union', at(text, 'the union'), named).source).toBe('the union');
    expect(sameOrganisation('The Harbour City Council', 'Harbour City Council')).toBe(true);
    expect(sameOrganisation('Market Traders Group', 'Harbour City Council')).toBe(false);
  });
});
