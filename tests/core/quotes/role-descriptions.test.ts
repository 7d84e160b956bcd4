import { describe, expect, it } from 'vitest';
import { speakers } from './speakers-of.js';

describe('a description in place of a name ("the senator said")', () => {
  it('stands for the person its paragraph, or the one before, is about when nobody was given the role', () => {
    expect(
      speakers([
        'Ana Voss spent the morning in Kelby, touring the harbour works.',
        '“We will finish the pier by May,” the senator said.',
      ]),
    ).toEqual([['We will finish the pier by May', 'Ana Voss']]);
    // At the start of a sentence, capital and all.
    expect(speakers(['Ana Voss spent the morning in Kelby.', 'The senator said the pier “will be finished by May.”'])).toEqual([['will be finished by May.', 'Ana Voss']]);
  });

  it('keeps a gendered role to a person of that gender, and stays a description further away', () => {
    expect(
      speakers([
        'Tom Reyes toured the harbour works with the council.',
        '“The pier is late,” the congresswoman said.',
      ]),
    ).toEqual([['The pier is late', 'the congresswoman']]);
    expect(
      speakers([
        'Ana Voss toured the harbour works.',
        'The council met later.',
        'Rain fell all afternoon.',
        '“The pier is late,” the senator said.',
      ]),
    ).toEqual([['The pier is late', 'the senator']]);
  });

  it('leaves generic people and possessives as descriptions', () => {
    expect(
      speakers([
        'Ana Voss toured the harbour works.',
        '“The pier is late,” the official said. “We know,” the senator’s aide said.',
      ]),
    ).toEqual([
      ['The pier is late', 'the official'],
      ['We know', 'the senator’s aide'],
    ]);
  });

  it('reads a title and name after a candidacy word as the subject, and ends a description at an irregular past verb', () => {
    expect(
      speakers(['In line with most voters, Republican presidential hopeful Sen. Ana Voss was critical of the plan, telling reporters: “The plan is typical of this council.”']),
    ).toEqual([['The plan is typical of this council.', 'Ana Voss']]);
    expect(
      speakers(['Ana Voss has swapped rallies for a town hall.', 'The billionaire businessman began by talking about the harbour, saying that parking is now “cheaper than getting candy.”']),
    ).toEqual([['cheaper than getting candy.', 'The billionaire businessman']]);
  });
});
