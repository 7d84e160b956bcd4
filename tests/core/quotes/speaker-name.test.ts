import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/quotes/quotes.js';
import { readArticle } from '../../../src/core/text/read-article.js';

/** Each quote of a made-up article with its speaker's name and role. */
const quotesOf = (paragraphs: string[]) => {
  const { article } = readArticle({ id: 'names', title: 'Names', paragraphs });
  return extractQuotes(article).quotes.map((q) => [q.text, q.speaker.name, q.speaker.role ?? '']);
};

const firstSpeaker = (paragraph: string) => quotesOf([paragraph])[0]?.slice(1);

describe('names as people write them', () => {
  it('takes a party word before a name as the role, whatever the first name', () => {
    expect(firstSpeaker('Democrat Zorah Pell said the plan was “a disaster for the town.”')).toEqual(['Zorah Pell', 'Democrat']);
    expect(firstSpeaker('“We will win,” said Libertarian Quill Yarrow.')).toEqual(['Quill Yarrow', 'Libertarian']);
  });

  it('reads "Democrat of Ohio" between commas as the senator’s role, not the speaker', () => {
    expect(firstSpeaker('Senator Jane Roe, Democrat of Ohio, said the plan was “a disaster for the town.”')?.[0]).toBe('Jane Roe');
  });

  it('keeps a party’s own bodies whole', () => {
    expect(firstSpeaker('The Republican National Committee said the ad was “false.”')?.[0]).toBe('Republican National Committee');
  });

  it('keeps generational suffixes in the name', () => {
    expect(firstSpeaker('“We will win,” said John Smith Jr.')?.[0]).toBe('John Smith Jr.');
    expect(firstSpeaker('John Smith III said the plan was “a disaster for the town.”')?.[0]).toBe('John Smith III');
  });

  it('reads an occupation written as a title before a name as the role ("Music critic Jo Ashby")', () => {
    expect(firstSpeaker('Music critic Jo Ashby wrote that the show was “nostalgia with a drum kit.”')).toEqual(['Jo Ashby', 'Music critic']);
    expect(firstSpeaker('Defence barrister Owen Tarr said his client had been “badly served.”')).toEqual(['Owen Tarr', 'Defence barrister']);
  });

  it('keeps a suffix set off by a comma, as formal styles write it ("Harlan Voss, Jr.")', () => {
    expect(firstSpeaker('“We will win,” said Harlan Voss, Jr.')?.[0]).toBe('Harlan Voss Jr.');
    expect(firstSpeaker('“We will win,” said Harlan Voss, Jr. a former mayor.')?.[0]).toBe('Harlan Voss Jr.');
    expect(firstSpeaker('Harlan Voss, Jr., a former mayor, said the plan was “a disaster for the town.”')).toEqual(['Harlan Voss Jr.', 'former mayor']);
    expect(firstSpeaker('“We will win,” Harlan Voss, III, told the council.')?.[0]).toBe('Harlan Voss III');
    // A list of places or names with a comma before a capital "I" is no suffix.
    expect(firstSpeaker('“We will win,” said Ada Lune, I think, to the council.')?.[0]).toBe('Ada Lune');
  });

  it('tells a father and son apart when the father’s suffix follows a comma, and a bare surname is the one named first', () => {
    expect(
      quotesOf([
        '“Yes, I back the mayor,” Harlan Voss III, founder of the Civic Trust, told the Ledger.',
        'Voss was only five when the trust was set up. His father, Harlan Voss, Jr. was a speechwriter for the governor.',
        '“It is clear cut,” Voss says. “The council has lost its way,” he notes.',
      ]).map((q) => q[1]),
    ).toEqual(['Harlan Voss III', 'Harlan Voss III', 'Harlan Voss III']);
  });

  it('keeps a son named without a suffix apart from his father named with one, and a bare surname is the son', () => {
    expect(
      quotesOf([
        'Rep. Ivo Marsh (R-Calif.) said the plan was “a disaster for the town.”',
        'His father, Ivo Marsh Sr., who held the seat before him, wrote that it was “a fine idea.”',
        '“We will win,” Marsh said.',
      ]).map((q) => q[1]),
    ).toEqual(['Ivo Marsh', 'Ivo Marsh Sr.', 'Ivo Marsh']);
  });

  it('names a person first called by the surname with the full name and suffix given later', () => {
    expect(
      quotesOf(['Marsh takes aim at the council', '“We will win,” Mr. Marsh said.', 'Vice President Ivo R. Marsh Jr. told the crowd: “Not in my town.”']).map((q) => q[1]),
    ).toEqual(['Ivo R. Marsh Jr.', 'Ivo R. Marsh Jr.']);
  });

  it('leaves letters after a name out of it (an office, an honour), and the person is still a person', () => {
    expect(firstSpeaker('‘We must act now,’ said Eleanor Vance QC.')?.[0]).toBe('Eleanor Vance');
    expect(firstSpeaker('“We must act now,” said Tom Ruddle MP, the committee’s chairman.')).toEqual(['Tom Ruddle', 'committee’s chairman']);
    // Before the name the same letters are the role.
    expect(firstSpeaker('“We must act now,” said Labour MP Tom Ruddle.')).toEqual(['Tom Ruddle', 'Labour MP']);
  });

  it('reads a role with "of" up to the first name after it ("Director of Public Prosecutions Ann Sayle")', () => {
    expect(firstSpeaker('“The case is closed,” said Director of Public Prosecutions Alison Sayle.')).toEqual(['Alison Sayle', 'Director of Public Prosecutions']);
  });

  it('gives a possessive description’s quotes to the name in apposition, however far the cue', () => {
    const paragraphs = ['Tom Vale was charged on Monday.', "Vale's lawyer, Jim Boyd, made an admission in court that his client fired the shot but added the teen was 'reckless' and only meant to 'scare the man'."];
    expect(quotesOf(paragraphs).map(([text, name]) => [text, name])).toEqual([
      ['reckless', 'Jim Boyd'],
      ['scare the man', 'Jim Boyd'],
    ]);
  });

  it('gives "Name, Title, Body said" to the person, not to the body', () => {
    // (The role kept is the first the article gives him: the title in apposition.)
    expect(firstSpeaker("Mark Dent, Director, Ipsos Scotland said: 'The poll gives a clear steer.'")).toEqual(['Mark Dent', 'Director']);
  });

  it('gives "said Body president and CEO Name" to the name, not the body', () => {
    expect(firstSpeaker("'We are proud to honour her,' said Westbrook Academy president and CEO Neil Porter.")).toEqual(['Neil Porter', 'Westbrook Academy president and CEO']);
  });

  it('takes "Zoo visitor Mike Lune" as the person, not the zoo (an agent noun between a body and a full name)', () => {
    expect(quotesOf(['The Cleveland Metroparks Zoo said the boy was safe.', "Zoo visitor Mike Lune was at the exhibit when he heard the child scream. He said he was 'shocked' by it."])).toEqual([['shocked', 'Mike Lune', '']]);
  });

  it('gives "said Lee ally James Carter" to the name after the lower-case nouns, not to the run before them', () => {
    expect(firstSpeaker('“David is a longtime friend of mine,” said Lee ally James Carter.')).toEqual(['James Carter', 'Lee ally']);
    expect(firstSpeaker('“He would veto it,” wrote Post bureau chief Julia Eames.')).toEqual(['Julia Eames', 'Post bureau chief']);
  });

  it('reads a role word right after a first name as a surname ("Owen Dean", not a dean)', () => {
    expect(firstSpeaker('"He is struggling," said former Vermont governor Owen Dean.')).toEqual(['Owen Dean', 'former Vermont governor']);
    expect(firstSpeaker('Ann Bishop said the plan was “a disaster for the town.”')?.[0]).toBe('Ann Bishop');
  });

  it('reads a compass word as the start of a place in a role ("former South Carolina Gov. Jim Hale")', () => {
    expect(firstSpeaker('“She will be more aggressive,” said former South Carolina Gov. Jim Hale, a Lee backer.')?.[0]).toBe('Jim Hale');
  });
});
