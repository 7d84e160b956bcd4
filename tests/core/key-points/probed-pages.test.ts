import { describe, expect, it } from 'vitest';
import { buildBriefing } from '../../../src/core/briefing.js';
import type { Article } from '../../../src/core/types.js';

// Small made-up pages in the house styles of real ones (issue #13): every point must stand on its own,
// so page furniture, notes to the reader and captions never become points, and the news around them stays.
const page = (id: string, published: string, paragraphs: string[]): Article => ({ id, title: `${id} headline`, publisher: 'Kessel Gazette', published, paragraphs });
const points = (articles: Article[], count = 5) => buildBriefing(articles, { points: count }).keyPoints.map((p) => p.text);

describe('notes to the reader are not points', () => {
  it('drops an amendment note, a correction and an editor\'s note with what they say about the earlier version', () => {
    expect(points([page('wing', '2026-06-03', [
      'Editor\'s note: This story has been updated with a response from the health ministry.',
      'Kessel General Hospital opened a new cancer wing on Wednesday after three years of building work.',
      'The wing has 64 beds and two radiotherapy machines, and cost 95 million crowns.',
      'Health minister Oskar Brandt cut the ribbon at a ceremony attended by staff and patients.',
      'The hospital said the wing would cut waiting times for treatment by half.',
      'This article was amended on 4 June 2026. An earlier version said the wing had 46 beds.',
      'Correction: A previous version of this article misspelled the name of the health minister.',
      'Nurses from the old ward moved into the wing on Wednesday afternoon.',
    ])], 6)).toEqual([
      'Kessel General Hospital opened a new cancer wing on Wednesday after three years of building work.',
      'The wing has 64 beds and two radiotherapy machines, and cost 95 million crowns.',
      'Health minister Oskar Brandt cut the ribbon at a ceremony attended by staff and patients.',
      'The hospital said the wing would cut waiting times for treatment by half.',
      'Nurses from the old ward moved into the wing on Wednesday afternoon.',
    ]);
  });

  it('drops the credit lines of wire and agency copy', () => {
    expect(points([page('quake', '2026-08-02', [
      'VELMA, Aster (AP) — A magnitude 6.1 earthquake struck eastern Aster on Sunday, killing at least 12 people and damaging hundreds of homes.',
      'The quake hit before dawn near the town of Velm, the national seismic service said.',
      'Associated Press writer Ada Quist contributed to this report.',
      'Rescue teams were searching collapsed buildings in Velm and two nearby villages.',
      'Additional reporting by Tom Bellamy in Orvik.',
      'The government declared a state of emergency in the region.',
      'Reporting by Ada Quist; Editing by Mina Roswell.',
    ])], 6)).toEqual([
      'A magnitude 6.1 earthquake struck eastern Aster on Sunday, killing at least 12 people and damaging hundreds of homes.',
      'The quake hit before dawn near the town of Velm, the national seismic service said.',
      'Rescue teams were searching collapsed buildings in Velm and two nearby villages.',
      'The government declared a state of emergency in the region.',
    ]);
  });
});
