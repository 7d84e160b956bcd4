import { describe, expect, it } from 'vitest';
import { isOrganisation, resolvePronoun } from '../../eval/lib/pronoun-sources.js';

/** Named Sources at the offsets of their first occurrence in `text`. */
const mentions = (text: string, ...names: string[]) => names.map((name) => ({ at: text.indexOf(name), text: name }));

describe('places, markets and watchdog sites are never a he or a she', () => {
  it('reads a place or body word ending a name without a known first name as no person', () => {
    expect(isOrganisation('Harrow Bay County')).toBe(true);
    expect(isOrganisation('Canal Street')).toBe(true);
    expect(isOrganisation('Open Ledger Watch')).toBe(true);
    // A known first name makes it a person whose surname is the word.
    expect(isOrganisation('Greta Street')).toBe(false);
    expect(isOrganisation('Hall')).toBe(false);
  });

  it('skips a watchdog site reporting between a speaker and his pronoun', () => {
    const text = 'Preacher Rails At Scouts\nPreacher Otto Brannick spoke on his show.\nBrannick, who leads a small church, attacked the scouts, Open Ledger Watch reported.\nHe then said that “they should be ashamed.”\n';
    const named = mentions(text, 'Open Ledger Watch');
    expect(resolvePronoun(text, 'He', text.indexOf('He then'), named)).toEqual({ source: 'Otto Brannick', resolved: true });
  });

  it('skips a county named before a woman introduced by her role', () => {
    const text = 'Flood aid stalls\nCases rose in Harrow Bay County, officials said.\nHe was joined by Wrenna Tolliver, president of the tenants group. She said the county “has done nothing.”\n';
    const named = mentions(text, 'Harrow Bay County');
    expect(resolvePronoun(text, 'She', text.indexOf('She said'), named)).toEqual({ source: 'Wrenna Tolliver', resolved: true });
  });
});

describe('headline fragments are no names', () => {
  it('does not take a headline’s capitalised word before a surname for a first name', () => {
    const text = 'Top Marrick aide sent the files\nMaren Marrick ran the office. Marrick said the files were safe.\nThe aide wrote to Marrick. “Send it,” she wrote.\n';
    const named = mentions(text, 'Maren Marrick');
    expect(resolvePronoun(text, 'she', text.indexOf('she wrote'), named)).toEqual({ source: 'Maren Marrick', resolved: true });
  });
});
