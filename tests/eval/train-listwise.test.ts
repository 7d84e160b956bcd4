import { describe, expect, it } from 'vitest';
import { byQuote, listwiseLoss, trainListwise } from '../../eval/train-listwise.js';
import { chooseL2, rankingAccuracy, type RankExample } from '../../eval/train-logistic.js';

const round = (xs: number[]) => xs.map((x) => Number(x.toFixed(6)));

describe('the conditional logit for the ranker', () => {
  it('takes one step of the softmax gradient from zero weights', () => {
    // One quote, right candidate first: both at probability 1/2, the gradient is (p − y)·x per candidate.
    const one: RankExample[] = [
      { group: 0, quote: 0, x: [1, 0], y: 1 },
      { group: 0, quote: 0, x: [0, 1], y: 0 },
    ];
    expect(trainListwise(one, { l2: 0, iterations: 1, rate: 0.5 })).toEqual({ weights: [0.25, -0.25], bias: 0 });
  });

  it('counts two right candidates of one quote together', () => {
    // Three candidates at 1/3 each, two right: each right one's gradient is 1/3 − (1/3)/(2/3) = −1/6, the wrong one's 1/3.
    const three: RankExample[] = [
      { group: 0, quote: 0, x: [1, 0, 0], y: 1 },
      { group: 0, quote: 0, x: [0, 1, 0], y: 1 },
      { group: 0, quote: 0, x: [0, 0, 1], y: 0 },
    ];
    expect(round(trainListwise(three, { l2: 0, iterations: 1, rate: 1 }).weights)).toEqual([0.166667, 0.166667, -0.333333]);
    expect(Number(listwiseLoss(three, { weights: [0, 0, 0], bias: 0 }, 0).toFixed(6))).toBe(Number((-Math.log(2 / 3)).toFixed(6)));
  });

  it('averages over quotes, not candidates, and shrinks by L2', () => {
    // Two quotes of two and three candidates; the telling feature is the first.
    const two: RankExample[] = [
      { group: 0, quote: 0, x: [1, 0], y: 1 },
      { group: 0, quote: 0, x: [0, 0], y: 0 },
      { group: 1, quote: 1, x: [1, 1], y: 1 },
      { group: 1, quote: 1, x: [0, 1], y: 0 },
      { group: 1, quote: 1, x: [0, 0], y: 0 },
    ];
    // Gradient at zero: quote 0 gives (−1/2, 0); quote 1, its candidates at 1/3 each, gives (−2/3, −2/3 + 1/3); the mean
    // over the two quotes is (−7/12, −1/6), so one step of rate 1 (L2 adds nothing at zero weights) lands on (7/12, 1/6).
    expect(round(trainListwise(two, { l2: 0.5, iterations: 1, rate: 1 }).weights)).toEqual([0.583333, 0.166667]);
    expect(byQuote(two).map((q) => q.length)).toEqual([2, 3]);
  });

  it('learns the telling feature, and its L2 strength is chosen by the same cross-validation', () => {
    const examples: RankExample[] = [];
    for (let q = 0; q < 6; q++) {
      examples.push({ group: q, quote: q, x: [1, q % 2], y: 1 });
      examples.push({ group: q, quote: q, x: [0, (q + 1) % 2], y: 0 });
    }
    const model = trainListwise(examples, { l2: 0.001 });
    expect(model.weights[0]!).toBeGreaterThan(1);
    expect(model.bias).toBe(0);
    expect(rankingAccuracy(examples, model)).toEqual({ right: 6, total: 6 });
    const cv = chooseL2(examples, [0.1, 0.01], 3, 50, trainListwise);
    expect(cv.table).toEqual([
      { l2: 0.1, accuracy: 1 },
      { l2: 0.01, accuracy: 1 },
    ]);
    expect(cv.l2).toBe(0.1);
  });
});
