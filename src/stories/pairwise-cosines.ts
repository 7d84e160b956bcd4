import { cosine } from '../core/text/similarity.js';
import type { TermVector } from '../core/text/tf-idf.js';

/**
 * Cosine of every pair (i < j) that shares a distinctive term and passes `near(i, j)`, on the core's TF-IDF
 * vectors (one TF-IDF in the project). Candidates come from an inverted index of the terms in at most `maxShare`
 * of the documents (and at least 20): two articles that share only everyday words are not the same story, and
 * skipping them keeps a two-day window of a few thousand articles fast. The cosine itself is exact. Calls
 * `visit(i, j, cosine)` once per pair, j ascending for each i.
 */
export function pairwiseCosines(
  vectors: readonly TermVector[],
  near: (i: number, j: number) => boolean,
  visit: (i: number, j: number, cosine: number) => void,
  maxShare = 0.05,
): void {
  const df = new Map<number, number>();
  for (const vector of vectors) for (const term of vector.ids) df.set(term, (df.get(term) ?? 0) + 1);
  const maxDf = Math.max(20, Math.floor(vectors.length * maxShare));
  const postings = new Map<number, number[]>();
  vectors.forEach((vector, doc) => {
    for (const term of vector.ids) {
      if (df.get(term)! > maxDf) continue;
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push(doc);
    }
  });
  const marked = new Uint8Array(vectors.length);
  for (let i = 0; i < vectors.length; i++) {
    const candidates: number[] = [];
    for (const term of vectors[i]!.ids) {
      const list = postings.get(term);
      if (!list) continue;
      // Postings are in document order: start after i with a binary search, stop when out of the window.
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid]! <= i) lo = mid + 1;
        else hi = mid;
      }
      for (let p = lo; p < list.length; p++) {
        const j = list[p]!;
        if (!near(i, j)) break;
        if (!marked[j]) {
          marked[j] = 1;
          candidates.push(j);
        }
      }
    }
    candidates.sort((a, b) => a - b);
    for (const j of candidates) {
      marked[j] = 0;
      visit(i, j, cosine(vectors[i]!, vectors[j]!));
    }
  }
}
