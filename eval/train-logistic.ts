/**
 * Logistic regression for the speaker ranker, short and deterministic: full-batch gradient descent
 * with L2, a fixed number of iterations, examples in a fixed order, no randomness; the L2 strength
 * is picked by k-fold cross-validation over articles (fold = article index mod k); weights are
 * written with fixed decimals, so the same examples always give the same bytes.
 */

export interface RankExample {
  /** Article index: folds split by article, never inside one. */
  group: number;
  /** Quote index, unique over the whole set: the candidates of one quote compete. */
  quote: number;
  x: number[];
  y: 0 | 1;
}

export interface TrainOptions {
  l2: number;
  iterations?: number;
  rate?: number;
}

export interface Model {
  weights: number[];
  bias: number;
}

export const DEFAULT_ITERATIONS = 400;
export const DEFAULT_RATE = 0.5;
export const L2_GRID = [0.1, 0.03, 0.01, 0.003, 0.001, 0.0001];
export const FOLDS = 5;

const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

export function trainLogistic(examples: RankExample[], options: TrainOptions): Model {
  const width = examples[0]?.x.length ?? 0;
  const w = new Array<number>(width).fill(0);
  let b = 0;
  const n = examples.length || 1;
  const iterations = options.iterations ?? DEFAULT_ITERATIONS;
  const rate = options.rate ?? DEFAULT_RATE;
  const grad = new Array<number>(width).fill(0);
  for (let it = 0; it < iterations; it++) {
    grad.fill(0);
    let gb = 0;
    for (const e of examples) {
      let z = b;
      for (let i = 0; i < width; i++) z += w[i]! * e.x[i]!;
      const d = sigmoid(z) - e.y;
      for (let i = 0; i < width; i++) grad[i]! += d * e.x[i]!;
      gb += d;
    }
    for (let i = 0; i < width; i++) w[i] = w[i]! - rate * (grad[i]! / n + options.l2 * w[i]!);
    b -= rate * (gb / n);
  }
  return { weights: w, bias: b };
}

/** Quotes (with at least one right candidate) whose top-scored candidate is right; ties go to the first. */
export function rightTop(examples: RankExample[], score: (x: number[]) => number): { right: number; total: number } {
  const best = new Map<number, { score: number; y: number }>();
  const hasPositive = new Set<number>();
  for (const e of examples) {
    if (e.y === 1) hasPositive.add(e.quote);
    const s = score(e.x);
    const current = best.get(e.quote);
    if (!current || s > current.score) best.set(e.quote, { score: s, y: e.y });
  }
  let right = 0;
  for (const q of hasPositive) if (best.get(q)?.y === 1) right++;
  return { right, total: hasPositive.size };
}

/** The linear score w·x + b of a model, as the ranker computes it. */
export function linearScore(model: Model): (x: number[]) => number {
  return (x) => {
    let s = model.bias;
    for (let i = 0; i < x.length; i++) s += (model.weights[i] ?? 0) * x[i]!;
    return s;
  };
}

/** `rightTop` for a linear model. */
export function rankingAccuracy(examples: RankExample[], model: Model): { right: number; total: number } {
  return rightTop(examples, linearScore(model));
}

/** k-fold cross-validation over the grid, for either loss; ties go to the stronger L2 (listed first). */
export function chooseL2(examples: RankExample[], grid = L2_GRID, folds = FOLDS, iterations = DEFAULT_ITERATIONS, train: (examples: RankExample[], options: TrainOptions) => Model = trainLogistic): { l2: number; accuracy: number; table: Array<{ l2: number; accuracy: number }> } {
  const table: Array<{ l2: number; accuracy: number }> = [];
  for (const l2 of grid) {
    let right = 0;
    let total = 0;
    for (let k = 0; k < folds; k++) {
      const fit = examples.filter((e) => e.group % folds !== k);
      const test = examples.filter((e) => e.group % folds === k);
      const r = rankingAccuracy(test, train(fit, { l2, iterations }));
      right += r.right;
      total += r.total;
    }
    table.push({ l2, accuracy: total === 0 ? 0 : right / total });
  }
  let best = table[0]!;
  for (const row of table) if (row.accuracy > best.accuracy) best = row;
  return { l2: best.l2, accuracy: best.accuracy, table };
}

const fixed = (x: number): number => {
  const v = Number(x.toFixed(6));
  return Object.is(v, -0) ? 0 : v;
};

/** The weights file: fixed decimals, fixed key order, a final newline. */
export function serialiseModel(features: readonly string[], model: Model, meta: Record<string, number | string>): string {
  const body = {
    features,
    weights: model.weights.map(fixed),
    bias: fixed(model.bias),
    ...Object.fromEntries(Object.entries(meta).map(([k, v]) => [k, typeof v === 'number' ? fixed(v) : v])),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
