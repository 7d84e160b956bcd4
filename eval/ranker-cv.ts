/**
 * `npx tsx eval/ranker-cv.ts --data <polnear-train dir> [--only lr|listwise|trees] [--depths 2,3] [--rates 0.1,0.3]
 * [--min-leaf 5,20]`: the speaker ranker's learners compared on the same examples and the same folds as `npm run
 * train` (fold = article index mod 5): the pointwise logistic regression, the conditional logit and boosted trees
 * with the conditional logit's loss, each setting's cross-validated ranking accuracy and how long its
 * cross-validation took (the trees' round counts are read off one fit of 400 rounds). Reads only the training split.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { flagValue } from './lib/flag-value.js';
import { loadPolnear } from './polnear.js';
import { RANKER_FEATURES } from '../src/core/quotes/speaker-ranker.js';
import { rankExamples } from './train-ranker.js';
import { FOLDS, L2_GRID, linearScore, rightTop, trainLogistic, type RankExample } from './train-logistic.js';
import { trainListwise } from './train-listwise.js';
import { forestScore, trainTrees, type Tree, type TreeOptions } from './train-trees.js';

/** Cross-validated right/total for a learner giving a scorer, summed over folds. */
export function crossValidate(examples: RankExample[], fit: (train: RankExample[]) => (x: number[]) => number, folds = FOLDS): { right: number; total: number } {
  let right = 0;
  let total = 0;
  for (let k = 0; k < folds; k++) {
    const r = rightTop(examples.filter((e) => e.group % folds === k), fit(examples.filter((e) => e.group % folds !== k)));
    right += r.right;
    total += r.total;
  }
  return { right, total };
}

function row(label: string, r: { right: number; total: number }, seconds?: number): string {
  return `${label.padEnd(48)} ${(r.right / r.total).toFixed(4)}  (${r.right} of ${r.total})${seconds === undefined ? '' : `  ${seconds.toFixed(1)} s`}`;
}

function timed<T>(f: () => T): [T, number] {
  const t = process.hrtime.bigint();
  const v = f();
  return [v, Number(process.hrtime.bigint() - t) / 1e9];
}

function main(): void {
  const args = process.argv.slice(2);
  const data = flagValue(args, '--data');
  const only = flagValue(args, '--only');
  if (!data) throw new Error('name the training data: --data <polnear-train dir>');
  if (!existsSync(data)) throw new Error(`no such folder: ${data}`);
  const examples = rankExamples(loadPolnear(data)).examples;
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(`${new Set(examples.map((e) => e.quote)).size} quotes, ${examples.length} candidates, ${FOLDS} folds by article`);
  const rule = RANKER_FEATURES.indexOf('rule-choice');
  out(row('rules (rule-choice)', rightTop(examples, (x) => x[rule]!)));
  if (!only || only === 'lr') {
    for (const l2 of L2_GRID) {
      const [r, t] = timed(() => crossValidate(examples, (train) => { return linearScore(trainLogistic(train, { l2 })); }));
      out(row(`logistic (pointwise) l2 ${l2}, 400 it`, r, t));
    }
  }
  if (!only || only === 'listwise') {
    for (const iterations of [400, 2000]) {
      for (const l2 of [...L2_GRID, 0]) {
        const [r, t] = timed(() => crossValidate(examples, (train) => { return linearScore(trainListwise(train, { l2, iterations })); }));
        out(row(`conditional logit l2 ${l2}, ${iterations} it`, r, t));
      }
    }
  }
  if (!only || only === 'trees') {
    const checkpoints = [25, 50, 100, 200, 400];
    const depths = (flagValue(args, '--depths') ?? '2,3').split(',').map(Number);
    const rates = (flagValue(args, '--rates') ?? '0.1,0.3').split(',').map(Number);
    const leaves = (flagValue(args, '--min-leaf') ?? '5,20').split(',').map(Number);
    for (const depth of depths) {
      for (const rate of rates) {
        for (const minLeaf of leaves) {
          const options: TreeOptions = { depth, rate, minLeaf, rounds: checkpoints[checkpoints.length - 1]! };
          const sums = checkpoints.map(() => ({ right: 0, total: 0 }));
          const [, t] = timed(() => {
            for (let k = 0; k < FOLDS; k++) {
              const test = examples.filter((e) => e.group % FOLDS === k);
              trainTrees(examples.filter((e) => e.group % FOLDS !== k), options, (round, trees: Tree[]) => {
                const c = checkpoints.indexOf(round);
                if (c < 0) return;
                const r = rightTop(test, (x) => forestScore(trees, x));
                sums[c]!.right += r.right;
                sums[c]!.total += r.total;
              });
            }
          });
          checkpoints.forEach((rounds, c) => out(row(`trees depth ${depth}, rate ${rate}, min leaf ${minLeaf}, ${rounds} rounds`, sums[c]!, c === checkpoints.length - 1 ? t : undefined)));
        }
      }
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
