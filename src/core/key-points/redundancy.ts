/**
 * Maximal Marginal Relevance (Carbonell & Goldstein, 1998): pick the best-scoring item, then
 * repeatedly the one with the best trade-off between its own score and its likeness to what is
 * already picked. Items too alike to a picked one are never picked: they say the same thing.
 */

export interface MmrOptions {
  /** Weight of relevance against novelty (1 = score only). */
  lambda: number;
  /** Similarity at or above which an item repeats a picked one and is skipped outright. */
  duplicate: number;
}

export const DEFAULT_MMR: MmrOptions = { lambda: 0.7, duplicate: 0.5 };

/** Indices of up to `count` items, in the order picked. Ties go to the lower index (deterministic). */
export function selectDiverse(
  scores: ArrayLike<number>,
  similarity: (a: number, b: number) => number,
  count: number,
  options: MmrOptions = DEFAULT_MMR,
): number[] {
  const n = scores.length;
  let top = 0;
  for (let i = 0; i < n; i++) top = Math.max(top, scores[i]!);
  const scale = top > 0 ? top : 1;
  const picked: number[] = [];
  const maxLikeness = new Float64Array(n);
  const blocked = new Uint8Array(n);
  while (picked.length < count) {
    let best = -1;
    let bestValue = -Infinity;
    for (let i = 0; i < n; i++) {
      if (blocked[i]) continue;
      const value = options.lambda * (scores[i]! / scale) - (1 - options.lambda) * maxLikeness[i]!;
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    if (best < 0) break;
    picked.push(best);
    blocked[best] = 1;
    for (let i = 0; i < n; i++) {
      if (blocked[i]) continue;
      const s = similarity(best, i);
      if (s >= options.duplicate) blocked[i] = 1;
      else if (s > maxLikeness[i]!) maxLikeness[i] = s;
    }
  }
  return picked;
}
