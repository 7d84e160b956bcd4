import { describe, expect, it } from 'vitest';
import { speakers } from './speakers-of.js';

describe('pronoun antecedents: who a "he" or "she" can be', () => {
  it('a capitalised run known only by this pronoun gives way to a speaker the paragraph before showed to fit', () => {
    expect(
      speakers([
        '“The ferries lose money every winter,” Ms. Okonkwo said.',
        'Most harbours leave that to private firms. Yet Port Selwyn still books every crossing through its council office. The office is “a ticket desk with a budget,” she said.',
      ]),
    ).toEqual([
      ['The ferries lose money every winter', 'Okonkwo'],
      ['a ticket desk with a budget', 'Okonkwo'],
    ]);
  });

  it('a name nobody else fits stays the antecedent, confirmed by the pronoun', () => {
    expect(
      speakers([
        '“Fares must fall,” says Greta Moll, 34, a nurse from Ashby.',
        'Tarik Osei, 19, a cook from Wexley, sees it otherwise. “They are fair,” he says.',
      ]),
    ).toEqual([
      ['Fares must fall', 'Greta Moll'],
      ['They are fair', 'Tarik Osei'],
    ]);
  });

  it('"X said the plan she …": the pronoun votes for the speaker of its own sentence, not an earlier subject', () => {
    expect(
      speakers([
        'Port Selwyn has run short of fuel, and Ms. Okonkwo said the rationing she ordered was holding.',
        'Port Selwyn rationed again in May. “We had no other option,” she said.',
      ]),
    ).toEqual([['We had no other option', 'Okonkwo']]);
  });

  it('"her husband, Oshel Strand": a gendered relation before a name is its gender, so "she" is not him', () => {
    expect(
      speakers([
        'Ysolde Strand, a collector from Ridgeford, said the auction had surprised her. With her husband, Oshel Strand, a surveyor, she has lent paintings to six museums.',
        '“We never sell,” she said.',
      ]),
    ).toEqual([['We never sell', 'Ysolde Strand']]);
  });

  it('"whose husband, Navy officer Dorran Marsh,": the relation tells the gender past a role, so "Marsh said she" is the wife', () => {
    expect(
      speakers([
        'Merrin Marsh, whose husband, Navy officer Dorran Marsh, was lost at sea in 2009, wrote to the minister this week.',
        'Marsh said she still wants answers. “The logs were never released,” she told the minister.',
      ]),
    ).toEqual([['The logs were never released', 'Merrin Marsh']]);
  });

  it('"The day before, Mr. X was …": a span of time opening the sentence is not its subject, so "he said" is X', () => {
    expect(
      speakers([
        '“We should wait,” Mr. Halvorsen said on Friday.',
        'The day before, at a fair in Dunmore, Mr. Pruett had been even sharper, warning that the levy would fail. “It is madness,” he said.',
      ]),
    ).toEqual([
      ['We should wait', 'Halvorsen'],
      ['It is madness', 'Pruett'],
    ]);
  });

  it('"in Dunmore, Tex., Mr. X": the abbreviated state is a place, never the subject', () => {
    expect(
      speakers([
        '“We should wait,” Mr. Halvorsen said on Friday.',
        'At a fair in Dunmore, Tex., Mr. Pruett had been even sharper. “It is madness,” he said.',
      ]),
    ).toEqual([
      ['We should wait', 'Halvorsen'],
      ['It is madness', 'Pruett'],
    ]);
  });

  it('", but a tired X landed jabs. He …": the subject of a clause after ", but" is who the next "he" is about', () => {
    expect(
      speakers([
        'Ysolde Ashdale faced Sen. Dorran Brandt on water rights at a forum on Tuesday.',
        'Ashdale kept Brandt on the back foot for an hour, but a tired Brandt landed several jabs. He called Ashdale a friend of the mining lobby. He pointed out that Ashdale had taken its money.',
        'Ashdale waved the charge away - “Show me the receipts,” she said - and accused Brandt of stalling the bill.',
      ]),
    ).toEqual([['Show me the receipts', 'Ysolde Ashdale']]);
  });

  it('"A weary X took questions": a name after modifiers is the subject before an irregular past verb too', () => {
    expect(
      speakers([
        '“It went well,” Mr. Halvorsen said of the vote against Sen. Dorran Brandt.',
        'A weary Brandt took questions on Monday. “We lost,” he said.',
      ]),
    ).toEqual([
      ['It went well', 'Halvorsen'],
      ['We lost', 'Dorran Brandt'],
    ]);
  });

  it('"Ysolde laughed" after "Ysolde Kestrel": a lone first name is the person named in full with it, and only a speaker shown to fit outranks her', () => {
    expect(
      speakers([
        'The auditor, Carys Moller, read the figures twice. She then closed her file.',
        'Later I met the broadcaster Ysolde Kestrel at the studio. I showed Ysolde Kestrel the same figures. Ysolde laughed. “Those are rounding errors,” she said.',
      ]),
    ).toEqual([['Those are rounding errors', 'Ysolde Kestrel']]);
  });

  it('"Mr. Reyne" after "Anton Reyne" and "his father, Victor Reyne": a shared surname is the first person named in full with it', () => {
    expect(
      speakers([
        'Anton Reyne has toured farm towns for weeks. He has sent his father, Victor Reyne, to speak at county fairs.',
        'Mr. Reyne addressed a grange hall on Sunday. “The valley decides this race,” he said.',
      ]),
    ).toEqual([['The valley decides this race', 'Anton Reyne']]);
  });

  it('"Her husband, Osk Varga, said": a cue\'s full name is the person named in full, not the wife known by the surname', () => {
    expect(
      speakers([
        'Mrs Varga said the bakery would stay open. “We have been here for thirty years,” she said.',
        'Her husband, Osk Varga, said the landlord had doubled the rent. “It is not fair,” he said.',
        '“We will fight this,” she added.',
      ]),
    ).toEqual([
      ['We have been here for thirty years', 'Varga'],
      ['It is not fair', 'Osk Varga'],
      ['We will fight this', 'Varga'],
    ]);
  });

  it('"the Oregon Democrat": a state and a role word describe someone, they are no name a "he" can return to', () => {
    expect(
      speakers(['Sen. Anton Vidal voted against the levy on Thursday.', 'The Oregon Democrat said he had not changed his mind.', '“The numbers changed,” he added.']),
    ).toEqual([['The numbers changed', 'Anton Vidal']]);
  });

  it('"…,” he surmised": a verb of conjecture is a speech cue, so the quote is the pronoun\'s, not the previous speaker\'s', () => {
    expect(
      speakers([
        '“The ferry will be late,” said Greta Moll, a nurse from Ashby.',
        'Her neighbour, Brad, 52, doubted the timetable. “Nobody trusts the signs any more,” he surmised.',
      ]),
    ).toEqual([
      ['The ferry will be late', 'Greta Moll'],
      ['Nobody trusts the signs any more', 'Brad'],
    ]);
  });
});

describe('given names: a common given name tells the gender a "he" or "she" needs', () => {
  it('"he said" after a man and then a woman, both named by common given names, is the man', () => {
    expect(
      speakers([
        'Seamus Brell, a harbour master, spoke first at the inquiry on Monday. Then Gillian Qualm, a ferry captain, took the stand.',
        '“The crossing was never safe,” he said.',
      ]),
    ).toEqual([['The crossing was never safe', 'Seamus Brell']]);
  });

  it('"he said" is not the woman who spoke last when her given name (Hillary) is a woman\'s, nor "she said" the man', () => {
    expect(
      speakers([
        'Dermot Brell, a harbour master, spoke first at the inquiry on Monday. Then Hillary Vossberg, a ferry captain, took the stand.',
        '“The crossing was never safe,” he said.',
      ]),
    ).toEqual([['The crossing was never safe', 'Dermot Brell']]);
    expect(
      speakers([
        'Hillary Vossberg, a ferry captain, spoke first at the inquiry on Monday. Then Dermot Brell, a harbour master, took the stand.',
        '“The crossing was never safe,” she said.',
      ]),
    ).toEqual([['The crossing was never safe', 'Hillary Vossberg']]);
  });

  it('a name used for both genders is a given name with no gender: the pronoun decides ("Jordan Quill … she said")', () => {
    expect(
      speakers([
        'Bernie Tallow, a harbour master, spoke first at the inquiry on Monday. Then Jordan Quill, a ferry captain, took the stand.',
        '“The crossing was never safe,” she said.',
      ]),
    ).toEqual([['The crossing was never safe', 'Jordan Quill']]);
  });

  it('a name used for both genders that ends in "-a" (Nikita) is not read as a woman\'s by its ending', () => {
    expect(
      speakers([
        'Nikita Volsky, a harbour master, spoke first at the inquiry on Monday. Then Greta Qualm, a ferry captain, took the stand.',
        '“The crossing was never safe,” he said.',
      ]),
    ).toEqual([['The crossing was never safe', 'Nikita Volsky']]);
  });

  it('a state that is also a given name (Virginia, Georgia) is still a place, never a woman who speaks', () => {
    expect(
      speakers([
        'Siobhan Qualm, a ferry captain, testified on Monday. Her deputy had flown in from Virginia, and Seamus Brell from Georgia.',
        'Virginia has no ferries. “The crossing was never safe,” she said.',
      ]),
    ).toEqual([['The crossing was never safe', 'Siobhan Qualm']]);
  });
});
