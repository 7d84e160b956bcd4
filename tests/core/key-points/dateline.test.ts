import { describe, expect, it } from 'vitest';
import { selectKeyPoints, stripDateline, type DatedArticle } from '../../../src/core/key-points/key-points.js';

describe('a wire dateline of a city and any outlet’s initials is cut off the lead', () => {
  it('cuts "CITY (INITIALS) —" as it cuts "(INITIALS) —" and "CITY (Reuters) -"', () => {
    expect(stripDateline('MARLOW (NPA) — The river burst its banks overnight.')).toBe('The river burst its banks overnight.');
    expect(stripDateline('PORT ELLEN, ISLAY (CW) -- The ferry sailed late.')).toBe('The ferry sailed late.');
    expect(stripDateline('(MNN) — The ferry sailed late.')).toBe('The ferry sailed late.');
    // Initials in brackets after a sentence's own words are not a dateline.
    expect(stripDateline('The Eastern Bank (EB) — long a lender — closed.')).toBe('The Eastern Bank (EB) — long a lender — closed.');
  });

  it('cuts "CITY (Outlet Name) —": an outlet named in words after a city in capitals', () => {
    expect(stripDateline('LARKHILL (Sportsline) — Tormund beat Redby 2-1 on Saturday.')).toBe('Tormund beat Redby 2-1 on Saturday.');
    expect(stripDateline('NEW HAVEN, OSTLAND (Allied Press) — The jury found him guilty.')).toBe('The jury found him guilty.');
    // Without a city in capitals, words in brackets open the sentence itself.
    expect(stripDateline('Harbour Trust (Marlow) — a charity — closed.')).toBe('Harbour Trust (Marlow) — a charity — closed.');
  });

  it('cuts a dateline that carries the day: "CITY, Feb 10 (INITIALS) -", "CITY, 10 February (Outlet) —"', () => {
    expect(stripDateline('MARLOW, Feb 10 (NPA) - The river burst its banks overnight.')).toBe('The river burst its banks overnight.');
    expect(stripDateline('PORT ELLEN, Sept. 3 (CW) -- The ferry sailed late.')).toBe('The ferry sailed late.');
    expect(stripDateline('LARKHILL, 10 February (Sportsline) — Tormund beat Redby 2-1.')).toBe('Tormund beat Redby 2-1.');
    expect(stripDateline('Dunmore, March 11 (Reuters) - The mill closed.')).toBe('The mill closed.');
    expect(stripDateline('MARLOW, Sept. 16 — The river burst its banks overnight.')).toBe('The river burst its banks overnight.');
    expect(stripDateline('MARLOW — The river burst its banks overnight.')).toBe('The river burst its banks overnight.');
    // A sentence that opens with a date is no dateline.
    expect(stripDateline('On March 11 (a Tuesday) - the mill closed.')).toBe('On March 11 (a Tuesday) - the mill closed.');
  });

  it('never shows the dateline in a point', () => {
    const wire: DatedArticle = { id: 'wire', title: 'wire', published: '2026-03-03', paragraphs: ['MARLOW (NPA) — The river Marle burst its banks overnight, flooding 300 homes in the old town.', 'Firefighters used boats to reach people trapped on upper floors.'] };
    const local: DatedArticle = { id: 'local', title: 'local', published: '2026-03-03', paragraphs: ['The Marle flooded 300 homes in Marlow overnight after days of rain.', 'The council opened the sports hall to families who had to leave their homes.'] };
    expect(selectKeyPoints([wire, local], 2).map((p) => p.text)).toEqual([
      'The river Marle burst its banks overnight, flooding 300 homes in the old town.',
      // The local paper's "The Marle flooded 300 homes…" states the same fact (its figure and name): not a second point.
      'Firefighters used boats to reach people trapped on upper floors.',
    ]);
  });
});
