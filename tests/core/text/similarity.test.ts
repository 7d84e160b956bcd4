import { describe, expect, it } from 'vitest';
import { lexRank } from '../../../src/core/key-points/centrality.js';
import { cosine, similarityMatrix } from '../../../src/core/text/similarity.js';
import { buildTfIdf } from '../../../src/core/text/tf-idf.js';
import { contentTerms } from '../../../src/core/text/tokens.js';

const vectors = (sentences: string[]) => buildTfIdf(sentences.map(contentTerms)).vectors;

describe('cosine', () => {
  it('is 1 for the same words, 0 for none shared, and symmetric in between', () => {
    const [a, b, c, d] = vectors([
      'The council approved the tram line.',
      'The tram line was approved by the council.',
      'Farmers counted storm damage.',
      'The council met farmers.',
    ]);
    expect(cosine(a!, b!)).toBeCloseTo(1, 12);
    expect(cosine(a!, c!)).toBe(0);
    const ad = cosine(a!, d!);
    expect(ad).toBeGreaterThan(0);
    expect(ad).toBeLessThan(1);
    expect(cosine(d!, a!)).toBe(ad);
  });

  it('fills a symmetric matrix with a zero diagonal', () => {
    const m = similarityMatrix(vectors(['tram council', 'council farmers', 'storm']));
    expect(Array.from(m).map((x) => Number(x.toFixed(6)))).toEqual([0, m[1], 0, m[1], 0, 0, 0, 0, 0].map((x) => Number(x!.toFixed(6))));
    expect(m[1]).toBeGreaterThan(0);
  });
});

describe('lexRank', () => {
  it('ranks the sentence most like the others highest when the prior is flat', () => {
    const sim = similarityMatrix(vectors(['tram council budget', 'tram council', 'tram budget', 'storm farmers']));
    const scores = lexRank(sim, new Float64Array([1, 1, 1, 1]), { damping: 0.85, threshold: 0.05, iterations: 100 });
    const order = Array.from(scores.keys()).sort((a, b) => scores[b]! - scores[a]!);
    expect(order[0]).toBe(0);
    expect(order[3]).toBe(3);
    expect(scores.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });

  it('returns the prior itself when nothing is similar', () => {
    const scores = lexRank(new Float64Array(4), new Float64Array([3, 1]), { damping: 0.85, threshold: 0.1, iterations: 10 });
    expect(Array.from(scores)).toEqual([0.75, 0.25]);
  });
});
