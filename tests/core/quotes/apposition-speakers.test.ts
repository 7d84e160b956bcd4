import { describe, expect, it } from 'vitest';
import { speakers } from './speakers-of.js';

describe('role words and long appositions: who speaks', () => {
  it('after a cue, a body, lower-case role words ending in a role noun and a full name: the name speaks, whatever its first name', () => {
    expect(speakers(['“The fuss will fade,” said Harbour party boss Dorran Quelch, though he expected more rows.'])).toEqual([['The fuss will fade', 'Dorran Quelch']]);
    expect(speakers(['“Imagine the two of them on one stage,” mused Lantern co-host Zeb Thwaite.'])).toEqual([['Imagine the two of them on one stage', 'Zeb Thwaite']]);
  });

  it('after a cue, a body, a rank with an ordinal and a title before a name: the name speaks', () => {
    expect(speakers(['“I was hoping for someone else,” said Coast Guard 2nd Lt. Corin Wexley.'])).toEqual([['I was hoping for someone else', 'Corin Wexley']]);
  });
});
