/**
 * TF-IDF vectors for sentences. Each sentence is a "document": a term that appears in every
 * sentence of the story says nothing about any one of them, a rarer term says more.
 */

/** A sparse, L2-normalised vector: term ids ascending, with their weights. */
export interface TermVector {
  ids: Int32Array;
  weights: Float64Array;
}

export interface TfIdfModel {
  vectors: TermVector[];
  /** Term → id, shared by every vector of the model. */
  vocabulary: Map<string, number>;
  idf: Float64Array;
}

/** Builds one normalised TF-IDF vector per document (a list of terms) with smoothed IDF. */
export function buildTfIdf(documents: readonly (readonly string[])[]): TfIdfModel {
  const vocabulary = new Map<string, number>();
  const documentFrequency: number[] = [];
  const counts: Map<number, number>[] = [];
  for (const terms of documents) {
    const tf = new Map<number, number>();
    for (const term of terms) {
      let id = vocabulary.get(term);
      if (id === undefined) {
        id = vocabulary.size;
        vocabulary.set(term, id);
        documentFrequency.push(0);
      }
      const seen = tf.get(id);
      if (seen === undefined) documentFrequency[id]!++;
      tf.set(id, (seen ?? 0) + 1);
    }
    counts.push(tf);
  }
  const n = documents.length;
  const idf = new Float64Array(documentFrequency.length);
  for (let id = 0; id < idf.length; id++) idf[id] = Math.log((n + 1) / (documentFrequency[id]! + 1)) + 1;
  return { vectors: counts.map((tf) => toVector(tf, idf)), vocabulary, idf };
}

/**
 * A vector for a document outside the model. Terms the model never saw still count towards the
 * norm (at the IDF of a term in no document), so that a long sentence sharing a few words is not
 * mistaken for a near-duplicate; they simply match nothing.
 */
export function vectorFor(model: TfIdfModel, terms: readonly string[]): TermVector {
  // Sorted ids with repeats, then run-length counted: cheaper than maps for a sentence's few terms.
  const known: number[] = [];
  const unseen: string[] = [];
  for (const term of terms) {
    const id = model.vocabulary.get(term);
    if (id !== undefined) known.push(id);
    else unseen.push(term);
  }
  const unseenIdf = Math.log(model.vectors.length + 1) + 1;
  let extra = 0;
  unseen.sort();
  for (let i = 0; i < unseen.length; ) {
    let j = i + 1;
    while (j < unseen.length && unseen[j] === unseen[i]) j++;
    extra += ((1 + Math.log(j - i)) * unseenIdf) ** 2;
    i = j;
  }
  known.sort((a, b) => a - b);
  const ids: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < known.length; ) {
    let j = i + 1;
    while (j < known.length && known[j] === known[i]) j++;
    ids.push(known[i]!);
    counts.push(j - i);
    i = j;
  }
  return weigh(Int32Array.from(ids), counts, model.idf, extra);
}

function toVector(tf: Map<number, number>, idf: Float64Array): TermVector {
  const ids = Int32Array.from(tf.keys()).sort();
  return weigh(ids, Array.from(ids, (id) => tf.get(id)!), idf, 0);
}

/** Weights for sorted ids with their counts, L2-normalised (`extraSquaredNorm` adds unseen terms). */
function weigh(ids: Int32Array, counts: readonly number[], idf: Float64Array, extraSquaredNorm: number): TermVector {
  const weights = new Float64Array(ids.length);
  let norm = extraSquaredNorm;
  for (let i = 0; i < ids.length; i++) {
    // Sublinear TF: a word said three times is not three times as important.
    const w = (1 + Math.log(counts[i]!)) * idf[ids[i]!]!;
    weights[i] = w;
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < weights.length; i++) weights[i]! /= norm;
  return { ids, weights };
}
