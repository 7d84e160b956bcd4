import { describe, expect, it } from 'vitest';
import { DEFAULT_KEY_POINT_OPTIONS, pointCandidates, selectKeyPoints } from '../../../src/core/key-points/key-points.js';
import { POINT_FEATURES, POINT_SCORER, pointProbability, type PointScorer } from '../../../src/core/key-points/point-scorer.js';
import type { ReadArticle } from '../../../src/core/text/read-article.js';

const ARTICLE: ReadArticle = {
  id: 'bridge',
  title: 'Bridge to close',
  paragraphs: [
    'PORTMERE (Reuters) - The city council of Portmere voted on Monday to close the old Harbour Bridge to all traffic.',
    'He said the decision would leave 200 dock workers without a direct route to the port.',
    'Mayor Ann Lee told reporters that “the bridge is not safe for anyone” after the vote in the town hall.',
    'Repairs to the Harbour Bridge will take three years and cost £40 million, the council said in a statement.',
  ],
};

const feature = (name: string, x: number[]) => Number(x[POINT_FEATURES.indexOf(name as (typeof POINT_FEATURES)[number])]!.toFixed(4));
/** A scorer with one weight: how the model's probability enters the choice, with nothing else learned. */
const only = (name: string, weight: number): PointScorer => ({ features: POINT_FEATURES, weights: POINT_FEATURES.map((f) => (f === name ? weight : 0)), bias: 0 });

describe('the learned point scorer', () => {
  it('describes each candidate by position, length, quotation, subject and signals, never by its words', () => {
    const candidates = pointCandidates(ARTICLE);
    expect(candidates.map((c) => c.position)).toEqual([0, 1, 2, 3]);
    const row = (name: string) => candidates.map((c) => feature(name, c.features));
    expect(row('first-sentence')).toEqual([1, 0, 0, 0]);
    expect(row('position-prior')).toEqual([1, 0.5, 0.3333, 0.25]);
    expect(row('words')).toEqual([0.5667, 0.5333, 0.6667, 0.6333]);
    expect(row('pronoun-subject')).toEqual([0, 1, 0, 0]);
    expect(row('has-quote')).toEqual([0, 0, 1, 0]);
    expect(row('quoted-share')).toEqual([0, 0, 0.3333, 0]);
    expect(row('numbers')).toEqual([0, 0.5, 0, 0.5]);
    // The dateline was cut off the first sentence.
    expect(row('trimmed')).toEqual([1, 0, 0, 0]);
    expect(row('centrality')[0]).toBe(1);
  });

  it('reweights a single article\'s candidates by its probability', () => {
    expect(selectKeyPoints([ARTICLE], 1).map((p) => p.text)).toEqual(['The city council of Portmere voted on Monday to close the old Harbour Bridge to all traffic.']);
    const scorer = only('first-sentence', -20);
    expect(selectKeyPoints([ARTICLE], 1, { ...DEFAULT_KEY_POINT_OPTIONS, scorer }).map((p) => p.text)).toEqual([
      'Repairs to the Harbour Bridge will take three years and cost £40 million, the council said in a statement.',
    ]);
  });

  it('leaves stories of several articles to centrality and coverage', () => {
    const story = [ARTICLE, { ...ARTICLE, id: 'copy' }];
    const scorer = only('first-sentence', -20);
    expect(selectKeyPoints(story, 2, { ...DEFAULT_KEY_POINT_OPTIONS, scorer })).toEqual(selectKeyPoints(story, 2));
  });

  it('is off by default: the trained weights did not beat the pipeline without them (docs/key-points.md)', () => {
    expect(DEFAULT_KEY_POINT_OPTIONS.scorer).toBeUndefined();
    expect(POINT_SCORER.features).toEqual([...POINT_FEATURES]);
    expect(POINT_SCORER.weights).toHaveLength(POINT_FEATURES.length);
  });

  it('gives sigmoid(w·x + b)', () => {
    expect(pointProbability([1, 2], { features: ['a', 'b'], weights: [0.5, -0.25], bias: 0 })).toBe(0.5);
    expect(pointProbability([1], { features: ['a'], weights: [Math.log(3)], bias: 0 })).toBeCloseTo(0.75, 12);
  });
});
