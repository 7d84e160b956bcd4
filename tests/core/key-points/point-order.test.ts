import { describe, expect, it } from 'vitest';
import { selectKeyPoints, type DatedArticle } from '../../../src/core/key-points/key-points.js';
import { pointOrder } from '../../../src/core/key-points/point-order.js';

const article = (id: string, paragraphs: string[]): DatedArticle => ({ id, title: id, paragraphs });

describe('the order of a story\'s points', () => {
  // The first article given opens with a side story and reaches the main event late; the other two lead with it.
  const almanac = article('almanac', [
    'The old lighthouse at Ostvik has been closed to visitors since a storm damaged its stairs last winter.',
    'Volunteers had raised 40,000 euros to repair it before the ferry strike began.',
    'Ostvik ferry crews walked out on Monday over pay, stranding 2,000 passengers on the islands.',
  ]);
  const herald = article('herald', [
    'Ferry crews at Ostvik walked out on Monday in a dispute over pay, leaving 2,000 passengers stranded on the islands.',
    'The union said the strike would last until the ferry company raised wages by eight percent.',
    'The company said it had offered four percent and called the walkout unlawful.',
  ]);
  const wire = article('wire', [
    'About 2,000 passengers were stranded on the islands after Ostvik ferry crews walked out over pay on Monday.',
    'Coastguard boats carried sick and elderly islanders to the mainland hospital.',
    'The regional minister urged both sides to return to talks on Wednesday.',
  ]);

  it('opens with the event every source reports, whatever the order of the articles, and keeps "the company" after the point that names it', () => {
    const expected = [
      { text: 'Ferry crews at Ostvik walked out on Monday in a dispute over pay, leaving 2,000 passengers stranded on the islands.', sources: ['herald', 'almanac', 'wire'] },
      { text: 'The old lighthouse at Ostvik has been closed to visitors since a storm damaged its stairs last winter.', sources: ['almanac'] },
      { text: 'The union said the strike would last until the ferry company raised wages by eight percent.', sources: ['herald'] },
      { text: 'The company said it had offered four percent and called the walkout unlawful.', sources: ['herald'] },
      { text: 'Volunteers had raised 40,000 euros to repair it before the ferry strike began.', sources: ['almanac'] },
      { text: 'Coastguard boats carried sick and elderly islanders to the mainland hospital.', sources: ['wire'] },
    ];
    expect(selectKeyPoints([almanac, herald, wire], 6)).toEqual(expected);
    // The same story given in another order: the same points in the same order (sources keep theirs: own article first).
    expect(selectKeyPoints([wire, herald, almanac], 6).map((p) => p.text)).toEqual(expected.map((p) => p.text));
  });

  it('keeps a single article in its own order: its editor chose it', () => {
    expect(pointOrder([
      { article: 0, position: 4, weight: 9, leans: false },
      { article: 0, position: 0, weight: 1, leans: false },
      { article: 0, position: 2, weight: 5, leans: false },
    ])).toEqual([1, 2, 0]);
  });

  it('puts a story\'s heaviest point first and a point that leans on another directly after it, ties in reading order', () => {
    expect(pointOrder([
      { article: 0, position: 0, weight: 2, leans: false },
      { article: 1, position: 3, weight: 4, leans: false },
      // "He said…" right after the point before it in article 1: it goes with it, however heavy.
      { article: 1, position: 4, weight: 1, leans: true },
      { article: 1, position: 0, weight: 9, leans: false },
      { article: 2, position: 1, weight: 2, leans: false },
      // Leans on the nearest earlier point of article 2, and makes that pair the heaviest but one.
      { article: 2, position: 6, weight: 5, leans: true },
    ])).toEqual([3, 4, 5, 1, 2, 0]);
  });
});
