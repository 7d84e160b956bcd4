/** An indefinite description in apposition to a name stands for the name (issue 12). Made-up people and text. */
import { describe, expect, it } from 'vitest';
import { speakers } from './speakers-of.js';

describe('"X, a <person> who …": the description is X', () => {
  it('a surname the lists do not know ("Tranby, a Kell native who writes plays …")', () => {
    expect(speakers(['Tranby, a Kell native who writes plays on weekends (one of them is set in a bakery “where the bread bites back”), has cast himself as the town’s historian.'])).toEqual([
      ['where the bread bites back', 'Tranby'],
    ]);
  });

  it('a full name ("Ivo Tran, a retired pilot who writes songs, has told friends …")', () => {
    expect(speakers(['Ivo Tran met voters on Monday.', 'Ivo Tran, a retired pilot who writes songs, has told friends the race is “already over.”'])).toEqual([['already over.', 'Ivo Tran']]);
  });

  it('a place a leading phrase names is no one ("In Kell, a farmer told …")', () => {
    expect(speakers(['In Kell, a farmer told reporters that prices were “out of hand.”'])).toEqual([['out of hand.', 'a farmer']]);
  });
});
