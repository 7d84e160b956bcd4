import { describe, expect, it } from 'vitest';
import { speakers } from './speakers-of.js';

describe('tabloid text, parts e–f patterns: who speaks', () => {
  it('a bare surname two relatives share is the one the article gave an age ("Orrin Tamsin, 29,"), not the first named', () => {
    expect(
      speakers([
        'The last time Victor Tamsin spoke with his son, Orrin Tamsin was hiking in the hills above the coast.',
        'Orrin Tamsin, 29, set off alone in early March and had not been heard from in 21 days.',
        '"I was so grateful to the people who found me," Tamsin told reporters.',
        'Victor Tamsin told a local paper that he had worried about his son. "He is very strong," Victor Tamsin said.',
        'The younger Tamsin said he had broken his ankle. "Everything I carried got soaked," Tamsin said.',
      ]),
    ).toEqual([
      ['I was so grateful to the people who found me', 'Orrin Tamsin'],
      ['He is very strong', 'Victor Tamsin'],
      ['Everything I carried got soaked', 'Orrin Tamsin'],
    ]);
  });

  it('the aged relative wins even when the other was named with a role first', () => {
    expect(
      speakers([
        'Dellan Crobb walked away from court yesterday. The brother of singer Ivo Crobb has lost his job.',
        "Dellan Crobb, 41, revealed that he is now out of work. Crobb, of Eastwick, said the offence was 'a mistake'.",
      ]),
    ).toEqual([['a mistake', 'Dellan Crobb']]);
  });

  it('a tabloid epithet opening the sentence ("Married Varn, 32,") is no relative given an age', () => {
    expect(
      speakers([
        'Lorry driver Frank Varn, who is from Eastwick, was caught by a vigilante group. Married Varn, 32, arranged to meet a girl.',
        "The prosecutor said Varn replied: 'We can still talk.'",
      ]),
    ).toEqual([['We can still talk.', 'Frank Varn']]);
  });

  it('without an age the first person named in full keeps the bare surname', () => {
    expect(
      speakers([
        'Anton Reyne opened the bakery in 1990. His father, Victor Reyne, had run a mill nearby.',
        '"We bake every night," Reyne said.',
      ]),
    ).toEqual([['We bake every night', 'Anton Reyne']]);
  });

  it('"the retired dock worker said" after the person was named: an occupation the press puts in place of the name is that person', () => {
    expect(
      speakers([
        'Dunstan Pellow, 71, was sitting in his garden in Marbury when a fox the size of a dog ran past him.',
        "Mr Pellow spotted the animal while feeding his birds The retired dock worker said: 'It came straight through the hedge.",
        "'I have never seen one that big.'",
      ]),
    ).toEqual([
      ['It came straight through the hedge.', 'Dunstan Pellow'],
      ['I have never seen one that big.', 'Dunstan Pellow'],
    ]);
  });

  it('a place named with "Bay" ("Ostley Bay") is no "she"', () => {
    expect(
      speakers([
        'Ysolde Krane, a midwife, did not attend the hearing into the deaths of two babies.',
        'In March, the independent inquiry into the failings at Ostley Bay, led by Osk Varga, found failures at the trust led to avoidable deaths.',
        "The council said last year that four midwives should face hearings. She noted that the system had been flawed. She stated that 'I accept the things I cannot change.'",
      ]),
    ).toEqual([['I accept the things I cannot change.', 'Ysolde Krane']]);
  });

  it('a person whose surname is Bay stays a person', () => {
    expect(speakers(["Film director Tom Bay said: 'We shot it all in one night.'"])).toEqual([['We shot it all in one night.', 'Tom Bay']]);
  });
});
