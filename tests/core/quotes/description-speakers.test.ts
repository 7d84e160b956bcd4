import { describe, expect, it } from 'vitest';
import { speakers } from './speakers-of.js';

describe('a description by age, record or family stands for the person the paragraph is about', () => {
  it('"added the 31-year-old" after a quote of the player named before is the player', () => {
    expect(speakers(['Tomas Brel won the final in Vellmar on Sunday.', '“I played well from the first point,” he told local radio. “It was a hard week,” added the 31-year-old, who now has 12 titles.'])).toEqual([
      ['I played well from the first point', 'Tomas Brel'],
      ['It was a hard week', 'Tomas Brel'],
    ]);
  });

  it('"the nine-time champion said", "the 14-time major winner added": a record in place of the name', () => {
    expect(speakers(['Oren Vask shot a 68 on Friday, his best round of the year.', '“I am still in the hunt,” the nine-time champion said of his chances. “Anything can happen,” the 14-time major winner added.'])).toEqual([
      ['I am still in the hunt', 'Oren Vask'],
      ['Anything can happen', 'Oren Vask'],
    ]);
  });

  it('"the mother-of-two said" is the woman the paragraph is about, not the man named after her', () => {
    expect(speakers(['Mila Dorn won the raffle in Kessel on Friday. Her partner, Tom Rask, had bought the ticket.', '“I never win anything,” the mother-of-two said.'])).toEqual([['I never win anything', 'Mila Dorn']]);
  });

  it('an age description with nobody named in the paragraph or the one before stays a description', () => {
    expect(speakers(['Ann Lee opened the fair.', 'The rain held off all day.', 'Stalls sold out by noon.', '“We came back every year,” the 40-year-old told reporters.'])).toEqual([['We came back every year', 'the 40-year-old']]);
  });
});

describe('a document as the object of a verb of writing or issuing is no speaker', () => {
  it('"X, one of the founders, wrote a message: “…”": the writer speaks, not the message', () => {
    expect(speakers(['The town ran out of bread on Tuesday.', 'Ivo Marsh, one of the founders, wrote a message: “Queues for bread again. This is what they promised us.”'])).toEqual([
      ['Queues for bread again. This is what they promised us.', 'Ivo Marsh'],
    ]);
  });

  it('a caption glued to the name ("X one of the campaign’s founders, wrote the accompanying message:") still leaves the writer the speaker', () => {
    expect(speakers(['The town ran out of bread on Tuesday.', 'Grim scenes: Ivo Marsh one of the campaign’s founders, posted the accompanying message: “Queues for bread again. This is what they promised us.”'])).toEqual([
      ['Queues for bread again. This is what they promised us.', 'Ivo Marsh'],
    ]);
  });

  it('a document the speech verb has as its subject stays the speaker ("“…,” a statement said")', () => {
    expect(speakers(['The port closed on Monday.', '“All crossings are suspended until further notice,” a statement said.'])).toEqual([['All crossings are suspended until further notice', 'a statement']]);
  });
});

describe('a family by its plural surname is the couple the article named', () => {
  it('"the Kells told" after "Ana and Tom Kell" is "Ana and Tom Kell"', () => {
    expect(speakers(['Retired couple Ana and Tom Kell have mapped every old lighthouse on the coast.', 'The Kells told the Weekly Lantern: “We have found 40 of them so far.”'])).toEqual([['We have found 40 of them so far.', 'Ana and Tom Kell']]);
  });

  it('two people of the surname named apart are the couple too ("Ana Kell … Tom Kell … the Kells said")', () => {
    expect(speakers(['Ana Kell bought the farm in 1990. Her husband Tom Kell joined her a year later.', '“We never wanted to live anywhere else,” the Kells said.'])).toEqual([['We never wanted to live anywhere else', 'Ana and Tom Kell']]);
  });

  it('a surname ending in s stays the person named with it ("Dora Sanders … Sanders said")', () => {
    expect(speakers(['Dora Sanders runs the farm with Ivo Sander.', '“We never wanted to live anywhere else,” Sanders said.'])).toEqual([['We never wanted to live anywhere else', 'Dora Sanders']]);
  });
});

describe('a description of a body named before is that body', () => {
  it('"the Norland space agency said" after "NORSA said" is NORSA', () => {
    expect(speakers(['The supply capsule failed to dock on Tuesday, NORSA said.', '“The capsule lost contact with ground stations twice during the night,” the Norland space agency said in an update.'])).toEqual([
      ['The capsule lost contact with ground stations twice during the night', 'NORSA'],
    ]);
  });
});

describe('one of a group', () => {
  it('"one of the alleged victims testified": a speech verb after a determiner is an adjective, the description is whole', () => {
    expect(speakers(['Ann Lee was charged in May.', 'One of the alleged victims testified that the charges are “ridiculous” and “unfair.”'])).toEqual([
      ['ridiculous', 'One of the alleged victims'],
      ['unfair.', 'One of the alleged victims'],
    ]);
  });
});

describe('a description and the name it goes by', () => {
  it('"One resident, named only as Tarik, told …" makes Tarik the speaker, and the "he" after him', () => {
    expect(speakers(['Ivo Marsh, one of the founders, wrote the message: “Queues for bread again.”', 'One resident, named only as Tarik, told the group how dozens of people had fled the city. He said: “They punish everyone for the smallest thing. Speaking freely has become a crime.”'])).toEqual([
      ['Queues for bread again.', 'Ivo Marsh'],
      ['They punish everyone for the smallest thing. Speaking freely has become a crime.', 'Tarik'],
    ]);
  });
});
