import { describe, expect, it } from 'vitest';
import { parseSpeaker, samePerson } from '../../eval/lib/same-person.js';

describe('same-person matching of one of a group', () => {
  it('reads "one of the Xs" as one X: its head is the group’s noun in the singular', () => {
    expect(parseSpeaker('one of the deputies')).toEqual({ tokens: [], suffix: '', head: 'deputy' });
    expect(samePerson('one of the officers', 'Dunmore police officer')).toBe(true);
    expect(samePerson('one of her alleged victims', 'alleged victim')).toBe(true);
    expect(samePerson('One of the witnesses', 'a witness')).toBe(true);
    expect(samePerson('each of the nurses', 'nurse')).toBe(true);
  });

  it('keeps one of a group apart from another noun, from the group itself and from a named person', () => {
    expect(samePerson('one of the officers', 'a bystander')).toBe(false);
    expect(samePerson('one of the group', 'family member')).toBe(false);
    expect(samePerson('one of the officers', 'Ivo Brand')).toBe(false);
    // Several of a group are that group, in the plural as written.
    expect(samePerson('two of the officers', 'officers')).toBe(true);
    expect(samePerson('two of the officers', 'an officer')).toBe(false);
  });
});

describe('same-person matching of a description ending in a title word', () => {
  it('reads a title word that ends a description of two or more words as its head ("a police officer" is an officer)', () => {
    expect(parseSpeaker('Dunmore police officer')).toEqual({ tokens: [], suffix: '', head: 'officer' });
    expect(samePerson('the officer', 'a Dunmore police officer')).toBe(true);
    expect(samePerson('the team captain', 'captain')).toBe(true);
    expect(samePerson('a police officer', 'police')).toBe(false);
    expect(samePerson('the police officer', 'Officer Ivo Brand')).toBe(false);
  });
});

describe('same-person matching of a body by its initials', () => {
  it('reads an acronym as the body whose capitalised words it abbreviates, a place before it as the place before the name', () => {
    expect(samePerson('the Kell DPS', 'Kell Department of Public Safety')).toBe(true);
    expect(samePerson('Kell Department of Public Safety', 'the DPS')).toBe(true);
    expect(samePerson('the DFA', 'the Dunmore Ferry Authority')).toBe(true);
  });

  it('keeps another place’s body, other initials and a person apart', () => {
    expect(samePerson('the Kell DPS', 'Dunmore Department of Public Safety')).toBe(false);
    expect(samePerson('NORSA', 'the Norland Space Agency')).toBe(false);
    expect(samePerson('AV', 'Ana Voss')).toBe(false);
  });
});
