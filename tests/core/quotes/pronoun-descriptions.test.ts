import { describe, expect, it } from 'vitest';
import { speakers } from './speakers-of.js';

describe('a pronoun with no named antecedent stands for the person a description introduced', () => {
  it('"The 44-year-old man was arrested … he told officers" is the man', () => {
    expect(speakers(['The 44-year-old man was arrested at the scene. “I did nothing wrong,” he told officers.'])).toEqual([['I did nothing wrong', 'The 44-year-old man']]);
  });

  it('a description in the paragraph before ("A local shopkeeper saw the crash." / "she said")', () => {
    expect(speakers(['A local shopkeeper saw the crash.', '“It was terrifying,” she said. “The car just flew.”'])).toEqual([
      ['It was terrifying', 'A local shopkeeper'],
      ['The car just flew.', 'A local shopkeeper'],
    ]);
  });

  it('the verb after the head is not part of the description ("The veteran keeper swam to …")', () => {
    expect(speakers(['The veteran keeper swam to the stranded boat. “Hold on to the rope,” he told the crew.'])).toEqual([['Hold on to the rope', 'The veteran keeper']]);
  });

  it('an age alone is a person ("The 19-year-old … she said")', () => {
    expect(speakers(['The 19-year-old was pulled from the water by a passer-by. “I thought I was gone,” she said.'])).toEqual([['I thought I was gone', 'The 19-year-old']]);
  });

  it('gender agrees: "he" is not "the woman" before him', () => {
    expect(speakers(['The woman waved at the lorry. The driver braked hard.', '“I never saw her,” he said.'])).toEqual([['I never saw her', 'The driver']]);
  });

  it('a description of the other gender only leaves the quote unattributed', () => {
    expect(speakers(['The woman waved at the lorry.', '“I never saw her,” he said.'])).toEqual([]);
  });
});

describe('what a description never takes from a pronoun', () => {
  it('a named person earlier wins over a later description', () => {
    expect(speakers(['Ivo Marsh runs the harbour café. A local shopkeeper saw the crash.', '“It was terrifying,” he said.'])).toEqual([['It was terrifying', 'Ivo Marsh']]);
  });

  it('a thing is no antecedent of "he" ("The car hit the wall")', () => {
    expect(speakers(['The car hit the wall at speed.', '“It was terrifying,” he said.'])).toEqual([]);
  });

  it('a body is no antecedent of "she" ("The council met on Monday")', () => {
    expect(speakers(['The council met on Monday.', '“We have no money left,” she said.'])).toEqual([]);
  });

  it('"it" never stands for a person description', () => {
    expect(speakers(['A local shopkeeper saw the crash.', '“Closed until further notice,” it said.'])).toEqual([]);
  });

  it('a description two paragraphs back is too far', () => {
    expect(speakers(['A local shopkeeper saw the crash.', 'The road was shut for hours.', 'Traffic backed up to the bridge.', '“It was terrifying,” she said.'])).toEqual([]);
  });
});
