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
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const s = cosine(vectors[i]!, vectors[j]!);
      matrix[i * n + j] = s;
      matrix[j * n + i] = s;
    }
  }
  return matrix;
}
