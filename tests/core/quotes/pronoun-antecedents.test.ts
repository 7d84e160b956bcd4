import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/quotes/quotes.js';

/** [quote, speaker] of a made-up article. */
function speakers(paragraphs: string[], title = 'A headline for the test'): Array<[string, string]> {
  return extractQuotes({ id: 'test', title, paragraphs }).quotes.map((q) => [q.text, q.speaker.name]);
}

describe('pronoun antecedents: who a "he" or "she" can be', () => {
  it('a capitalised run known only by this pronoun gives way to a speaker the paragraph before showed to fit', () => {
    expect(
      speakers([
        '“Nobody else works this way,” Ms. Okonkwo said.',
        'Other ports split the work. But even now, Port Selwyn routes every contract through the harbour board. Its job is “mostly paperwork,” she said.',
      ]),
    ).toEqual([
      ['Nobody else works this way', 'Okonkwo'],
      ['mostly paperwork', 'Okonkwo'],
    ]);
  });

  it('a name nobody else fits stays the antecedent, confirmed by the pronoun', () => {
    expect(
      speakers([
        '“Fares must fall,” says Greta Moll, 34, a nurse from Ashby.',
        'Tarik Osei, 19, from Wexley County, disagrees. “They are fair,” he says.',
      ]),
    ).toEqual([
      ['Fares must fall', 'Greta Moll'],
      ['They are fair', 'Tarik Osei'],
    ]);
  });

  it('"X said the plan she …": the pronoun votes for the speaker of its own sentence, not an earlier subject', () => {
    expect(
      speakers([
        'Port Selwyn is short of cash, and Ms. Okonkwo said the steps she had taken were working.',
        'Port Selwyn borrowed again in May. “We had no choice,” she said.',
      ]),
    ).toEqual([['We had no choice', 'Okonkwo']]);
  });

  it('"her husband, Oshel Strand": a gendered relation before a name is its gender, so "she" is not him', () => {
    expect(
      speakers([
        'Ysolde Strand, a donor from Ridgeford, said the speeches changed her mind. Along with her husband, Oshel Strand, a banker, she has given to many campaigns.',
        '“I feel bad to say it,” she said.',
      ]),
    ).toEqual([['I feel bad to say it', 'Ysolde Strand']]);
  });

  it('"whose husband, Navy officer Dorran Marsh,": the relation tells the gender past a role, so "Marsh said she" is the wife', () => {
    expect(
      speakers([
        'Merrin Marsh, whose husband, Navy officer Dorran Marsh, died in the crash, spoke to a radio host on Friday.',
        'Marsh said she does not blame the crew. “They did their best,” she told the host.',
      ]),
    ).toEqual([['They did their best', 'Merrin Marsh']]);
  });

  it('"The day before, Mr. X was …": a span of time opening the sentence is not its subject, so "he said" is X', () => {
    expect(
      speakers([
        '“We should wait,” Mr. Halvorsen declared Sunday.',
        'The day before, at a rally in Dunmore, Mr. Pruett was just as blunt, claiming that the plan would fail. “It is madness,” he said.',
      ]),
    ).toEqual([
      ['We should wait', 'Halvorsen'],
      ['It is madness', 'Pruett'],
    ]);
  });

  it('"in Dunmore, Tex., Mr. X": the abbreviated state is a place, never the subject', () => {
    expect(
      speakers([
        '“We should wait,” Mr. Halvorsen declared Sunday.',
        'At a rally in Dunmore, Tex., Mr. Pruett was just as blunt. “It is madness,” he said.',
      ]),
    ).toEqual([
      ['We should wait', 'Halvorsen'],
      ['It is madness', 'Pruett'],
    ]);
  });

  it('", but a hoarse-voiced X landed digs. He …": the subject of a clause after ", but" is who the next "he" is about', () => {
    expect(
      speakers([
        'Ysolde Ashdale pressed Sen. Dorran Brandt on guns at a debate on Sunday.',
        'Ashdale put Brandt on the defensive, but a hoarse-voiced Brandt landed numerous digs. He accused Ashdale of being too cozy with the banks. He noted that Ashdale has taken millions in fees.',
        'Ashdale suggested that the plan was unserious - “Again, we need the details,” she said - and charged that Brandt would wreck the law.',
      ]),
    ).toEqual([['Again, we need the details', 'Ysolde Ashdale']]);
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

  it('"Ysolde was incredulous" after "Ysolde Kestrel": a lone first name is the person named in full with it, and only a speaker shown to fit outranks her', () => {
    expect(
      speakers([
        'The prosecutor, Carys Moller, looked crushed as she left the room. She avoided looking at me.',
        'That night I went on the show. I told Ysolde Kestrel that the judge had been fair. Ysolde was incredulous. “Only you,” she said.',
      ]),
    ).toEqual([['Only you', 'Ysolde Kestrel']]);
  });

  it('"Mr. Reyne" after "Anton Reyne" and "his father, Victor Reyne": a shared surname is the first person named in full with it', () => {
    expect(
      speakers([
        'Anton Reyne has courted pastors for months. He has deployed his father, Victor Reyne, as a surrogate.',
        'Mr. Reyne spoke at a theater on Sunday. “We have to awaken the faithful,” he said.',
      ]),
    ).toEqual([['We have to awaken the faithful', 'Anton Reyne']]);
  });
});
