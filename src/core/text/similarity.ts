import type { TermVector } from './tf-idf.js';

/** Cosine similarity of two normalised sparse vectors: a merge of their sorted term ids. */
export function cosine(a: TermVector, b: TermVector): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  const ai = a.ids;
  const bi = b.ids;
  while (i < ai.length && j < bi.length) {
    const x = ai[i]!;
    const y = bi[j]!;
    if (x === y) {
      dot += a.weights[i]! * b.weights[j]!;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return dot;
}

/** The full symmetric similarity matrix (row-major, n×n, zero diagonal). */
export function similarityMatrix(vectors: readonly TermVector[]): Float64Array {
  const n = vectors.length;
  const matrix = new Float64Array(n * n);
  let size = 0;
  for (const v of vectors) if (v.ids.length > 0) size = Math.max(size, v.ids[v.ids.length - 1]! + 1);
  // Row i's weights scattered into a dense array: each pair then costs one lookup per term of j
  // instead of a branchy merge. Weights are positive, so a term i lacks adds exactly 0, and the
  // products are summed in the same ascending-id order as `cosine`: the values are identical.
  const row = new Float64Array(size);
  for (let i = 0; i < n; i++) {
    const a = vectors[i]!;
    for (let k = 0; k < a.ids.length; k++) row[a.ids[k]!] = a.weights[k]!;
    for (let j = i + 1; j < n; j++) {
      const b = vectors[j]!;
      const ids = b.ids;
      const weights = b.weights;
      let dot = 0;
      for (let k = 0; k < ids.length; k++) dot += row[ids[k]!]! * weights[k]!;
      matrix[i * n + j] = dot;
      matrix[j * n + i] = dot;
    }
    for (let k = 0; k < a.ids.length; k++) row[a.ids[k]!] = 0;
  }
  return matrix;
}
