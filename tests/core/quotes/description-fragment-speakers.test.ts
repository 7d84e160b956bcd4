import { describe, expect, it } from 'vitest';
import { tokenise } from '../../../src/core/quotes/attribution-tokens.js';
import { nameAfterQualifier } from '../../../src/core/quotes/attribution/name-runs.js';
import { speakers } from './speakers-of.js';

const tokensOf = (text: string) => tokenise(text, 0, text.length, []);

describe('a role description with capitalised modifiers stands for the person the paragraph is about', () => {
  it('"the Unionist presidential candidate told" after the candidate is named is the candidate', () => {
    expect(speakers(['Orla Venn says she is being followed because of her rise in the polls.', '“Nobody else gets this treatment,” the Unionist presidential candidate told a radio show on Sunday.'])).toEqual([
      ['Nobody else gets this treatment', 'Orla Venn'],
    ]);
  });

  it('"said the presumptive Green nominee" is the nominee named in the sentence before', () => {
    expect(speakers(['Tomas Brel thanked the volunteers in Kessel on Friday. “We did this together,” said the presumptive Green nominee.'])).toEqual([['We did this together', 'Tomas Brel']]);
  });

  it('a capitalised description nobody in this paragraph or the one before holds stays a description', () => {
    expect(speakers(['Ann Lee opened the fair.', 'The rain held off all day.', 'Stalls sold out by noon.', '“We will be back,” the Unionist candidate told reporters.'])).toEqual([['We will be back', 'the Unionist candidate']]);
  });
});

describe('a role description is never a body', () => {
  it('"the Kessel actor says" after a paragraph about a PAC stays the description', () => {
    expect(speakers(['Kessel Youth PAC, launched by former union president Tom Brand, is spending $50,000 on a web campaign. One ad stars a painter in costume.', '“Nobody paints like this any more,” the Kessel actor says of the race.'])).toEqual([
      ['Nobody paints like this any more', 'the Kessel actor'],
    ]);
  });
});

describe('"the man", "the woman": someone near, never a person the article calls by a title or role', () => {
  it('"the woman said" after a senator takes questions is a voter, not the senator', () => {
    expect(speakers(['Sen. Nina Varga took questions at a diner in Kessel on Monday. A voter stood up near the door.', '“You promised us a bridge,” the woman said.'])).toEqual([['You promised us a bridge', 'the woman']]);
  });

  it('"the man said" is not a man named three paragraphs back', () => {
    expect(speakers(['Tomas Brel opened the fair.', 'The rain held off all day.', 'Stalls sold out by noon.', '“Best fair in years,” the man said.'])).toEqual([['Best fair in years', 'the man']]);
  });

  it('"the woman wrote" is still the constituent named just before her letter', () => {
    expect(speakers(['The mayor read out a letter from a constituent, Mila Dorn.', '“I am not asking for charity,” the woman wrote.'])).toEqual([['I am not asking for charity', 'Mila Dorn']]);
  });
});

describe('an indefinite description after the holder is named brings in someone new', () => {
  it('"said a party adviser" is not the party adviser named before', () => {
    expect(speakers(['Tomas Brel, a party adviser, spoke to reporters in Kessel on Monday.', 'The vote is on Friday.', '“We have a lot of work to do,” said a party adviser.'])).toEqual([['We have a lot of work to do', 'a party adviser']]);
  });

  it('"the party adviser said" is still the adviser named before', () => {
    expect(speakers(['Tomas Brel, a party adviser, spoke to reporters in Kessel on Monday.', 'The vote is on Friday.', '“We have a lot of work to do,” the party adviser said.'])).toEqual([['We have a lot of work to do', 'Tomas Brel']]);
  });
});

describe('a capitalised word opening a sentence before its leading phrase is no speaker', () => {
  it('"Late last month, the company wrote …" is the company named before, not "Late"', () => {
    expect(speakers(['Kessel Foods has sold bread in the valley since 1990. Late last month, the company wrote a letter to the mayor, calling the report “inaccurate and misleading.”'])).toEqual([
      ['inaccurate and misleading.', 'Kessel Foods'],
    ]);
  });

  it('"Shortly after the call ended, Brel’s campaign sent …, saying" is the campaign', () => {
    expect(speakers(['Shortly after the call ended, Brel’s campaign sent out a release saying Dorn owes “the town an apology.”'])).toEqual([['the town an apology.', 'Brel’s campaign']]);
  });

  it('"Ever since …, Mila Dorn has been …: “…”" is Mila Dorn', () => {
    expect(speakers(['Ever since she backed the plan, Mila Dorn has been its loudest voice, with a simple message: “Build it now!”'])).toEqual([['Build it now!', 'Mila Dorn']]);
  });
});

describe('a title word is no speaker when the name follows its roles', () => {
  it('"Former prosecutor and Kessel City Mayor Tomas Brel, who …, attacked …, calling it “…”" is Tomas Brel', () => {
    expect(speakers(['Former prosecutor and Kessel City Mayor Tomas Brel, who backs Dorn, attacked the plan on the radio, calling it “a fantasy.”'])).toEqual([['a fantasy.', 'Tomas Brel']]);
  });
});

describe('a title word after the cue is no speaker when the name follows its roles', () => {
  it('"said former Kessel Gov. and Union Chairman Ivo Marsh" is Ivo Marsh', () => {
    expect(speakers(['“He is reprising that role,” said former Kessel Gov. and Union Chairman Ivo Marsh.'])).toEqual([['He is reprising that role', 'Ivo Marsh']]);
  });
});

describe('a description qualified by a short phrase, then the name in apposition: the name speaks', () => {
  it('"said his best friend at college, Ivo Marsh, who …" is Ivo Marsh', () => {
    expect(speakers(['“It may have been his first attempt to make his own statement,” said his best friend at college, Ivo Marsh, who remembered him well.'])).toEqual([
      ['It may have been his first attempt to make his own statement', 'Ivo Marsh'],
    ]);
  });

  it('"wrote the Norland ambassador at the time, Ivo Marsh." is Ivo Marsh', () => {
    expect(speakers(['With the help of the union, the party was “working to change its image,” wrote the Norland ambassador at the time, Ivo Marsh.'])).toEqual([['working to change its image', 'Ivo Marsh']]);
  });

  it('a clause after the preposition is no qualifier ("said the driver at the wheel when it crashed, Monday")', () => {
    expect(speakers(['“I saw nothing,” said the driver at the wheel when the bus left, on Monday.'])).toEqual([['I saw nothing', 'the driver']]);
  });
});

describe('an infinitive after a description is no qualifier', () => {
  it('"the voters to reject all outsiders, Tomas Brel first" has no qualified name; "his friend at college, Ivo Marsh" has', () => {
    const tokens = tokensOf('urged the voters to reject all outsiders, Tomas Brel first.');
    expect(nameAfterQualifier(tokens, tokens.findIndex((t) => t.lower === 'voters'))).toBeUndefined();
    const friend = tokensOf('said his friend at college, Ivo Marsh, who knew him.');
    expect(nameAfterQualifier(friend, friend.findIndex((t) => t.lower === 'friend'))?.phrase.text).toBe('Ivo Marsh');
  });
});

describe('a place before the role after a possessive is no speaker', () => {
  it('"Brel’s Kessel state director, Ivo Marsh, reached out …, writing: “…”" is Ivo Marsh', () => {
    expect(speakers(['In early October, Brel’s Kessel state director, Ivo Marsh, reached out to the firm, writing in an email: “We want to use this now.”'])).toEqual([['We want to use this now.', 'Ivo Marsh']]);
  });
});

describe('"the senator" is whom the paragraph is about before its sentence, over a senator named paragraphs back', () => {
  it('"Brel stopped by … . Walking in, the senator said …" is Brel, not the Sen. named two paragraphs back', () => {
    expect(speakers(['Sen. Ivo Marsh spoke in the morning.', 'The vote is on Friday.', 'Tomas Brel stopped by his headquarters in Kessel on Monday. Walking in to cheers, the senator said his campaign was “closing really strong.”'])).toEqual([
      ['closing really strong.', 'Tomas Brel'],
    ]);
  });

  it('a name in the description’s own sentence is what is said about, not who says it', () => {
    expect(speakers(['Sen. Ivo Marsh spoke in the morning.', 'The vote is on Friday.', 'Tomas Brel is so reckless, the senator said, that he “cannot be trusted with a bridge.”'])).toEqual([
      ['cannot be trusted with a bridge.', 'Ivo Marsh'],
    ]);
  });
});

describe('a state and a party word in place of the name', () => {
  it('"one senior Democrat" is an unnamed member (the whole phrase): not resolved to the person named before', () => {
    expect(speakers(['Tomas Brel toured a factory in Kessel.', '“The campaign has been slow to act,” one senior Democrat said.'])).toEqual([['The campaign has been slow to act', 'one senior Democrat']]);
  });

  it('"the Ohio Democrat asks" is whom the paragraph before is about', () => {
    expect(speakers(['Mila Dorn wrote to the attorney general on Monday.', 'In the letter, the Ohio Democrat asks whether the mayor “broke the law on records.”'])).toEqual([['broke the law on records.', 'Mila Dorn']]);
  });

  it('with nobody in this paragraph or the one before it stays a description', () => {
    expect(speakers(['Mila Dorn opened the fair.', 'The rain held off all day.', 'Stalls sold out by noon.', '“We will be back,” the Ohio Democrat said.'])).toEqual([['We will be back', 'Ohio Democrat']]);
  });
});

describe('"the minority leader", "the conference speaker": roles the press puts in place of the name', () => {
  it('"The minority leader said flatly: “…”" is whom the paragraph is about', () => {
    expect(speakers(['Still, Tomas Brel would not say which rival he would rather face. The minority leader said flatly: “I do not think it matters.”'])).toEqual([['I do not think it matters.', 'Tomas Brel']]);
  });

  it('"the conference speaker says into the camera" is the speaker named in the paragraph before', () => {
    expect(speakers(['Popular speaker Mila Dorn filmed a message for the mayor on Sunday.', '“My dear friend,” the conference speaker says into the camera.'])).toEqual([['My dear friend', 'Mila Dorn']]);
  });
});

describe('an abbreviated month is no name', () => {
  it('"A Feb. 1 letter from the Kessel Guild … warns that “…”" is not "Feb"', () => {
    expect(speakers(['A Feb. 1 letter from the Kessel Guild obtained by the Ledger warns that “any further contact will be through our lawyer.”'])).toEqual([
      ['any further contact will be through our lawyer.', 'Kessel Guild'],
    ]);
  });
});
