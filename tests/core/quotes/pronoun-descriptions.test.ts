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

describe('a pronoun with no named antecedent and no subject description takes a described object', () => {
  it('"Police arrested a 44-year-old man on Friday … he told officers" is the man', () => {
    expect(speakers(['Police arrested a 44-year-old man on Friday. “I did nothing,” he told officers.'])).toEqual([['I did nothing', 'a 44-year-old man']]);
  });

  it('the object of a verb and a preposition ("spoke to a witness") in the paragraph before', () => {
    expect(speakers(['Officers spoke to a witness at the scene.', '“I saw everything,” she said.'])).toEqual([['I saw everything', 'a witness']]);
  });

  it('the latest object whose gender agrees ("a woman" is no "he")', () => {
    expect(speakers(['The bus hit a cyclist and a woman on the bridge.', '“The light was green,” he said.'])).toEqual([['The light was green', 'a cyclist']]);
  });

  it('a subject description that agrees comes first ("The driver … a pedestrian")', () => {
    expect(speakers(['The driver swerved to avoid a pedestrian.', '“I had no time,” he said.'])).toEqual([['I had no time', 'The driver']]);
  });

  it('a named person who fits still wins over an object description', () => {
    expect(speakers(['Ivo Marsh runs the harbour café.', 'Police arrested a 44-year-old man on Friday.', '“I did nothing,” he said.'])).toEqual([['I did nothing', 'Ivo Marsh']]);
  });

  it('a participle after the head is not part of the description ("a pedestrian crossing the road")', () => {
    expect(speakers(['Witnesses said the van struck a pedestrian crossing the road.', '“It never slowed down,” she said.'])).toEqual([['It never slowed down', 'a pedestrian']]);
  });

  it('the head\'s "of" complement is part of the description ("the head of the society’s small ratings panel")', () => {
    expect(speakers(['A row broke out at the chess society after the head of the society’s small ratings panel accused its board of a “stitch-up” that he said would drive members away.'])).toEqual([
      ['stitch-up', 'the head of the society’s small ratings panel'],
    ]);
  });

  it('the owner of a thing is no object ("towed a woman\'s car")', () => {
    expect(speakers(['The council towed a woman\'s car from the square.', '“I had a permit,” she said.'])).toEqual([]);
  });

  it('a thing after a verb is no antecedent ("tore down the banner")', () => {
    expect(speakers(['Workers tore down the banner on Friday.', '“We are still here,” he said.'])).toEqual([]);
  });
});

describe('which description heads name a person', () => {
  it('a thing with an agent\'s ending is no person ("The banner was torn")', () => {
    expect(speakers(['The banner was torn. “We are still here,” he said.'])).toEqual([]);
  });

  it('"The trailer", "The printer", "The sticker" are no people', () => {
    expect(speakers(['The printer jammed again.', '“This is hopeless,” she said.'])).toEqual([]);
    expect(speakers(['The sticker peeled off.', '“This is hopeless,” she said.'])).toEqual([]);
  });

  it('people by occupation, by what befell them, and compounds of them', () => {
    expect(speakers(['The plumber was called out at midnight.', '“The pipe had burst,” he said.'])).toEqual([['The pipe had burst', 'The plumber']]);
    expect(speakers(['A passenger was hurt in the crash.', '“We spun twice,” she said.'])).toEqual([['We spun twice', 'A passenger']]);
    expect(speakers(['The groundskeeper found the gate open.', '“It was never locked,” he said.'])).toEqual([['It was never locked', 'The groundskeeper']]);
    expect(speakers(['A co-worker raised the alarm.', '“I smelled smoke,” she said.'])).toEqual([['I smelled smoke', 'A co-worker']]);
  });

  it('agent nouns in -ist and -ee are people, a thing in -ist is not', () => {
    expect(speakers(['A cyclist was struck near the school.', '“The van never stopped,” she said.'])).toEqual([['The van never stopped', 'A cyclist']]);
    expect(speakers(['A detainee was released overnight.', '“I was never charged,” he said.'])).toEqual([['I was never charged', 'A detainee']]);
    expect(speakers(['The heist took four minutes.', '“They were gone before we knew it,” he said.'])).toEqual([]);
  });

  it('"it" takes a described thing with an agent\'s ending ("A letter from the nurses reached the board. “…,” it said")', () => {
    expect(speakers(['A letter from the night-shift nurses reached the hospital board on Monday. “Our wards are unsafe at night,” it said.'])).toEqual([
      ['Our wards are unsafe at night', 'A letter'],
    ]);
  });

  it('a compound with a thing\'s meaning is no person ("the loudspeaker", "the screwdriver")', () => {
    expect(speakers(['The loudspeaker crackled.', '“Please stay calm,” he said.'])).toEqual([]);
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
