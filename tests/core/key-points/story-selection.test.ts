import { describe, expect, it } from 'vitest';
import { conceptsOf, type NameRun } from '../../../src/core/key-points/concepts.js';
import { DEFAULT_KEY_POINT_OPTIONS, selectKeyPoints, type DatedArticle } from '../../../src/core/key-points/key-points.js';

/** The story-mode rules of the key-point selection (docs/key-points.md, "Multi-source fact coverage"). */

const article = (id: string, paragraphs: string[], published?: string): DatedArticle => ({ id, title: id, paragraphs, ...(published ? { published } : {}) });
const texts = (points: { text: string }[]) => points.map((p) => p.text);

describe('in a story a name counts once, however many words it takes', () => {
  const wire = article('wire', [
    'The Brackwater council approved a new ferry terminal on Monday by nine votes to two.',
    'Harbour master Ingrid Solveig Halvorsen called the vote a great day for the whole town.',
    'The terminal will cost 12 million euros and open in the spring of 2028.',
  ], '2026-04-06');
  const local = article('local', [
    'The council approved the new ferry terminal for Brackwater on Monday evening.',
    'Residents of the old quarter fear heavy traffic near the terminal.',
    'Deputy mayor Anna Lise Marten said the terminal would bring visitors back to the town.',
  ], '2026-04-06');

  it('takes what residents fear over what a deputy mayor with a three-word name said', () => {
    expect(texts(selectKeyPoints([wire, local], 3))).toEqual([
      'The Brackwater council approved a new ferry terminal on Monday by nine votes to two.',
      'Harbour master Ingrid Solveig Halvorsen called the vote a great day for the whole town.',
      'Residents of the old quarter fear heavy traffic near the terminal.',
    ]);
    // Each capitalised word a whole name: "Anna Lise Marten" outweighs the residents' fear.
    expect(texts(selectKeyPoints([wire, local], 3, { ...DEFAULT_KEY_POINT_OPTIONS, storyNameShare: false }))).toEqual([
      'The Brackwater council approved a new ferry terminal on Monday by nine votes to two.',
      'Harbour master Ingrid Solveig Halvorsen called the vote a great day for the whole town.',
      'Deputy mayor Anna Lise Marten said the terminal would bring visitors back to the town.',
    ]);
  });

  it('reads a name as the run of adjacent capitalised words, ended by punctuation, a number or a small word', () => {
    const runs: NameRun[] = [];
    conceptsOf('Velmar Semiconductors will build the plant in Kessing, Mayor Petra Lind of Kessing said.', runs);
    expect(runs).toEqual([
      { names: ['n:semiconductor'], afterOpening: true },
      { names: ['n:kessing'], afterOpening: false },
      { names: ['n:mayor', 'n:petra', 'n:lind'], afterOpening: false },
      { names: ['n:kessing'], afterOpening: false },
    ]);
    runs.length = 0;
    conceptsOf("The Old Harbour Bridge's repairs cost 38 million euros, said \"Quay Street\" traders.", runs);
    expect(runs).toEqual([
      { names: ['n:old', 'n:harbour', 'n:bridge'], afterOpening: true },
      { names: ['n:quay', 'n:street'], afterOpening: false },
    ]);
  });

  it('leaves a single article as it was: its names are not shared out', () => {
    const alone = ['The council approved the new ferry terminal for Brackwater on Monday evening.', 'Residents of the old quarter fear heavy traffic near the terminal.'];
    expect(texts(selectKeyPoints([local], 2))).toEqual(alone);
    expect(texts(selectKeyPoints([local], 2, { ...DEFAULT_KEY_POINT_OPTIONS, storyNameShare: false }))).toEqual(alone);
  });
});
