/**
 * Greedy concept coverage (the objective of Gillick & Favre 2009, solved greedily as in Lin &
 * Bilmes 2010): each step picks the candidate with the best mix of its own score and the weight of
 * the concepts it adds that no picked point covers yet. A concept counts once, however many points
 * state it, so repeating a fact earns nothing: redundancy is measured at the concept level. A
 * candidate too like a picked point is never picked; one whose concepts are mostly covered already
 * only when nothing else is left.
 */

export interface CoverageOptions {
  /** Weight of the candidate's own score against its concept gain (1 = score only). */
  relevance: number;
  /** Share of a candidate's concept weight already covered at or above which it repeats a point. */
  covered: number;
  /** Similarity at or above which a candidate repeats a picked point. */
  duplicate: number;
  /** Exponent of the cost dividing a candidate's gain (0: length does not matter). */
  costExponent?: number;
}

export const DEFAULT_COVERAGE: CoverageOptions = { relevance: 0.5, covered: 0.7, duplicate: 0.5 };

export interface CoverageInput {
  /** Each candidate's own score (centrality × soft penalties). */
  scores: ArrayLike<number>;
  /** Each candidate's concepts, as ids into `weights`. */
  concepts: readonly Int32Array[];
  weights: Float64Array;
  similarity: (a: number, b: number) => number;
  /** May candidate i be picked now, given what is picked (in picking order)? */
  eligible?: (i: number, picked: readonly number[]) => boolean;
  /** Each candidate's cost (its length): the concept gain counts per unit of cost^costExponent. */
  costs?: ArrayLike<number>;
  /**
   * Does candidate i state the fact of the picked point `point` again, in other words? Such a
   * candidate is taken only when nothing else is left, like one whose concepts are mostly covered.
   */
  repeats?: (point: number, i: number) => boolean;
  /**
   * The weights whose best candidate total scales the gain (default: `weights`). Given the weights before some
   * concepts were raised, the raise favours the candidates that state them without lowering every other
   * candidate's gain against the scores (which it would if the best total grew with it).
   */
  scaleWeights?: Float64Array;
  /**
   * The concepts that are figures (1 at a figure's id). Given, a candidate like a picked point is barred only
   * when every figure it states is covered: "22 of the 23 crew have been rescued, but a crew member is still
   * missing" says the count a point about the missing crew member does not.
   */
  figures?: Uint8Array;
}

/** Indices of up to `count` candidates, in the order picked. Ties go to the lower index (deterministic). */
export function selectByCoverage(input: CoverageInput, count: number, options: CoverageOptions = DEFAULT_COVERAGE): number[] {
  const { scores, concepts, weights, similarity } = input;
  const n = scores.length;
  let top = 0;
  for (let i = 0; i < n; i++) top = Math.max(top, scores[i]!);
  const total = Float64Array.from(concepts, (ids) => sum(ids, weights, undefined));
  const exponent = options.costExponent ?? 0;
  const scale = Float64Array.from({ length: n }, (_, i) => (input.costs && exponent > 0 ? 1 / Math.pow(Math.max(1, input.costs[i]!), exponent) : 1));
  const scaleTotal = input.scaleWeights ? Float64Array.from(concepts, (ids) => sum(ids, input.scaleWeights!, undefined)) : total;
  let topGain = 0;
  for (let i = 0; i < n; i++) topGain = Math.max(topGain, scaleTotal[i]! * scale[i]!);
  const coveredBy = new Uint8Array(weights.length);
  // 1: repeats a picked point; 2: adds too little that is new (taken only when nothing else is left).
  const blocked = new Uint8Array(n);
  const picked: number[] = [];
  let relaxed = false;
  while (picked.length < count) {
    let best = -1;
    let bestValue = -Infinity;
    for (let i = 0; i < n; i++) {
      if (blocked[i] === 1 || (blocked[i] === 2 && !relaxed)) continue;
      if (input.eligible && !input.eligible(i, picked)) continue;
      const gain = sum(concepts[i]!, weights, coveredBy) * scale[i]!;
      const value = options.relevance * (top > 0 ? scores[i]! / top : 0) + (1 - options.relevance) * (topGain > 0 ? gain / topGain : 0);
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    if (best < 0) {
      if (relaxed) break;
      relaxed = true;
      continue;
    }
    picked.push(best);
    blocked[best] = 1;
    for (const id of concepts[best]!) coveredBy[id] = 1;
    for (let i = 0; i < n; i++) {
      if (blocked[i] === 1) continue;
      if (similarity(best, i) >= options.duplicate && !(input.figures && statesNew(concepts[i]!, input.figures, coveredBy))) blocked[i] = 1;
      else if (total[i]! > 0 && 1 - sum(concepts[i]!, weights, coveredBy) / total[i]! >= options.covered) blocked[i] = 2;
      else if (input.repeats?.(best, i)) blocked[i] = 2;
    }
  }
  return picked;
}

/** Does the candidate state a figure no picked point states? */
function statesNew(ids: Int32Array, figures: Uint8Array, coveredBy: Uint8Array): boolean {
  for (const id of ids) if (figures[id] === 1 && coveredBy[id] !== 1) return true;
  return false;
}

function sum(ids: Int32Array, weights: Float64Array, skip: Uint8Array | undefined): number {
  let s = 0;
  for (const id of ids) if (!skip || !skip[id]) s += weights[id]!;
  return s;
}
