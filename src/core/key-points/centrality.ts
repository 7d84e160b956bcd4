/**
 * Continuous LexRank (Erkan & Radev, 2004) with a personalised teleport vector: a sentence is
 * central when many sentences resemble it, and the teleport vector carries the position prior
 * (news puts the facts first), so "central and early" wins over "central but buried".
 */

export interface CentralityOptions {
  /** Probability of following a similarity edge rather than teleporting to the prior. */
  damping: number;
  /** Similarities below this are not edges (they are mostly shared common words). */
  threshold: number;
  iterations: number;
}

export const DEFAULT_CENTRALITY: CentralityOptions = { damping: 0.85, threshold: 0.08, iterations: 60 };

/**
 * Stationary scores of the random walk over `similarity` (n×n, row-major), teleporting by `prior`
 * (any non-negative weights, normalised here). Scores sum to 1. Deterministic: fixed iteration order.
 */
export function lexRank(similarity: Float64Array, prior: Float64Array, options: CentralityOptions = DEFAULT_CENTRALITY): Float64Array {
  const n = prior.length;
  const teleport = normalise(Float64Array.from(prior));
  if (n === 0) return teleport;
  // The graph as sparse, row-normalised edges: most sentence pairs share nothing.
  const rowStart = new Int32Array(n + 1);
  const targets: number[] = [];
  const weights: number[] = [];
  for (let i = 0; i < n; i++) {
    let sum = 0;
    const first = targets.length;
    for (let j = 0; j < n; j++) {
      const s = similarity[i * n + j]!;
      if (s >= options.threshold) {
        targets.push(j);
        weights.push(s);
        sum += s;
      }
    }
    for (let k = first; k < targets.length; k++) weights[k]! /= sum;
    rowStart[i + 1] = targets.length;
  }
  const to = Int32Array.from(targets);
  const weight = Float64Array.from(weights);
  let scores = Float64Array.from(teleport);
  let next = new Float64Array(n);
  for (let iteration = 0; iteration < options.iterations; iteration++) {
    next.fill(0);
    let dangling = 0;
    for (let i = 0; i < n; i++) {
      const mass = scores[i]!;
      const end = rowStart[i + 1]!;
      if (rowStart[i] === end) {
        // A sentence like no other hands its mass back through the prior.
        dangling += mass;
        continue;
      }
      const share = options.damping * mass;
      for (let k = rowStart[i]!; k < end; k++) next[to[k]!]! += share * weight[k]!;
      dangling += (1 - options.damping) * mass;
    }
    let change = 0;
    for (let j = 0; j < n; j++) {
      next[j]! += dangling * teleport[j]!;
      change += Math.abs(next[j]! - scores[j]!);
    }
    [scores, next] = [next, scores];
    if (change < 1e-7) break;
  }
  return scores;
}

function normalise(values: Float64Array): Float64Array {
  let sum = 0;
  for (const v of values) sum += v;
  if (sum <= 0) return values.fill(values.length ? 1 / values.length : 0);
  for (let i = 0; i < values.length; i++) values[i]! /= sum;
  return values;
}
