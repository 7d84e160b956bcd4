import { describe, expect, it } from 'vitest';
import { parseSpeaker, samePerson } from '../../eval/lib/same-person.js';

// Made-up people; "Tavish", "Orla", "Jory" and "Kasimir" are not in the shared first-name list, so
// these rules must hold without knowing the given name.
describe('same person written in the forms news Sources take', () => {
  it('reads a reflexive after a name as the name', () => {
    expect(samePerson('Tavish Morrow', 'Morrow himself')).toBe(true);
    expect(samePerson('Orla Quist', 'Quist herself')).toBe(true);
    expect(samePerson('Tavish Morrow', 'Quist himself')).toBe(false);
  });

  it('reads a dash apposition like a comma one', () => {
    expect(samePerson('Jory Vance', 'Jory Vance — a nurse from Eastfield —')).toBe(true);
    expect(samePerson('Tavish Morrow', 'Morrow — named by the Dunmore Herald as the favourite of party chair Ana Voss —')).toBe(true);
    expect(samePerson('Ana Voss', 'Morrow — named by the Dunmore Herald as the favourite of party chair Ana Voss —')).toBe(false);
    expect(samePerson('Jory Vance', 'Jory Vance -- a nurse --')).toBe(true);
  });

  it('reads past a long title with “of” before the name', () => {
    expect(samePerson('Orla Quist', 'Former Secretary of State Orla Quist')).toBe(true);
    expect(samePerson('Kasimir Dunn', 'DNC Chief of Staff Kasimir Dunn')).toBe(true);
    expect(samePerson('State', 'Former Secretary of State Orla Quist')).toBe(false);
    expect(samePerson('Ana Quist', 'Former Secretary of State Orla Quist')).toBe(false);
  });

  it('leaves out a party bracket the span cut inside', () => {
    expect(parseSpeaker('Sen. Tavish Morrow (R-Ore.').tokens).toEqual(['tavish', 'morrow']);
    expect(samePerson('Tavish Morrow', 'Sen. Tavish Morrow (R-Ore.')).toBe(true);
  });

  it('reads a name after an organisation with “for” in it and a role', () => {
    expect(samePerson('Jory Fells', 'Wages for All organizing director Jory Fells')).toBe(true);
    expect(samePerson('Wages for All', 'Wages for All organizing director Jory Fells')).toBe(false);
    // "for" after a lower-case word is still a preposition: the spokesman is not the body.
    expect(samePerson('Wages for All', 'a spokesman for Wages for All')).toBe(false);
  });

  it('reads a surname before “of the” and a body as the person, not the body', () => {
    expect(samePerson('Kasimir Hale', 'Hale of the Eastfield Teachers Union')).toBe(true);
    expect(samePerson('Eastfield Teachers Union', 'Hale of the Eastfield Teachers Union')).toBe(false);
    // A body's own kind before "of the" is the body.
    expect(samePerson('Bank of the Dunmore Coast', 'the Bank of the Dunmore Coast')).toBe(true);
    expect(samePerson('Ivo Bank', 'Bank of the Dunmore Coast')).toBe(false);
  });

  it('reads a title that is also a given name (Dean) before a bare surname as the title', () => {
    expect(samePerson('Tavish Amory', 'Dean Amory')).toBe(true);
    expect(samePerson('Ivo Brand', 'Dean Amory')).toBe(false);
    // With a first name after it, it is no title.
    expect(samePerson('Tavish Amory', 'Dean Orla Amory')).toBe(false);
  });

  it('reads a span cut after an initial as the start of the name', () => {
    expect(samePerson('Tavish R. Solway', 'Tavish R')).toBe(true);
    expect(samePerson('Tavish Rowe', 'Tavish R')).toBe(true);
    expect(samePerson('Tavish Morrow', 'Tavish R')).toBe(false);
    expect(samePerson('Orla Rowe', 'Tavish R')).toBe(false);
  });

  it('reads a title word that ends a name as a surname (King, Bishop), and a title before a name as a title', () => {
    expect(parseSpeaker('Rep. Tavish T. King').tokens).toEqual(['tavish', 't', 'king']);
    expect(samePerson('Tavish King', 'Rep. Tavish T. King of Ohio')).toBe(true);
    expect(samePerson('King', 'Rep. Tavish T. King')).toBe(true);
    expect(samePerson('Tavish Morrow', 'Tavish King')).toBe(false);
    expect(samePerson('Orla Bishop', 'Ana Bishop')).toBe(false);
    expect(samePerson('Tavish King', 'King')).toBe(true);
    expect(samePerson('Tavish King', 'the King')).toBe(false);
    expect(samePerson('Orla Quist', 'King Orla Quist')).toBe(true);
  });
});

describe('same person behind a bare surname, a headline’s function word or a run-on quotation', () => {
  it('lets a bare surname name a Jr. as it names anyone of the surname, never one full name another’s son', () => {
    expect(samePerson('Morrow', 'Vice Mayor Tavish R. Morrow Jr.')).toBe(true);
    expect(samePerson('Tavish Morrow', 'Tavish R. Morrow Jr.')).toBe(false);
    expect(samePerson('Morrow Sr.', 'Tavish R. Morrow Jr.')).toBe(false);
  });

  it('reads an auxiliary or question word opening a headline as no part of the name', () => {
    expect(parseSpeaker('Is Morrow').tokens).toEqual(['morrow']);
    expect(samePerson('Tavish Morrow', 'Is Morrow')).toBe(true);
    expect(samePerson('Tavish Morrow', 'Will Morrow')).toBe(false);
  });

  it('cuts a Source run on into its quotation, and keeps a nickname in marks', () => {
    expect(samePerson('Tavish Morrow', 'Morrow "We will win this one."')).toBe(true);
    expect(samePerson('Ana Voss', 'Ana "Bunny" Voss')).toBe(true);
    expect(samePerson('Ana Brand', 'Ana "Bunny" Voss')).toBe(false);
  });
});

describe('same description written with a clause after its head', () => {
  it('cuts a description at a participle, a relative clause or “by”', () => {
    expect(samePerson('A legal opinion', 'A legal opinion drafted for the Voss campaign')).toBe(true);
    expect(samePerson('the news chief', 'the news chief quoted in the memo')).toBe(true);
    expect(samePerson('a study last year', 'a study last year by economists at Eastfield University')).toBe(true);
    expect(samePerson('a source familiar', 'a source familiar with the plan')).toBe(true);
    expect(samePerson('a person close', 'a person close to the Vosses')).toBe(true);
    expect(samePerson('a legal opinion', 'a legal memo drafted for the campaign')).toBe(false);
  });

  it('reads the name a description goes by (“known as”) as the speaker', () => {
    expect(samePerson('Red', 'the base chief known as Red')).toBe(true);
    expect(samePerson('the base chief', 'the base chief known as Red')).toBe(false);
  });

  it('never reads the name in a relative clause after a comma as the speaker', () => {
    expect(samePerson('The influential delegate', 'The influential delegate, who backs Morrow')).toBe(true);
    expect(samePerson('Tavish Morrow', 'The influential delegate, who backs Morrow')).toBe(false);
    expect(samePerson('Orla Quist', 'Orla Quist, who backs Morrow,')).toBe(true);
  });
});

describe('same-person guards the new forms keep', () => {
  it('keeps a different person with the same first name, a relative and a body apart', () => {
    expect(samePerson('Tavish Morrow', 'Tavish Quist')).toBe(false);
    expect(samePerson('Tavish Morrow', 'Tavish Morrow Jr.')).toBe(false);
    expect(samePerson('Tavish Morrow Sr.', 'Tavish Morrow Jr.')).toBe(false);
    expect(samePerson('Tavish Morrow', 'Morrow’s wife, Orla Morrow,')).toBe(false);
    expect(samePerson('Tavish Morrow', 'Orla Morrow, his wife')).toBe(false);
    expect(samePerson('Morrow', 'the Morrow campaign')).toBe(false);
    expect(samePerson('Eastfield Teachers Union', 'Eastfield Teachers Union president Jory Fells')).toBe(false);
    expect(samePerson('Jory Fells', 'Eastfield Teachers Union president Jory Fells')).toBe(true);
  });
});
