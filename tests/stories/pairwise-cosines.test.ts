import { describe, expect, it } from 'vitest';
import { leadTerms } from '../../src/stories/story-terms.js';
import { cosine } from '../../src/core/text/similarity.js';
import { buildTfIdf } from '../../src/core/text/tf-idf.js';
import { pairwiseCosines } from '../../src/stories/pairwise-cosines.js';
import { storyArticles } from './story-fixtures.js';

describe('pairwiseCosines', () => {
  const { vectors } = buildTfIdf(storyArticles().map((a) => leadTerms(a)));

  it('visits exactly the pairs with something in common, with their exact cosine', () => {
    const seen: string[] = [];
    pairwiseCosines(vectors, () => true, (i, j, value) => {
      expect(value).toBeCloseTo(cosine(vectors[i]!, vectors[j]!), 12);
      seen.push(`${i}-${j}`);
    });
    const expected: string[] = [];
    for (let i = 0; i < vectors.length; i++) for (let j = i + 1; j < vectors.length; j++) if (cosine(vectors[i]!, vectors[j]!) > 0) expected.push(`${i}-${j}`);
    expect(seen).toEqual(expected);
  });

  it('stops at the first later document that is not near', () => {
    const seen: string[] = [];
    pairwiseCosines(vectors, (i, j) => j - i <= 1, (i, j) => seen.push(`${i}-${j}`));
    expect(seen.every((pair) => { const [i, j] = pair.split('-').map(Number); return j! - i! === 1; })).toBe(true);
  });

  it('gives unit vectors: a document is fully similar to itself', () => {
    expect(cosine(vectors[0]!, vectors[0]!)).toBeCloseTo(1, 12);
  });
});
