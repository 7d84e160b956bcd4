import { describe, expect, it } from 'vitest';
import { forestScore, trainTrees, treeScore, type Tree } from '../../eval/train-trees.js';
import { crossValidate } from '../../eval/ranker-cv.js';
import { rightTop } from '../../eval/train-logistic.js';
import type { RankExample } from '../../eval/train-logistic.js';

/** Four quotes of two candidates: the right one has the first feature at 1; the second feature copies the first. */
const COPIED: RankExample[] = [];
for (let q = 0; q < 4; q++) {
  COPIED.push({ group: q, quote: q, x: [1, 1], y: 1 });
  COPIED.push({ group: q, quote: q, x: [0, 0], y: 0 });
}

describe('boosted trees for the ranker', () => {
  it('fits the first tree by Newton leaves, the split on the lower feature of a tie', () => {
    // At zero scores every p is 1/2: a right candidate's gradient −1/2, a wrong one's 1/2, each Hessian 1/4. The split at 0.5
    // gains 2²/(1 + 1) twice; the leaves are −G/(H + λ) = ∓2/2. Both features split the same: the first is taken.
    const trees = trainTrees(COPIED, { depth: 1, rounds: 1, rate: 1, minLeaf: 1 });
    expect(trees).toEqual([[[0, 0.5, 1, 2], [-1], [1]]]);
  });

  it('leaves a node whole when a side would hold fewer candidates than the minimum', () => {
    expect(trainTrees(COPIED, { depth: 2, rounds: 1, rate: 1, minLeaf: 5 })).toEqual([[[0]]]);
  });

  it('scores by the sum of the trees, each read from its root', () => {
    const tree: Tree = [[1, 2.5, 1, 2], [-0.5], [0, 0, 3, 4], [0.25], [1]];
    expect([treeScore(tree, [0, 1]), treeScore(tree, [0, 3]), treeScore(tree, [1, 3])]).toEqual([-0.5, 0.25, 1]);
    expect(forestScore([tree, tree], [1, 3])).toBe(2);
  });

  it('shrinks each round by the learning rate and keeps ranking the telling feature first', () => {
    const trees = trainTrees(COPIED, { depth: 2, rounds: 3, rate: 0.5, minLeaf: 1 });
    expect(trees[0]).toEqual([[0, 0.5, 1, 2], [-0.5], [0.5]]);
    expect(rightTop(COPIED, (x) => forestScore(trees, x))).toEqual({ right: 4, total: 4 });
  });
});

describe('the ranker cross-validation', () => {
  it('gives a tie to the first candidate, as the ranker does', () => {
    const tied: RankExample[] = [
      { group: 0, quote: 0, x: [0], y: 0 },
      { group: 0, quote: 0, x: [0], y: 1 },
      { group: 1, quote: 1, x: [0], y: 1 },
      { group: 1, quote: 1, x: [0], y: 0 },
    ];
    expect(rightTop(tied, () => 0)).toEqual({ right: 1, total: 2 });
  });

  it('trains without the fold it scores (fold = article index mod k)', () => {
    // The learner marks the candidates of the articles it saw; a scorer that only knows those fails on every held-out fold.
    const examples: RankExample[] = [0, 1, 2].flatMap((g) => [
      { group: g, quote: g, x: [g, 0], y: 0 as const },
      { group: g, quote: g, x: [g, 1], y: 1 as const },
    ]);
    const memorise = (train: RankExample[]) => {
      const seen = new Set(train.map((e) => e.group));
      return (x: number[]) => (seen.has(x[0]!) ? x[1]! : -x[1]!);
    };
    expect(crossValidate(examples, memorise, 3)).toEqual({ right: 0, total: 3 });
  });
});
