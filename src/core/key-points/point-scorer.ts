/**
 * A learned score for how likely a sentence of a single article is one of the editor's key points:
 * logistic regression over features that say where the sentence is, how long it is, how central,
 * how rich in names and numbers, whether it leans on context or quotes — never which words it
 * holds. Trained by `npm run train:points` (eval/train-point-scorer.ts): on the tune half of
 * CNN/DailyMail dev (`--data`), or on articles with headlines, each headline standing in for a
 * summary (`--headlines`, eval/train-point-headlines.ts: what the committed weights come from).
 * The weights are a JSON file beside this one. The model only ranks: the rules that make a sentence
 * unfit or not stand alone still remove candidates. It is off by default (docs/key-points.md).
 */
import weightsFile from './point-scorer-weights.json' with { type: 'json' };

/** Feature names, in the order of the vector and of the weights. */
export const POINT_FEATURES = [
  'first-sentence',
  'position-prior',
  'candidate-prior',
  'position-log',
  'words',
  'long',
  'short',
  'centrality',
  'pipeline-score',
  'concept-weight',
  'concept-density',
  'names',
  'numbers',
  'quoted-share',
  'has-quote',
  'opens-dependent',
  'pronoun-subject',
  'generic-subject',
  'first-person',
  'addresses-reader',
  'speech-verb',
  'picture-word',
  'trimmed',
  'similarity-to-first',
  'mean-similarity',
] as const;

export type PointFeature = (typeof POINT_FEATURES)[number];

export interface PointScorer {
  features: readonly string[];
  weights: readonly number[];
  bias: number;
  /** `coverage.relevance` when this score replaces centrality (chosen with the weights). */
  relevance?: number;
}

export const POINT_SCORER: PointScorer = weightsFile as PointScorer;

/** What the features are computed from: one candidate and the article around it. */
export interface PointCandidate {
  text: string;
  /** The text with quotations blanked. */
  outside: string;
  /** Sentence index in the article, counting every sentence. */
  position: number;
  /** Index among the article's candidates. */
  rank: number;
  words: number;
  /** A dateline, prompt or caption was cut off its front. */
  trimmed: boolean;
}

export interface ArticleSignals {
  /** Each candidate's centrality (any scale: divided by the largest). */
  centrality: ArrayLike<number>;
  /** Centrality × the rules' soft penalties: the score the pipeline uses without the model. */
  score: ArrayLike<number>;
  /** Each candidate's names, numbers and total concept weight. */
  names: ArrayLike<number>;
  numbers: ArrayLike<number>;
  conceptWeight: ArrayLike<number>;
  /** Cosine of candidates a and b. */
  similarity: (a: number, b: number) => number;
  pronoun: readonly boolean[];
  generic: readonly boolean[];
}

const DEPENDENT_OPENING = /^(?:he|she|it|they|this|that|these|those|his|her|its|their|but|and|so|however|also)\b/i;
const SPEECH = /\b(?:said|says|told|added|according to|explained|claimed|revealed|announced)\b/i;
const PICTURE = /\b(?:pictured|picture|photo|photographed|image|above|below|left|right|inset|file photo)\b/i;
const FIRST_PERSON = /(?:^|[^\p{L}])(?:I|[Ww]e|[Mm]y|[Oo]ur)(?![\p{L}’'])/u;
const READER = /\b(?:you|your)\b/i;

/** The feature vectors of an article's candidates, in `POINT_FEATURES` order. */
export function pointFeatures(candidates: readonly PointCandidate[], signals: ArticleSignals): number[][] {
  const n = candidates.length;
  const top = (values: ArrayLike<number>, per?: (i: number) => number) => {
    let m = 0;
    for (let i = 0; i < n; i++) m = Math.max(m, values[i]! * (per ? per(i) : 1));
    return m > 0 ? m : 1;
  };
  const density = (i: number) => 1 / Math.pow(Math.max(1, candidates[i]!.words), 1.2);
  const topCentrality = top(signals.centrality);
  const topScore = top(signals.score);
  const topWeight = top(signals.conceptWeight);
  const topDensity = top(signals.conceptWeight, density);
  return candidates.map((s, i) => {
    const quoted = s.text.length > 0 ? 1 - s.outside.length / s.text.length : 0;
    let similar = 0;
    for (let j = 0; j < n; j++) if (j !== i) similar += signals.similarity(i, j);
    return [
      s.position === 0 ? 1 : 0,
      1 / (s.position + 1),
      1 / (s.rank + 1),
      Math.log(1 + s.position) / Math.log(16),
      s.words / 30,
      Math.max(0, s.words - 35) / 10,
      s.words < 12 ? 1 : 0,
      signals.centrality[i]! / topCentrality,
      signals.score[i]! / topScore,
      signals.conceptWeight[i]! / topWeight,
      (signals.conceptWeight[i]! * density(i)) / topDensity,
      Math.min(signals.names[i]!, 6) / 3,
      Math.min(signals.numbers[i]!, 4) / 2,
      Math.max(0, quoted),
      quoted > 0.05 ? 1 : 0,
      DEPENDENT_OPENING.test(s.text) ? 1 : 0,
      signals.pronoun[i] ? 1 : 0,
      signals.generic[i] ? 1 : 0,
      FIRST_PERSON.test(s.outside) ? 1 : 0,
      READER.test(s.outside) ? 1 : 0,
      SPEECH.test(s.outside) ? 1 : 0,
      PICTURE.test(s.outside) ? 1 : 0,
      s.trimmed ? 1 : 0,
      i === 0 ? 1 : signals.similarity(0, i),
      n > 1 ? similar / (n - 1) : 0,
    ];
  });
}

/** The model's probability that the sentence is a key point: sigmoid(w·x + b). */
export function pointProbability(x: readonly number[], scorer: PointScorer): number {
  let z = scorer.bias;
  for (let i = 0; i < x.length; i++) z += (scorer.weights[i] ?? 0) * x[i]!;
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}
