/**
 * The learned choice of a quote's speaker among the candidate mentions the rules propose (the
 * speakers of the cues in the quote's sentence, the other cues of its paragraph, the previous
 * quote's speaker, and whatever special rule fired). Each candidate is described by relational
 * features only — where the cue is, how far, what kind of mention, whether it agrees with the
 * context — never by the words of a name. A linear score w·x + b, weights trained by
 * `npm run train` (eval/train-ranker.ts) on PolNeAR's training split as a conditional logit (a
 * softmax over each quote's candidates, so b is 0: only differences between candidates count),
 * picks the highest.
 */
import weightsFile from './speaker-ranker-weights.json' with { type: 'json' };

/** Feature names, in the order of the vector and of the weights. */
export const RANKER_FEATURES = [
  'from-sentence-cue',
  'from-paragraph-cue',
  'from-previous-quote',
  'from-special-rule',
  'cue-weak',
  'cue-after-quote',
  'token-distance',
  'char-distance',
  'clause-break',
  'listener-clause',
  'speaker-after-cue',
  'kind-name',
  'kind-pronoun',
  'kind-description',
  'resolved-to-entity',
  'entity-person',
  'entity-organisation',
  'is-previous-speaker',
  'nearest-cue',
  'previous-and-opens-paragraph',
  'paragraph-cue-and-no-sentence-cue',
  'pronoun-and-question',
  'same-speaker-candidates',
  'gender-agrees',
  'gender-clashes',
  'previous-and-pronoun-cue',
  'paragraph-cue-and-pronoun-cue',
  'previous-and-description-cue',
  'rule-choice',
  // A "he"/"she" cue's possible antecedents (pronoun-antecedents.ts), set on each of them and on the rules' own.
  'from-antecedent',
  'ant-latest-subject',
  'ant-rank',
  'ant-same-paragraph',
  'ant-previous-paragraph',
  'ant-two-back',
  'ant-subject',
  'ant-subject-near',
  'ant-speaker',
  'ant-gender-known',
  'ant-fits',
  'ant-shown',
  'ant-mentions',
  'ant-focus',
  'ant-most-mentioned',
  'ant-alone',
  'ant-latest-here',
  'ant-further',
  'ant-nearer-than-far-rule',
  'ant-far-with-nearer',
] as const;

export type RankerFeature = (typeof RANKER_FEATURES)[number];

/** How the speaker is chosen among the candidates (eval's ablation switches between them). */
export type SpeakerChooser = 'ranker' | 'rules' | 'nearest-cue';

export interface RankerWeights {
  features: readonly string[];
  weights: readonly number[];
  bias: number;
}

export const RANKER_WEIGHTS: RankerWeights = weightsFile as RankerWeights;

/**
 * Which chooser the pipeline uses: the trained ranker, because it beats the rules under
 * cross-validation on the training split, the only data the choice may be fitted to (dev figures
 * are reported, never used to pick; see docs/quotes.md, Speaker ranker).
 */
export const DEFAULT_CHOOSER: SpeakerChooser = 'ranker';

export type FeatureVector = number[];

/** A vector with every feature at 0, to be filled by name. */
export function emptyFeatures(): FeatureVector {
  return RANKER_FEATURES.map(() => 0);
}

/**
 * Each feature's place in the vector, computed once at load. The candidates' features are set in the
 * hot path as `x[FEATURE['kind-name']]`: a constant key on a fixed object, which the JIT folds, where a
 * Map look-up hashed the name for every feature of every candidate.
 */
export const FEATURE: Readonly<Record<RankerFeature, number>> = Object.freeze(
  Object.fromEntries(RANKER_FEATURES.map((f, i) => [f, i])) as Record<RankerFeature, number>,
);

export function setFeature(x: FeatureVector, name: RankerFeature, value: number): void {
  x[FEATURE[name]] = value;
}

export function getFeature(x: FeatureVector, name: RankerFeature): number {
  return x[FEATURE[name]] ?? 0;
}

/** w·x + b; the weights must name the same features in the same order. */
export function rankerScore(x: FeatureVector, model: RankerWeights = RANKER_WEIGHTS): number {
  let s = model.bias;
  for (let i = 0; i < x.length; i++) s += (model.weights[i] ?? 0) * x[i]!;
  return s;
}

/** The index of the best candidate: highest score, the earlier candidate on a tie. */
export function rankBest(vectors: FeatureVector[], model: RankerWeights = RANKER_WEIGHTS): number {
  let best = 0;
  let bestScore = -Infinity;
  vectors.forEach((x, i) => {
    const s = rankerScore(x, model);
    if (s > bestScore) {
      best = i;
      bestScore = s;
    }
  });
  return best;
}

/** The plain baseline for the ablation: the nearest cue in the sentence, else the nearest in the paragraph, else the previous speaker. */
export function nearestCueBest(vectors: FeatureVector[]): number {
  let best = 0;
  let bestKey = Infinity;
  vectors.forEach((x, i) => {
    const tier = getFeature(x, 'from-sentence-cue') ? 0 : getFeature(x, 'from-paragraph-cue') ? 1 : getFeature(x, 'from-special-rule') ? 2 : 3;
    const key = tier * 1e6 + getFeature(x, 'token-distance') * 1e3 + getFeature(x, 'char-distance');
    if (key < bestKey) {
      best = i;
      bestKey = key;
    }
  });
  return best;
}
