/**
 * What the latest day adds. A story told over several days is retold by every later article: Tuesday's report
 * repeats Monday's event and adds, often once and late, what changed (an inquiry ordered, a replacement boat, a
 * successor named, a figure). Concept weights count sources and prominence, so that addition, in one source and
 * far down, weighs least exactly when it is the news. Update summarisation (the TAC update task) weighs what is
 * new against what the reader already had; here "already had" is every earlier day's articles, and "new" is a
 * name or a number: a later article's own words for an old fact ("the rail operator said") are new words, not
 * news, and raising them let a restatement without the toll beat the first report with it.
 */
import type { ConceptKind } from './concepts.js';

/**
 * The concept weights with every name and number that the latest day's candidates state and no earlier day's
 * candidate does multiplied by `factor` (a copy; `weights` is left as it was). `days` holds each article's
 * publication day ("YYYY-MM-DD"), `undefined` when unknown: an undated article counts as earlier, so its
 * concepts are never new; `latest` the latest of them. A story told on one day gets `weights` itself back.
 */
export function withNovelty(
  candidates: ReadonlyArray<{ article: number }>,
  concepts: readonly Int32Array[],
  weights: Float64Array,
  kinds: readonly ConceptKind[],
  days: ReadonlyArray<string | undefined>,
  latest: string | undefined,
  factor: number,
): Float64Array {
  if (!latest || days.every((d) => d === latest)) return weights;
  const earlier = new Uint8Array(weights.length);
  candidates.forEach((s, i) => {
    if (days[s.article] !== latest) for (const id of concepts[i]!) earlier[id] = 1;
  });
  const raised = Float64Array.from(weights);
  for (let i = 0; i < candidates.length; i++) {
    if (days[candidates[i]!.article] !== latest) continue;
    for (const id of concepts[i]!) {
      const kind = kinds[id];
      // Each new concept once (`earlier` marks it done), however many of the latest day's candidates state it.
      if (earlier[id] || (kind !== 'n' && kind !== '#')) continue;
      earlier[id] = 1;
      raised[id] = weights[id]! * factor;
    }
  }
  return raised;
}
