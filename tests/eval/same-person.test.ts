import { describe, expect, it } from 'vitest';
import { parseSpeaker, samePerson } from '../../eval/lib/same-person.js';

describe('same-person speaker matching', () => {
  it('agrees on the last name, titles and appositions aside', () => {
    expect(samePerson('Ana Voss', 'Mayor Ana Voss')).toBe(true);
    expect(samePerson('Voss', 'Sen. Ana Voss (D-Ore.)')).toBe(true);
    expect(samePerson('Ana Voss', 'Ana Voss, the city’s mayor')).toBe(true);
    expect(samePerson('Ana J. Voss', 'Ana Voss')).toBe(true);
    expect(samePerson('Lena Marsh Oduya', 'Marsh Oduya')).toBe(true);
    expect(samePerson('Piet van Dalen', 'Mr. van Dalen')).toBe(true);
    expect(samePerson('Laughing Ada', 'Princess Ada')).toBe(true);
  });

  it('is not fooled by a shared word: another first name, a possessive’s owner, Jr. against Sr.', () => {
    expect(samePerson('Ana Voss', 'Tomas Voss')).toBe(false);
    expect(samePerson('Voss', 'Voss’s spokesman')).toBe(false);
    expect(samePerson('Voss', "Ana Voss's brother, Ivo Brand")).toBe(false);
    expect(samePerson('Ivo Brand', "Ana Voss's brother Ivo Brand")).toBe(true);
    expect(samePerson('Carl Rudd Jr.', 'Carl Rudd Sr.')).toBe(false);
    expect(samePerson('Carl Rudd', 'Carl Rudd Jr.')).toBe(false);
    expect(samePerson('Carl Rudd Jr.', 'Mr. Rudd Jr.')).toBe(true);
    expect(samePerson('Voss', 'the Voss campaign')).toBe(false);
  });

  it('matches descriptions by their head noun, and never a description with a name', () => {
    expect(parseSpeaker('a Dunmore Council spokesman')).toEqual({ tokens: [], suffix: '', head: 'spokesman' });
    expect(samePerson('spokesman', 'a Dunmore Council spokesman')).toBe(true);
    expect(samePerson('Ivo Brand', 'the spokesman')).toBe(false);
    expect(samePerson('the spokesman', 'the chairman')).toBe(false);
    expect(samePerson('Dunmore Council', 'the Dunmore Council')).toBe(true);
  });
});

describe('same-person matching of groups, organisations and descriptions', () => {
  it('reads a description’s head before what qualifies it, and a capitalised plain noun as that noun', () => {
    expect(samePerson('the lobbyist', 'a lobbyist who has worked with the club')).toBe(true);
    expect(samePerson('the official', 'a senior official in the mayor’s office')).toBe(true);
    expect(samePerson('Protesters', 'protesters')).toBe(true);
    expect(samePerson('The authority', 'the Dunmore Transit Authority')).toBe(true);
    expect(samePerson('Dunmore', 'the Dunmore Transit Authority')).toBe(true);
    expect(samePerson('Ana', 'Ana Voss')).toBe(true);
    expect(samePerson('Ivo Brand of Brand Shipping', 'Ivo Brand')).toBe(true);
    expect(samePerson('Bank of Dunmore', 'the Bank of Dunmore')).toBe(true);
    expect(samePerson('Bank of Dunmore', 'Dunmore')).toBe(true);
  });
});

describe('same-person matching of appositions and possessive Sources', () => {
  it('finds the name in any comma-separated part, and in an apposition joined by “and”', () => {
    expect(samePerson('Ivo Brand', 'Another critic, Ivo Brand,')).toBe(true);
    expect(samePerson('Ivo Brand', "Dunmore's chief executive, Ivo Brand,")).toBe(true);
    expect(samePerson('Tomas Voss', 'his wife and the council’s leader Ana Voss')).toBe(false);
    expect(samePerson('Ana Voss', 'his wife and the council’s leader Ana Voss')).toBe(true);
    expect(samePerson('the authors', 'The authors of the report')).toBe(true);
  });

  it('takes a bare possessive Source (“Voss’s” statement) for its owner', () => {
    expect(samePerson('Ana Voss', 'Ana Voss’s')).toBe(true);
    expect(samePerson('Ana Voss', 'Voss’')).toBe(true);
  });
});

describe('same-person matching of a name after its description', () => {
  it('prefers a part that is only a person’s name to a part describing them with a body’s name', () => {
    expect(samePerson('Jonathan Green', 'The leader of the Anti-Poverty League, Jonathan Green,')).toBe(true);
    expect(samePerson('Anti-Poverty League', 'The leader of the Anti-Poverty League, Jonathan Green,')).toBe(false);
    // A place in apposition is not a name to prefer.
    expect(samePerson('Stacy Baker', 'Stacy Baker of Columbia, South Carolina')).toBe(true);
  });

  it('reads a person’s name that ends a description as the speaker, not the description’s first word', () => {
    expect(samePerson('Karen Fell', 'Fight for Fifteen organizing director Karen Fell')).toBe(true);
    // After a preposition or an adjective the name is what the description is about, not who it is.
    expect(samePerson('Karen Fell', 'a spokesman for Karen Fell')).toBe(false);
    expect(samePerson('Stu Roth', 'Stu Roth of the non-partisan Roth Political Report')).toBe(true);
  });
});
