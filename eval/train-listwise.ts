/**
 * A conditional logit for the speaker ranker: the candidates of one quote compete in a softmax, and the loss is
 * the log-probability the model gives to the quote's right candidates together (a quote may have several right
 * ones: the same person proposed twice). Deterministic like the pointwise fit: full-batch gradient descent, L2, a
 * fixed number of iterations (the pointwise fit's 400 at rate 0.5), quotes in a fixed order. The score is w·x, so the ranker's inference is unchanged.
 */
import { DEFAULT_ITERATIONS, DEFAULT_RATE, type Model, type RankExample, type TrainOptions } from './train-logistic.js';

export type ListwiseOptions = TrainOptions;

/** The examples of each quote together, quotes in order of first appearance. */
export function byQuote<T extends { quote: number }>(examples: T[]): T[][] {
  const groups = new Map<number, T[]>();
  for (const e of examples) {
    const g = groups.get(e.quote);
    if (g) g.push(e);
    else groups.set(e.quote, [e]);
  }
  return [...groups.values()];
}

/** Softmax of `scores` into `out`, shifted by the maximum so no exponent overflows. */
export function softmaxInto(scores: number[], out: number[]): void {
  let max = -Infinity;
  for (const s of scores) if (s > max) max = s;
  let sum = 0;
  for (let i = 0; i < scores.length; i++) {
    out[i] = Math.exp(scores[i]! - max);
    sum += out[i]!;
  }
  for (let i = 0; i < scores.length; i++) out[i] = out[i]! / sum;
}

/** Mean over quotes of −log P(a right candidate), plus the L2 term: what the descent lowers. */
export function listwiseLoss(examples: RankExample[], model: Model, l2: number): number {
  let loss = 0;
  const quotes = byQuote(examples);
  for (const q of quotes) {
    const scores = q.map((e) => e.x.reduce((s, v, i) => s + (model.weights[i] ?? 0) * v, 0));
    const p: number[] = [];
    softmaxInto(scores, p);
    const right = q.reduce((s, e, i) => s + (e.y === 1 ? p[i]! : 0), 0);
    loss -= Math.log(Math.max(right, 1e-300));
  }
  return loss / (quotes.length || 1) + (l2 / 2) * model.weights.reduce((s, w) => s + w * w, 0);
}

export function trainListwise(examples: RankExample[], options: ListwiseOptions): Model {
  const width = examples[0]?.x.length ?? 0;
  const quotes = byQuote(examples).filter((q) => q.some((e) => e.y === 1));
  const n = quotes.length || 1;
  const w = new Array<number>(width).fill(0);
  const grad = new Array<number>(width).fill(0);
  const iterations = options.iterations ?? DEFAULT_ITERATIONS;
  const rate = options.rate ?? DEFAULT_RATE;
  const scores: number[] = [];
  const p: number[] = [];
  for (let it = 0; it < iterations; it++) {
    grad.fill(0);
    for (const q of quotes) {
      scores.length = q.length;
      p.length = q.length;
      for (let j = 0; j < q.length; j++) {
        let s = 0;
        const x = q[j]!.x;
        for (let i = 0; i < width; i++) s += w[i]! * x[i]!;
        scores[j] = s;
      }
      softmaxInto(scores, p);
      let right = 0;
      for (let j = 0; j < q.length; j++) if (q[j]!.y === 1) right += p[j]!;
      // d(−log Σ_right p)/ds_j = p_j − (y_j p_j / Σ_right p): the model's share minus the right ones' share of it.
      for (let j = 0; j < q.length; j++) {
        const d = p[j]! - (q[j]!.y === 1 ? p[j]! / right : 0);
        const x = q[j]!.x;
        for (let i = 0; i < width; i++) grad[i]! += d * x[i]!;
      }
    }
    for (let i = 0; i < width; i++) w[i] = w[i]! - rate * (grad[i]! / n + options.l2 * w[i]!);
  }
  return { weights: w, bias: 0 };
}
