/** Sparse unit vector: term → weight. */
export type TermVector = Map<string, number>;

/** TF-IDF vectors (log tf, smoothed idf) normalised to length 1, so a dot product is the cosine. */
export function tfIdfVectors(documents: string[][]): TermVector[] {
  const df = new Map<string, number>();
  for (const doc of documents) for (const term of new Set(doc)) df.set(term, (df.get(term) ?? 0) + 1);
  const n = documents.length;
  return documents.map((doc) => {
    const tf = new Map<string, number>();
    for (const term of doc) tf.set(term, (tf.get(term) ?? 0) + 1);
    const vector: TermVector = new Map();
    let norm = 0;
    for (const [term, count] of tf) {
      const weight = (1 + Math.log(count)) * Math.log((1 + n) / (1 + df.get(term)!) + 1);
      vector.set(term, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [term, weight] of vector) vector.set(term, weight / norm);
    return vector;
  });
}

export function cosine(a: TermVector, b: TermVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, weight] of small) {
    const other = large.get(term);
    if (other !== undefined) sum += weight * other;
  }
  return sum;
}

/**
 * Cosine of every pair (i < j) that shares a distinctive term and passes `near(i, j)`. Candidates come from an
 * inverted index of the terms in at most `maxShare` of the documents (and at least 20): two articles that
 * share only everyday words are not the same story, and skipping them keeps a two-day window of a few thousand
 * articles fast. The cosine itself is exact. Calls `visit(i, j, cosine)` once per pair, j ascending for each i.
 */
export function pairwiseCosines(
  vectors: TermVector[],
  near: (i: number, j: number) => boolean,
  visit: (i: number, j: number, cosine: number) => void,
  maxShare = 0.05,
): void {
  const df = new Map<string, number>();
  for (const vector of vectors) for (const term of vector.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const maxDf = Math.max(20, Math.floor(vectors.length * maxShare));
  const postings = new Map<string, number[]>();
  vectors.forEach((vector, doc) => {
    for (const term of vector.keys()) {
      if (df.get(term)! > maxDf) continue;
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push(doc);
    }
  });
  const marked = new Uint8Array(vectors.length);
  for (let i = 0; i < vectors.length; i++) {
    const candidates: number[] = [];
    for (const term of vectors[i]!.keys()) {
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
