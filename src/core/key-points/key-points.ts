import { DEFAULT_CENTRALITY, lexRank, type CentralityOptions } from './centrality.js';
import type { ReadArticle } from '../text/read-article.js';
import { conceptsOf, openingName, type ConceptKind, type NameRun } from './concepts.js';
import { DEFAULT_COVERAGE, selectByCoverage, type CoverageOptions } from './coverage.js';
import { MONTHS } from '../text/calendar.js';
import { eventDay } from './event-day.js';
import { confirms, loweredDoneReporter, previewClauses, previewedVerbs, previewMood, reportsPast, rumourMood, scheduleClauses } from './preview-report.js';
import { splitSentences, type SentenceSplitter } from '../text/sentences.js';
import { cosine, similarityMatrix } from '../text/similarity.js';
import { buildTfIdf, vectorFor, type TermVector, type TfIdfModel } from '../text/tf-idf.js';
import { contentTerms, roughSentences, squeezeSpaces, stem, STOP_WORDS, wordCount } from '../text/tokens.js';
import { answerInFirstPerson, answerLabelEnd, captionLabelEnd, embeddedTweet, fragmentList, genericSubject, sceneCaption, labelledCaptionEnd, lacksVerb, namedClauseEnd, pictureCaptionEnd, pictureCredit, picturedCaption, promptEnd, pronounSubject, unbalancedQuotes, unownedFirstPerson, unstatedComparison, writersFirstPerson } from './stand-alone.js';
import { typographicQuotes } from '../text/typographic-quotes.js';
import { pointOrder } from './point-order.js';
import { publicationDay, withDaysNamed } from './relative-days.js';
import { withNovelty } from './story-novelty.js';
import { withoutQuotes } from './without-quotes.js';
import { outdatedCounts } from './updated-counts.js';
import { supersededStates } from './successive-states.js';
import { pointFeatures, pointProbability, type PointScorer } from './point-scorer.js';
import type { KeyPoint } from '../types.js';

/**
 * Key points: the sentences that carry the story, chosen across all its articles.
 *
 * 1. Every sentence is a candidate unless it cannot stand alone as a fact (see `unfitReason`).
 * 2. Only the first `perArticle` candidates of each article count: news puts its facts first,
 *    and the cap keeps the similarity graph small for 200-article stories.
 * 3. LexRank over TF-IDF vectors, teleporting by a position prior, scores each candidate.
 * 4. Greedy concept coverage picks `count` of them: score against the weight of the names,
 *    numbers, bigrams and words a candidate adds (src/core/key-points/coverage.ts), never a preview that
 *    another outlet reports as done, and a pronoun or "the company" subject only after a point
 *    that names it.
 * 5. A point lists every article with a sentence close to it (`sameFact` cosine).
 * Points of one article come out in its order; a story's open with the passage that carries the
 * most of what its sources report (src/core/key-points/point-order.ts). "Yesterday" and the like are
 * written as the weekday of the point's article (src/core/key-points/relative-days.ts).
 */

export interface KeyPointOptions {
  centrality: CentralityOptions;
  /** Damping when the story has several articles: agreement between outlets is evidence too. */
  storyDamping: number;
  coverage: CoverageOptions;
  /**
   * `coverage.relevance` for a story of several articles: there centrality rewards what outlets
   * repeat, so the concepts a point adds must count for more.
   */
  storyRelevance: number;
  /**
   * `coverage.costExponent` for a story: 0, length does not scale the gain. The single-article
   * value was chosen on CNN/DailyMail; no story set is large enough to choose one for stories.
   */
  storyCostExponent: number;
  /** Weight of each kind of concept: names, numbers, bigrams, words. */
  conceptWeights: Record<ConceptKind, number>;
  /**
   * In a story, a name counts once however many words it takes: each word of a k-word name
   * ("Maren Ostby", "Old Harbour Bridge") weighs 1/k of a name, averaged over the story's mentions
   * of it. Off, every capitalised word is a whole name, and a speaker's first and last names
   * outweigh a figure three to one.
   */
  storyNameShare: boolean;
  /**
   * In a story told over several days, the weight factor of a name or number that only the latest
   * day's articles state (story-novelty.ts): what the last report adds is the news, though one
   * source gives it, late. 1: no factor. Chosen on the tune stories (docs/key-points.md).
   */
  storyNovelty: number;
  /** A concept's prominence in an article: 1 / (k + 1)^conceptDecay for its first sentence k. */
  conceptDecay: number;
  /** Candidates per article that enter the graph, before the story-wide budget below. */
  perArticle: number;
  /** Upper bound on candidates across the story (keeps the graph O(budget²), not O(sentences²)). */
  budget: number;
  /** Prior weight of the k-th sentence (0-based) of an article: 1 / (k + 1)^decay. */
  decay: number;
  /** Score factor for a sentence that opens with a pronoun and so needs the one before it. */
  dependent: number;
  /** Word counts outside which a sentence is not a point (fragment, or a run-on paragraph). */
  minWords: number;
  maxWords: number;
  /** A point is one sentence a reader takes in at once: at most this many characters. */
  maxChars: number;
  /** Score factor per word beyond `longWords`: long sentences make long, diluted points. */
  longWords: number;
  longPenalty: number;
  /** Score factor for a sentence addressing the reader ("you") outside quotes. */
  reader: number;
  /** Score factor for first person outside quotes: speech without a speaker (a tweet, a column). */
  firstPerson: number;
  /** Share of the sentence inside quotation marks above which it only restates a quote. */
  maxQuoted: number;
  /** Score loss for a sentence made entirely of quotation (scaled by the quoted share). */
  quoted: number;
  /** Cosine at or above which a sentence in another article says the same thing. */
  sameFact: number;
  /**
   * The learned score of a single article's candidates (src/core/key-points/point-scorer.ts): its
   * probability multiplies centrality × soft penalties; absent: centrality alone. Stories of
   * several articles never use it.
   */
  scorer?: PointScorer;
}

export const DEFAULT_KEY_POINT_OPTIONS: KeyPointOptions = {
  // Tuned on the first half of the CNN/DailyMail dev set (docs/key-points.md): in a single
  // article the editor's order is strong evidence, so the walk teleports to the prior often.
  centrality: { ...DEFAULT_CENTRALITY, damping: 0.2, threshold: 0.1 },
  storyDamping: 0.5,
  coverage: { ...DEFAULT_COVERAGE, relevance: 0.7, covered: 0.9, costExponent: 1.2 },
  storyRelevance: 0.3,
  storyCostExponent: 0,
  conceptWeights: { n: 3, '#': 2, b: 1, w: 0.5 },
  storyNameShare: true,
  storyNovelty: 3,
  conceptDecay: 0.75,
  perArticle: 15,
  budget: 60,
  decay: 1.5,
  dependent: 0.7,
  minWords: 6,
  maxWords: 70,
  maxChars: 300,
  longWords: 35,
  longPenalty: 0.98,
  reader: 0.5,
  firstPerson: 0.5,
  quoted: 0.5,
  maxQuoted: 1,
  sameFact: 0.4,
};

/**
 * An article as the key points read it: its published date, when known, orders previews and reports; the
 * publisher's calendar day (Article.publishedDay) names its "yesterday".
 */
export type DatedArticle = ReadArticle & { published?: string; publishedDay?: string };

interface Sentence {
  text: string;
  /** The text with quotations blanked. */
  outside: string;
  article: number;
  /** Index of the sentence in its article, counting every sentence. */
  position: number;
  terms: string[];
  words: number;
  /** Index among its article's candidates. */
  rank: number;
  /** A dateline, prompt or caption was cut off its front. */
  trimmed: boolean;
}

export function selectKeyPoints(
  articles: DatedArticle[],
  count: number,
  options: KeyPointOptions = DEFAULT_KEY_POINT_OPTIONS,
  split: SentenceSplitter = splitSentences,
  quotes: readonly string[] = [],
): KeyPoint[] {
  if (count <= 0) return [];
  const perArticle = Math.max(3, Math.min(options.perArticle, Math.floor(options.budget / Math.max(1, articles.length))));
  const candidates: Sentence[] = [];
  articles.forEach((article, index) => collectCandidates(article, index, perArticle, options, candidates, split));
  if (candidates.length === 0) return [];

  const model = buildTfIdf(candidates.map((s) => s.terms));
  const vectors = model.vectors;
  const similarity = similarityMatrix(vectors);
  const prior = Float64Array.from(candidates, (s) => 1 / Math.pow(s.position + 1, options.decay));
  const walk = articles.length > 1 ? { ...options.centrality, damping: options.storyDamping } : options.centrality;
  const centrality = lexRank(similarity, prior, walk);
  const n = candidates.length;
  // Each article's publication day and the story's latest: what the rules of the latest report and of the latest day compare.
  const days = articles.map((a) => a.published?.slice(0, 10));
  const latest = days.reduce<string | undefined>((m, d) => (d && (!m || d > m) ? d : m), undefined);
  const superseded = supersededPreviews(candidates, articles, days, latest);
  const restated = restatedQuotes(candidates, quotes);
  const { concepts, weights, kinds } = weighConcepts(candidates, options, articles.length > 1 && options.storyNameShare);
  // What the points cover is weighed with the latest day's new names and numbers raised; their order (the main event first) without.
  const gains = articles.length > 1 && options.storyNovelty !== 1 ? withNovelty(candidates, concepts, weights, kinds, days, latest, options.storyNovelty) : weights;
  // The candidate just before each one in its article, if it is a candidate too.
  const before = Int32Array.from(candidates, (s, i) => (i > 0 && candidates[i - 1]!.article === s.article && candidates[i - 1]!.position === s.position - 1 ? i - 1 : -1));
  const pronoun = candidates.map((s) => pronounSubject(s.text, s.outside));
  const generic = candidates.map((s) => genericSubject(s.text));
  const scorer = articles.length === 1 ? options.scorer : undefined;
  const scores = Float64Array.from(candidates, (s, i) => centrality[i]! * adjustment(s, options));
  // The learned probability reweights the pipeline's score (it does not replace it: on 50 tune
  // articles the product cross-validated better than the probability alone, docs/key-points.md).
  if (scorer) featuresOf(candidates, centrality, concepts, weights, kinds, similarity, pronoun, generic, options).forEach((x, i) => (scores[i] = scores[i]! * pointProbability(x, scorer)));
  const comparison = candidates.map((s) => unstatedComparison(s.outside));
  const eligible = (i: number, picked: readonly number[]): boolean => {
    if (superseded.has(i) || restated.has(i)) return false;
    const s = candidates[i]!;
    // "X's plans look thin by comparison.": only right after the point it compares with.
    if (comparison[i] && !(before[i]! >= 0 && picked.includes(before[i]!))) return false;
    // "He said…" stands only right after a point that names someone.
    if (pronoun[i]) return before[i]! >= 0 && picked.includes(before[i]!) && namesSomeone(candidates[before[i]!]!.text);
    // "The company said…" stands once an earlier point of the same article has named it.
    if (generic[i]) return picked.some((p) => candidates[p]!.article === s.article && candidates[p]!.position < s.position);
    return true;
  };
  const repeats = articles.length > 1 ? repeatedFigures(concepts, kinds, candidates) : undefined;
  // In a story, a sentence like a picked point may still bring a figure of its own (not in a single article,
  // whose likeness cut was chosen on CNN/DailyMail).
  const figures = articles.length > 1 ? Uint8Array.from(kinds, (k) => (k === '#' ? 1 : 0)) : undefined;
  const picked = selectByCoverage(
    { scores, concepts, weights: gains, ...(gains !== weights ? { scaleWeights: weights } : {}), similarity: (a, b) => similarity[a * n + b]!, eligible, costs: candidates.map((s) => s.words), ...(repeats ? { repeats } : {}), ...(figures ? { figures } : {}) },
    count,
    {
      ...options.coverage,
      ...(articles.length > 1 ? { relevance: options.storyRelevance, costExponent: options.storyCostExponent } : {}),
      ...(scorer?.relevance !== undefined ? { relevance: scorer.relevance } : {}),
    },
  );

  const cache: SentenceCache = { lower: [], sentences: [] };
  const points = picked.map((index) => {
    const chosen = candidates[index]!;
    const sayers = sourcesOf(chosen, vectors[index]!, model, articles, options, cache);
    return { chosen, sources: sayers.map((a) => articles[a]!.id) };
  });
  const order = pointOrder(
    picked.map((index) => {
      const s = candidates[index]!;
      let weight = 0;
      for (const id of concepts[index]!) weight += weights[id]!;
      return { article: s.article, position: s.position, weight, leans: pronoun[index]! || comparison[index]! || generic[index]! };
    }),
  );
  return order.map((k) => ({ text: withDaysNamed(points[k]!.chosen.text, publicationDay(articles[points[k]!.chosen.article]!)), sources: points[k]!.sources }));
}

/**
 * A single article's candidates with their feature vectors (`POINT_FEATURES` order), as the
 * learned scorer sees them: for training it (eval/train-point-scorer.ts).
 */
export function pointCandidates(article: ReadArticle, options: KeyPointOptions = DEFAULT_KEY_POINT_OPTIONS, split: SentenceSplitter = splitSentences): Array<{ text: string; position: number; features: number[] }> {
  const perArticle = Math.max(3, Math.min(options.perArticle, options.budget));
  const candidates: Sentence[] = [];
  collectCandidates(article, 0, perArticle, options, candidates, split);
  if (candidates.length === 0) return [];
  const vectors = buildTfIdf(candidates.map((s) => s.terms)).vectors;
  const similarity = similarityMatrix(vectors);
  const prior = Float64Array.from(candidates, (s) => 1 / Math.pow(s.position + 1, options.decay));
  const centrality = lexRank(similarity, prior, options.centrality);
  const { concepts, weights, kinds } = weighConcepts(candidates, options);
  const pronoun = candidates.map((s) => pronounSubject(s.text, s.outside));
  const generic = candidates.map((s) => genericSubject(s.text));
  const features = featuresOf(candidates, centrality, concepts, weights, kinds, similarity, pronoun, generic, options);
  return candidates.map((s, i) => ({ text: s.text, position: s.position, features: features[i]! }));
}

function featuresOf(candidates: Sentence[], centrality: Float64Array, concepts: Int32Array[], weights: Float64Array, kinds: ConceptKind[], similarity: Float64Array, pronoun: boolean[], generic: boolean[], options: KeyPointOptions): number[][] {
  const n = candidates.length;
  const count = (ids: Int32Array, kind: ConceptKind) => {
    let c = 0;
    for (const id of ids) if (kinds[id] === kind) c++;
    return c;
  };
  return pointFeatures(candidates, {
    centrality,
    score: candidates.map((s, i) => centrality[i]! * adjustment(s, options)),
    names: concepts.map((ids) => count(ids, 'n')),
    numbers: concepts.map((ids) => count(ids, '#')),
    conceptWeight: concepts.map((ids) => {
      let s = 0;
      for (const id of ids) s += weights[id]!;
      return s;
    }),
    similarity: (a, b) => similarity[a * n + b]!,
    pronoun,
    generic,
  });
}

/** The first `cap` sentences of the article that can be points; splitting stops there. */
function collectCandidates(article: ReadArticle, index: number, cap: number, options: KeyPointOptions, out: Sentence[], split: SentenceSplitter): void {
  let position = 0;
  let taken = 0;
  const paragraphs = article.paragraphs;
  for (let p = 0; p < paragraphs.length; p++) {
    const paragraph = paragraphs[p]!;
    // An embedded tweet, with its markup, links or signature, or before a signature on a line of its own (the
    // reader marks it): someone's post, no sentence of the story. One place, no candidate.
    if (article.tweets?.includes(p) || embeddedTweet(paragraph)) {
      position++;
      continue;
    }
    let first = true;
    const spans = split(paragraph);
    for (let k = 0; k < spans.length; k++) {
      const span = spans[k]!;
      // Shown as “…”, never as an archive's ''…''.
      const original = typographicQuotes(squeezeSpaces(span.text));
      let text = original;
      // Datelines open an article, or a paragraph when the page put a caption before the lead or a roundup
      // gives each place its own ("ORVIK — In neighbouring Orvik, …").
      if (first) text = stripDateline(text);
      first = false;
      position++;
      // A prompt ("Scroll down for video") run into a caption or the text: the text is what counts.
      const prompt = promptEnd(text);
      if (prompt > 0) text = text.slice(prompt);
      const answer = answerLabelEnd(text);
      if (answer > 0) {
        text = text.slice(answer);
        if (answerInFirstPerson(withoutQuotes(text))) continue;
      }
      // A photo caption glued to the sentence after it: keep the sentence, drop the caption.
      const label = labelledCaptionEnd(text);
      if (label > 0) text = text.slice(label);
      else {
        // "Sharp dresser: The actress wears… As for her role, she said…": a caption whose label
        // gives it away; only a sentence run in after it can be a point.
        const caption = captionLabelEnd(text);
        if (caption > 0) {
          const rest = text.slice(caption);
          const end = captionEnd(rest);
          if (end < 0) continue;
          text = rest.slice(end);
        }
      }
      const pictured = pictureCaptionEnd(text);
      if (pictured > 0) text = text.slice(pictured);
      const glue = captionEnd(text);
      if (glue > 0) text = text.slice(glue);
      if (!text) continue;
      // The blanked text and word count serve the fitness check and the scoring: computed once.
      const outside = withoutQuotes(text);
      const words = wordCount(text);
      // With no caption found, the text is the one just searched: the check need not search again.
      if (unfitFor(text, outside, words, options, glue < 0)) continue;
      // A scene in the present with a picture credit after it is the picture's caption, whatever its day.
      if (k + 1 < spans.length && pictureCredit(spans[k + 1]!.text) && sceneCaption(text, outside, true)) continue;
      const terms = contentTerms(text);
      if (terms.length === 0) continue;
      out.push({ text, outside, article: index, position: position - 1, terms, words, rank: taken, trimmed: text.length < original.length });
      if (++taken >= cap) return;
    }
  }
}

/** Sentences of other articles as the source check sees them, split and vectorised at most once. */
interface SentenceCache {
  lower: string[][];
  sentences: (CachedSentence[] | undefined)[][];
}

interface CachedSentence {
  text: string;
  lower: string;
  terms?: string[];
  /** The terms' indices in the story's vocabulary, in order, those outside it left out. */
  ids?: Int32Array;
  vector?: TermVector;
}

function vocabularyIds(model: TfIdfModel, terms: readonly string[]): Int32Array {
  const ids = new Int32Array(terms.length);
  let n = 0;
  for (const term of terms) {
    const id = model.vocabulary.get(term);
    if (id !== undefined) ids[n++] = id;
  }
  return ids.subarray(0, n);
}

/** Room for rounding in the cosine's upper bound: the bound only skips, never decides. */
const BOUND_SLACK = 1e-9;

/**
 * Article indices (ascending) that state the chosen sentence: its own, and every other with a
 * sentence at `sameFact` cosine or more. Only paragraphs containing two of the point's most
 * distinctive words are split and compared (a near-duplicate shares them), and each paragraph is
 * split and vectorised once for all points: this keeps the check linear in the story's size.
 */
function sourcesOf(chosen: Sentence, vector: TermVector, model: TfIdfModel, articles: ReadArticle[], options: KeyPointOptions, cache: SentenceCache): number[] {
  const distinctive = [...new Set(chosen.text.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? [])]
    .filter((w) => !STOP_WORDS.has(w))
    .map((w) => ({ w, idf: model.idf[model.vocabulary.get(stem(w)) ?? -1] ?? 0 }))
    .sort((a, b) => b.idf - a.idf || (a.w < b.w ? -1 : 1))
    .slice(0, 8)
    // A prefix survives inflection: "apologised"/"apologized", "city"/"cities".
    .map(({ w }) => w.slice(0, 4));
  const distinct = [...new Set(distinctive)];
  const needed = Math.min(2, distinct.length);
  const sayers = [chosen.article];
  if (needed === 0) return sayers;
  // One pass of an alternation per paragraph instead of one search per word.
  const pattern = new RegExp(distinct.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  const weightOf = new Float64Array(model.idf.length);
  for (let k = 0; k < vector.ids.length; k++) weightOf[vector.ids[k]!] = vector.weights[k]!;
  articles.forEach((article, index) => {
    if (index === chosen.article) return;
    const lowered = (cache.lower[index] ??= article.paragraphs.map((p) => p.toLowerCase()));
    const paragraphs = (cache.sentences[index] ??= []);
    for (let p = 0; p < article.paragraphs.length; p++) {
      const paragraph = article.paragraphs[p]!;
      const lower = lowered[p]!;
      // Distinct prefixes found, up to `needed` (one or two): the first one found is all there is to remember.
      let shared = 0;
      let first: string | undefined;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(lower); m; m = pattern.exec(lower)) {
        if (shared === 0) {
          first = m[0];
          if (++shared >= needed) break;
        } else if (m[0] !== first) {
          ++shared;
          break;
        }
      }
      if (shared < needed) continue;
      const sentences = (paragraphs[p] ??= roughSentences(paragraph).map((text): CachedSentence => ({ text, lower: text.toLowerCase() })));
      for (const other of sentences) {
        if (sentences.length > 1) {
          shared = 0;
          for (const w of distinct) if (other.lower.includes(w) && ++shared >= needed) break;
          if (shared < needed) continue;
        }
        other.terms ??= contentTerms(other.text);
        // The cosine is at most the summed weight of the point's terms the sentence contains (its own
        // weights are at most 1): most sentences fall short, and are never vectorised. The terms' places in
        // the story's vocabulary are looked up once for all points (a term outside it adds nothing).
        other.ids ??= vocabularyIds(model, other.terms);
        let bound = 0;
        for (let k = 0; k < other.ids.length; k++) bound += weightOf[other.ids[k]!]!;
        if (bound < options.sameFact - BOUND_SLACK) continue;
        other.vector ??= vectorFor(model, other.terms);
        if (cosine(vector, other.vector) >= options.sameFact && numbersAgree(chosen.text, other.text)) {
          sayers.push(index);
          return;
        }
      }
    }
  });
  return sayers;
}

/** The figures of a sentence as written ("1,200", "3.5"). (Not a closure in numbersAgree: tsx names each one as it is created.) */
function numbersIn(text: string): Set<string> {
  return new Set(text.match(/\d[\d,.]*\d|\d/g) ?? []);
}

/** Two sentences with figures state the same fact only if they share a figure. */
function numbersAgree(a: string, b: string): boolean {
  const x = numbersIn(a);
  const y = numbersIn(b);
  if (x.size === 0 || y.size === 0) return true;
  for (const n of x) if (y.has(n)) return true;
  return false;
}

/**
 * The day a wire dateline may carry between its city and its outlet: "Feb 10", "Sept. 3", "10 February"
 * (with a year or not), then a comma or not.
 */
const DATELINE_DAY = (() => {
  const month = MONTHS.map((m) => `${m[0]!.toUpperCase()}${m.slice(1, 3)}(?:${m.slice(3)}|${m === 'september' ? 't' : ''})?`).join('|');
  return `(?:(?:${month})\\.?\\s+\\d{1,2}|\\d{1,2}\\s+(?:${month})\\.?)(?:,?\\s+\\d{4})?,?\\s*`;
})();
/** The region or country after the city, as wires write it: "VELM, Aster, …", "ORVIK, North Vale —". */
const DATELINE_REGION = `(?:,\\s*\\p{Lu}[\\p{Ll}.'’-]+(?:\\s+\\p{Lu}[\\p{Ll}.'’-]+)?(?=[,\\s(:—–-]))?`;
/**
 * A city in capitals and a dash, with the day or not: "OSLO — ", "VESSBURG, Sept 16 — ", "ORVIK, Aster — "; or
 * a colon after the region, "SKORVA, Norland: " (a name in capitals and a colon alone is a transcript's speaker,
 * "HOLM: ").
 */
const CITY_DATELINE = new RegExp(`^[A-Z][A-Z .,'’-]{2,}(?:${DATELINE_REGION}(?:\\s(?:--|—|–)\\s+|,\\s*${DATELINE_DAY}(?:--|—|–)\\s+)|,\\s*\\p{Lu}[\\p{Ll}.'’-]+(?:\\s+\\p{Lu}[\\p{Ll}.'’-]+)?:\\s+(?=\\p{Lu}))`, 'u');
const KNOWN_WIRE_DATELINE = new RegExp(`^(?:[A-Z][\\p{L}.'’-]*(?:[ ,]+[A-Z][\\p{L}.'’-]*)*,?\\s*(?:${DATELINE_DAY})?)?\\((?:CNN|AP|Reuters|AFP|UPI)\\)\\s*(?:--|—|–|-)?\\s*`, 'u');
const INITIALS_DATELINE = new RegExp(`^(?:[A-Z][A-Z.'’-]*(?:[ ,]+[A-Z][A-Z.'’-]*)*${DATELINE_REGION},?\\s*(?:${DATELINE_DAY})?)?\\([A-Z]{2,6}\\)\\s*(?:--|—|–|-)\\s*`, 'u');
const NAMED_OUTLET_DATELINE = new RegExp(`^[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Z.'’-]*)*${DATELINE_REGION},?\\s*(?:${DATELINE_DAY})?\\(\\p{Lu}[\\p{L}&.'’-]*(?:\\s+\\p{Lu}[\\p{L}&.'’-]*){0,3}\\)\\s*(?:--|—|–|-)\\s*`, 'u');

/** Drops a wire dateline ("LONDON (Reuters) - ", "(CNN)", "LONDON, Feb 10 (Reuters) - "): it is metadata, not part of the fact. */
export function stripDateline(text: string): string {
  return text
    .replace(KNOWN_WIRE_DATELINE, '')
    .replace(CITY_DATELINE, '')
    // Any outlet's initials in brackets opening the article: "(MNN) — ", "SKARVIK (NPA) — ".
    .replace(INITIALS_DATELINE, '')
    // An outlet named in words, after a city in capitals: "LARKHILL (Sportsline) — ", "CORRIN (Allied Press) — ".
    .replace(NAMED_OUTLET_DATELINE, '');
}

const NAVIGATION = /^(?:watch|click|read|find|see|follow|sign up|subscribe|share|scroll|listen|download|like us|join|tap|swipe|you can|you might|you may|for more|more on|related|log in|already a subscriber|refresh (?:the|this) page|welcome (?:back )?to (?:our|the|this|today['’]s) (?:live|rolling|continuing|coverage|blog|page)|here(?:['’]s|\s+is|\s+are)\s+(?:what|everything|all|how|why)\b(?=[^:]*$)|get (?:our|the)\b[^.!?:]{0,40}\b(?:newsletters?|app|alerts?|briefing|bulletin)\b)\b/i;
/**
 * The newsroom's own step, no fact of the story: "We have contacted the ministry for comment.", "The harbour
 * master has been approached for comment." ("… did not respond to a request for comment" is the story's.)
 */
const ASKED_FOR_COMMENT = /^(?:we\s+(?:have|had)\s+(?:contacted|approached|asked)|[^,;:]{3,60}\s+(?:has|have)\s+been\s+(?:contacted|approached|asked))\b[^.!?;]{0,60}\bfor\s+(?:a\s+|further\s+)?comments?\.$/i;
/**
 * The outlet's own people at work, no fact of the story: "Our correspondent Mina Roswell is at the count in Orvik, …",
 * "Our reporter has been to the site." The briefing is not the outlet's, so its "our" is nobody's.
 */
const OUR_REPORTER = /^Our\s+(?:[\p{L}-]+\s+){0,2}?(?:reporters?|correspondents?|editors?|team|photographers?|crew|journalists?|producers?)\b/u;
/** A note about the page itself: "This page will be updated as the story develops.", "This is a developing story." */
const PAGE_NOTE = /^(?:(?:this|the)\s+(?:page|article|story|post|blog|report)\s+(?:will|may|is|has|was|would)\b[^.!?]{0,20}?\bupdated\b|this\s+is\s+a\s+(?:developing|breaking)\s+(?:news\s+)?story\b)/i;
const METADATA = /^(?:by\s+[A-Z]|published:|updated:|last updated|copyright|©|photo:|image:|video:|source:|credit:)/i;

/** Why a sentence cannot be a key point, or undefined when it can. Exported for tests. */
export function unfitReason(text: string, options: Pick<KeyPointOptions, 'minWords' | 'maxWords' | 'maxChars' | 'maxQuoted'> = DEFAULT_KEY_POINT_OPTIONS): string | undefined {
  return unfitFor(text, withoutQuotes(text), wordCount(text), options);
}

/** `unfitReason` for a sentence whose blanked text (`withoutQuotes`) and word count are known. */
function unfitFor(text: string, outside: string, words: number, options: Pick<KeyPointOptions, 'minWords' | 'maxWords' | 'maxChars' | 'maxQuoted'>, noCaption = false): string | undefined {
  if (words < options.minWords) return 'too short to carry a fact';
  if (words > options.maxWords || text.length > options.maxChars) return 'too long to be one point';
  if (NAVIGATION.test(text)) return 'navigation or call to action';
  if (METADATA.test(text)) return 'byline or metadata';
  if (ASKED_FOR_COMMENT.test(text)) return 'the newsroom asking for comment';
  if (OUR_REPORTER.test(text)) return "the outlet's own reporter at work";
  if (PAGE_NOTE.test(text)) return 'a note about the page';
  // The interviewer's turn on a question-and-answer page, a question even when it has no "?".
  if (/^Q\s*:\s/.test(text)) return 'a question';
  // The last character that is not a closing mark, space or bracket: how the sentence ends.
  const last = finalMark(text);
  if (last === '?') return 'a question';
  if (finalMark(outside) === '?') return 'a question';
  if (last !== '.' && last !== '!') return 'not a finished sentence (headline, caption or list item)';
  if (wordsWithLetters(outside) < 4) return 'a bare quotation: belongs to quotes, not points';
  if (!hasLowerCaseWord(outside)) return 'a list of names or a heading: no lower-case word, so no verb';
  if (!noCaption && gluedCaption(text)) return 'a photo caption run into the text';
  if (unbalancedQuotes(text)) return 'quotation marks that do not pair up';
  if (unownedFirstPerson(text, outside)) return 'first person with no speaker';
  if (writersFirstPerson(outside)) return "the writer's first person: someone told the writer";
  if (lacksVerb(outside)) return 'a fragment without a verb';
  if (fragmentList(outside)) return 'a list of fragments without a verb';
  if (picturedCaption(outside)) return 'a photo caption: "pictured" is its only verb';
  if (sceneCaption(text, outside)) return 'a photo caption: a scene in the present on a named day';
  if (1 - outside.length / text.length > options.maxQuoted) return 'mostly quotation: it belongs to quotes, with its speaker';
  return undefined;
}

function finalMark(text: string): string {
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === ' ' || c === '"' || c === "'" || c === '”' || c === '’' || c === ')' || c === ']' || c === '\n' || c === '\t') continue;
    return c;
  }
  return '';
}

/**
 * Whether a word of the text opens with a lower-case letter. A sentence has its verb in lower case; a team sheet
 * ("Orvik City: Holm, Berg, Lund; Ansah, Whitlow."), a list of names or a heading in capitals has none.
 */
function hasLowerCaseWord(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) {
      const before = i === 0 ? 32 : text.charCodeAt(i - 1);
      if (before === 32 || before === 40 || before === 34 || before === 39 || before === 0x201c || before === 0x2018 || before === 45 || (before >= 48 && before <= 57)) return true;
    }
  }
  // Beyond ASCII only when no ASCII word was found (rare): "élan", "über".
  return /(?:^|[\s("“‘'-])\p{Ll}/u.test(text);
}

/** Words with at least one letter or digit (a lone dash or comma left by blanked quotes is not one). */
function wordsWithLetters(text: string): number {
  let count = 0;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || (code >= 9 && code <= 13) || code === 0xa0) {
      counted = false;
    } else if (!counted && ((code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) || (code >= 0xc0 && !(code >= 0x2000 && code <= 0x206f)))) {
      count++;
      counted = true;
    }
  }
  return count;
}

const SENTENCE_OPENERS = new Set(['The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'His', 'Her', 'Their', 'Its', 'In', 'On', 'At', 'But', 'And', 'This', 'These', 'Those', 'There', 'When', 'After', 'Now', 'Mr', 'Mrs', 'Ms', 'Police', 'Officials',
  // Conjunctions and adverbials that open a clause: capitalised after a lower-case word, a new sentence starts.
  'As', 'While', 'If', 'Although', 'Despite', 'During', 'Before', 'Since', 'Meanwhile', 'However', 'Then', 'Earlier', 'Later', 'According', 'Following', 'Speaking']);
const OPENER_AFTER_SPACE = new RegExp(` (?:${[...SENTENCE_OPENERS].join('|')})\\b`, 'g');
const BEFORE_A_NAME = new Set(['of', 'by', 'in', 'to', 'at', 'for', 'from', 'on', 'with', 'as', 'and', 'or', 'the', 'a', 'an', 'into', 'about', 'called', 'named', 'titled', 'dubbed', 'says', 'said', 'told', 'than', 'like', 'against', 'over', 'under', 'that', 'see', 'read', 'watch']);

/**
 * Where a caption without its full stop runs into the next sentence ("…in the town The man was…"):
 * a lower-case word, not one that usually precedes a title or name ("by The Times"), followed by
 * a word that usually opens a sentence. Returns the offset of the real sentence, or -1.
 */
export function captionEnd(text: string): number {
  let end = -1;
  for (const match of text.matchAll(OPENER_AFTER_SPACE)) {
    const at = match.index!;
    const previous = text.slice(text.lastIndexOf(' ', at - 1) + 1, at);
    if (!/^[\p{Ll}\d][\p{L}\d'’]*[’'"”]?$/u.test(previous) && !/[\p{Ll}\d][’'"”]$/u.test(previous)) continue;
    if (BEFORE_A_NAME.has(previous)) continue;
    end = at + 1;
    break;
  }
  // …or one that opens with a name and what the person said or did ("…later this month Kovac told…").
  const named = namedClauseEnd(text);
  return named >= 0 && (end < 0 || named < end) ? named : end;
}

/** True when a caption runs into the sentence (see `captionEnd`). */
export function gluedCaption(text: string): boolean {
  return captionEnd(text) >= 0;
}

/** Soft evidence that a sentence makes a weaker point: it leans on context, speaks unattributed, or is long. */
function adjustment(s: Sentence, options: KeyPointOptions): number {
  let factor = 1;
  if (/^(?:he|she|it|they|this|that|these|those|his|her|its|their|but|and|so|however|also)\b/i.test(s.text)) factor *= options.dependent;
  const outside = s.outside;
  if (/\b(?:you|your)\b/i.test(outside)) factor *= options.reader;
  if (/(?:^|[^\p{L}])(?:I|[Ww]e|[Mm]y|[Oo]ur)(?![\p{L}’'])/u.test(outside)) factor *= options.firstPerson;
  factor *= 1 - options.quoted * (1 - outside.length / s.text.length);
  const words = s.words;
  if (words > options.longWords) factor *= Math.pow(options.longPenalty, words - options.longWords);
  return factor;
}

/**
 * Previews that a report in another article supersedes, by two rules: the preview's event verb
 * appears in the past tense in a sentence of another article, not older than the preview's, that
 * shares two of its names or content words (`supersededBySameVerb`); or a later day's report gives
 * the event in other words (`supersededByLaterReports`).
 */
function supersededPreviews(candidates: Sentence[], articles: DatedArticle[], days: ReadonlyArray<string | undefined>, latest: string | undefined): Set<number> {
  const out = new Set<number>();
  if (articles.length < 2) return out;
  const previewed = candidates.map((s) => previewedVerbs(s.outside));
  // A guess ("are thought to have") previews no verb of its own: only a later report can supersede it.
  if (previewed.some((v) => v.length > 0)) supersededBySameVerb(candidates, articles, previewed, out);
  const sameEvent = sharedEvent(candidates);
  supersededRumours(candidates, articles, sameEvent, out);
  // The story's latest publication day is what the later-report, count and state rules compare with.
  if (!latest) return out;
  supersededByLaterReports(candidates, days, latest, out, sameEvent);
  pastSchedules(candidates, days, latest, out);
  outdatedCounts(candidates, days, latest, WHEN_TERMS, out);
  supersededStates(candidates, days, latest, sameEvent, out);
  return out;
}

/**
 * Rumours that another article confirms: "Holtby Bank is reported to be considering closing its Dunmere branch"
 * against "Holtby Bank confirmed on Wednesday that it will close its Dunmere branch". The rumour (`rumourMood`) is
 * out of date once a sentence of another article, published the same day or later (or undated), confirms it
 * (`confirms`) and is about the same event (`sameEvent`: three shared terms, one a name or number of the rumour):
 * two points on one fact otherwise, the second still unsure. The confirmation may itself speak of the future ("will
 * close"), which the later-report rule does not take for a report.
 */
function supersededRumours(candidates: Sentence[], articles: DatedArticle[], sameEvent: (earlier: number, later: number) => boolean, out: Set<number>): void {
  const confirming: Array<boolean | undefined> = [];
  candidates.forEach((p, i) => {
    if (out.has(i) || !rumourMood(p.outside) || confirms(p.outside)) return;
    const date = articles[p.article]!.published;
    for (let j = 0; j < candidates.length; j++) {
      const r = candidates[j]!;
      if (r.article === p.article) continue;
      const reported = articles[r.article]!.published;
      if (date && reported && reported.slice(0, 10) < date.slice(0, 10)) continue;
      if (!(confirming[j] ??= confirms(r.outside)) || !sameEvent(i, j)) continue;
      out.add(i);
      return;
    }
  });
}

/** The verb rule of `supersededPreviews`: `previewed` holds each candidate's previewed verbs. */
function supersededBySameVerb(candidates: Sentence[], articles: DatedArticle[], previewed: string[][], out: Set<number>): void {
  // Every preview is compared with every candidate: each candidate's distinct terms are numbered once (when
  // first compared), and a preview's are marked in an array (by the preview's index), so that counting the
  // terms two sentences share is array reads, not set look-ups of strings.
  const termIds = new Map<string, number>();
  const idsOf: Array<Int32Array | undefined> = [];
  const markedBy: number[] = [];
  const reporters = new Map<string, (lower: string) => boolean>();
  const loweredOutside: Array<string | undefined> = [];
  candidates.forEach((p, i) => {
    const verbs = previewed[i]!;
    if (verbs.length === 0) return;
    for (const id of (idsOf[i] ??= distinctTermIds(p.terms, termIds))) markedBy[id] = i;
    const date = articles[p.article]!.published;
    // "will close from June 1": a report published before that day cannot have reported the closure.
    const when = date ? eventDay(p.outside, date) : undefined;
    // Compiled once per set of verbs, tried against every sentence of the other articles (each lowered once).
    const key = verbs.join(' ');
    let done = reporters.get(key);
    if (!done) {
      done = loweredDoneReporter(verbs);
      reporters.set(key, done);
    }
    for (let j = 0; j < candidates.length; j++) {
      const r = candidates[j]!;
      if (r.article === p.article) continue;
      const reported = articles[r.article]!.published;
      if (date && reported && reported.slice(0, 10) < date.slice(0, 10)) continue;
      // …unless the report names that day itself: "called off Friday's sailings" is the halt of Friday, decided before it.
      if (when && (!reported || (reported.slice(0, 10) < when && eventDay(r.outside, reported) !== when))) continue;
      if (sharesVerb(previewed[j]!, verbs)) continue;
      let shared = 0;
      const ids = (idsOf[j] ??= distinctTermIds(r.terms, termIds));
      for (let k = 0; k < ids.length; k++) if (markedBy[ids[k]!] === i && ++shared >= 2) break;
      if (shared >= 2 && done((loweredOutside[j] ??= r.outside.toLowerCase()))) {
        out.add(i);
        return;
      }
    }
  });
}

/** Words of when, not of what: a preview and its report name different days. */
const WHEN_TERMS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tomorrow', 'tonight', 'morning', 'afternoon', 'evening', 'night', 'day', 'week', 'weekend', 'month', 'year', 'next', 'last', 'expected', 'due', 'planned', 'scheduled', 'thought', 'told', 'likely']);

/** Event terms two sentences must share before a report (with another verb) supersedes a preview. */
const SHARED_EVENT_TERMS = 3;

/**
 * Previews whose event a later article reports in other words: "is expected to retire" against
 * "reached its verdict", "will face X" against "beat X 2-1", "will strike" against "was called
 * off", "are thought to have fallen" against "fell 9 percent". The preview is in the mood of a
 * preview or a guess (`previewMood`); the report is from an article published on a later day,
 * says something was done (`reportsPast`) and previews nothing itself ("…, will be sentenced on
 * June 12" reports no sentence); the two share three terms of what happened (content words, not
 * days), one of them a name or a number: "port", "terminal" and "strike" alone are any strike's.
 * Undated articles and reports of the same day are left to the verb rule above: on the day of a
 * preview, a past tense may be of something before the event. A preview that dates its event
 * (`eventDay`: "from June 1") is superseded only by a report published on or after that day. A preview
 * whose own day the story has passed is out of date with no report at all (`pastDue`).
 */
function supersededByLaterReports(candidates: Sentence[], day: ReadonlyArray<string | undefined>, latest: string, out: Set<number>, sameEvent: (earlier: number, later: number) => boolean): void {
  const reports: Array<boolean | undefined> = [];
  candidates.forEach((p, i) => {
    const date = day[p.article];
    if (out.has(i) || !date || date >= latest || !previewMood(p.outside)) return;
    if (pastDue(p.outside, date, latest)) return void out.add(i);
    const when = eventDay(p.outside, date);
    for (let j = 0; j < candidates.length; j++) {
      const r = candidates[j]!;
      const reported = day[r.article];
      if (!reported || reported <= date || (when && reported < when)) continue;
      if (!sameEvent(i, j)) continue;
      if (!(reports[j] ??= reportsPast(r.outside) && !previewMood(r.outside))) continue;
      out.add(i);
      return;
    }
  });
}

/**
 * Is a preview of an article of `date` one of a day the story (latest `latest`) has since passed? "Three judges will decide on Thursday whether …", from
 * Monday's article, in a story whose latest article is from Friday. Whatever happened on Thursday, the
 * briefing is read after it, so the sentence states as still to come what is not; the report of it may
 * use none of its words ("walked out of prison", "cut the sentences"), so no report is looked for. The
 * day must be said in the clause the preview opens ("will vote on Wednesday on a budget"), not elsewhere
 * in a report ("approved it on Wednesday after an amendment scrapped plans to close …"). A preview of the
 * latest day itself stays: its article may be that morning's.
 */
function pastDue(outside: string, date: string, latest: string, clauses = previewClauses(outside)): boolean {
  for (const clause of clauses) {
    const when = eventDay(clause, date);
    if (when && when < latest) return true;
  }
  return false;
}

/**
 * A schedule told in the present whose day the story has passed: "Polling stations open at 7am on Sunday" from
 * Saturday's article, in a story whose latest article is Monday's, is out of date as "will open on Sunday" is
 * (`pastDue`). The day must be said in the clause the verb opens (`scheduleClauses`), and the sentence must report
 * nothing as done.
 */
function pastSchedules(candidates: Sentence[], day: ReadonlyArray<string | undefined>, latest: string, out: Set<number>): void {
  candidates.forEach((p, i) => {
    const date = day[p.article];
    if (out.has(i) || !date || date >= latest) return;
    const clauses = scheduleClauses(p.outside);
    // A sentence that also reports something done ("approved its budget on Wednesday …") is a report, not a timetable.
    if (clauses.length > 0 && pastDue(p.outside, date, latest, clauses) && !reportsPast(p.outside)) out.add(i);
  });
}

/**
 * Whether a later candidate is about the same event as an earlier one: the two share three terms of what
 * happened (content words, not days), one of them a name or a number of the earlier ("port", "terminal"
 * and "strike" alone are any strike's). Each candidate's terms and names are read once, when first compared.
 */
function sharedEvent(candidates: Sentence[]): (earlier: number, later: number) => boolean {
  const eventTerms: Array<Set<string> | undefined> = [];
  // The names and numbers of a sentence, as the words contentTerms gives ("n:ansah" → "ansah").
  const namedOf: Array<Set<string> | undefined> = [];
  const termsOf = (k: number) => (eventTerms[k] ??= new Set(candidates[k]!.terms.filter((t) => !WHEN_TERMS.has(t))));
  const named = (k: number) => (namedOf[k] ??= new Set(conceptsOf(candidates[k]!.text).filter((c) => c[0] === 'n' || c[0] === '#').map((c) => c.slice(2))));
  return (i, j) => {
    const own = termsOf(i);
    const shared: string[] = [];
    for (const t of termsOf(j)) if (own.has(t)) shared.push(t);
    if (shared.length < SHARED_EVENT_TERMS) return false;
    const names = named(i);
    return shared.some((t) => names.has(t));
  };
}

/** `a.some((v) => b.includes(v))`, without a closure per pair of candidates. */
function sharesVerb(a: readonly string[], b: readonly string[]): boolean {
  for (let i = 0; i < a.length; i++) if (b.includes(a[i]!)) return true;
  return false;
}

/** A sentence's distinct terms as numbers: the same term, the same number in `ids` (numbers are added as terms are met). */
function distinctTermIds(terms: readonly string[], ids: Map<string, number>): Int32Array {
  const own = new Int32Array(terms.length);
  let n = 0;
  for (const t of terms) {
    let id = ids.get(t);
    if (id === undefined) {
      id = ids.size;
      ids.set(t, id);
    }
    // Terms are few per sentence: a scan of those kept finds a repeat.
    let repeat = false;
    for (let k = 0; k < n && !repeat; k++) repeat = own[k] === id;
    if (!repeat) own[n++] = id;
  }
  return own.subarray(0, n);
}

/**
 * Each candidate's concepts and each concept's weight: its kind's weight times, summed over the
 * articles that state it, its prominence there (1 / (k + 1)^conceptDecay for the first candidate
 * k stating it) times 1 + ln(candidates stating it). Many sources, early and often: heavy. With
 * `shareNames` (a story), a name word's weight is also multiplied by its mean share of a name.
 */
function weighConcepts(candidates: Sentence[], options: KeyPointOptions, shareNames = false): { concepts: Int32Array[]; weights: Float64Array; kinds: ConceptKind[] } {
  const ids = new Map<string, number>();
  const kinds: ConceptKind[] = [];
  // Candidates come article by article (collectCandidates), so one article's tallies are kept in
  // arrays by concept id and added to the sums when the next article starts: the same sums, in the
  // same article order, without a map entry per concept and article.
  const sums: number[] = [];
  const prominenceOf: number[] = [];
  const countOf: number[] = [];
  let touched: number[] = [];
  let article = -1;
  const flush = () => {
    for (const id of touched) {
      sums[id] = (sums[id] ?? 0) + prominenceOf[id]! * (1 + Math.log(countOf[id]!));
      countOf[id] = 0;
    }
    touched = [];
  };
  const runs: NameRun[][] = [];
  const all = candidates.map((s, i) => conceptsOf(s.text, shareNames ? (runs[i] = []) : undefined));
  // Per name concept: the summed share of a name its mentions had (1/k in a k-word name), and how many.
  const shareOf = new Map<string, { share: number; mentions: number }>();
  const mention = (name: string, share: number) => {
    const m = shareOf.get(name);
    if (m) {
      m.share += share;
      m.mentions++;
    } else shareOf.set(name, { share, mentions: 1 });
  };
  // A sentence's first word is capitalised anyway: it is a name when the story capitalises it elsewhere.
  const names = new Set<string>();
  for (const found of all) for (const c of found) if (c.charCodeAt(0) === 110) names.add(c);
  const concepts = candidates.map((s, index) => {
    if (s.article !== article) {
      flush();
      article = s.article;
    }
    const found = all[index]!;
    const opening = openingName(s.text);
    const openingIsName = opening !== undefined && names.has(opening);
    if (openingIsName && !found.includes(opening)) found.push(opening);
    if (shareNames) {
      // "Velmar Semiconductors said…": a name opening the sentence is one with the run after it.
      const joined = openingIsName ? runs[index]!.find((r) => r.afterOpening) : undefined;
      if (openingIsName) mention(opening, 1 / (1 + (joined?.names.length ?? 0)));
      for (const r of runs[index]!) for (const name of r.names) mention(name, 1 / (r.names.length + (r === joined ? 1 : 0)));
    }
    const own = new Int32Array(found.length);
    const prominence = 1 / Math.pow(s.position + 1, options.conceptDecay);
    for (let k = 0; k < found.length; k++) {
      const c = found[k]!;
      let id = ids.get(c);
      if (id === undefined) {
        id = ids.size;
        ids.set(c, id);
        kinds.push(c[0] as ConceptKind);
      }
      own[k] = id;
      if (countOf[id]) {
        countOf[id]!++;
        prominenceOf[id] = Math.max(prominenceOf[id]!, prominence);
      } else {
        countOf[id] = 1;
        prominenceOf[id] = prominence;
        touched.push(id);
      }
    }
    return own;
  });
  flush();
  const weights = new Float64Array(ids.size);
  for (let id = 0; id < weights.length; id++) weights[id] = sums[id]! * options.conceptWeights[kinds[id]!];
  for (const [name, { share, mentions }] of shareOf) weights[ids.get(name)!]! *= share / mentions;
  return { concepts, weights, kinds };
}

/**
 * Another outlet's wording of a picked point's fact: every figure of the candidate (numbers with
 * their scale: "#:2.3 million", "#:41") is stated by the point, and it has two of them or shares a
 * name with the point. "A jury found Renfrew guilty of stealing 2.3 million pounds from 41
 * residents" and "A British care-home owner was convicted of stealing 2.3 million pounds from the
 * savings of 41 residents" are one fact; their different words make the second look new to the
 * concept count (its bigrams and "British"), but its figures give it away.
 */
function repeatedFigures(concepts: Int32Array[], kinds: ConceptKind[], candidates: Sentence[]): (point: number, i: number) => boolean {
  return (point, i) => {
    let figures = 0;
    for (const id of concepts[i]!) {
      if (kinds[id] !== '#') continue;
      if (!concepts[point]!.includes(id)) return false;
      figures++;
    }
    if (figures >= 2) return true;
    if (figures !== 1) return false;
    if (concepts[i]!.some((id) => kinds[id] === 'n' && concepts[point]!.includes(id))) return true;
    // "The plant would employ about 1,500 people" after "… will build a battery plant, creating 1,500 jobs": a
    // count of a hundred or more is rarely the same by chance, and a word of the fact ("plant") is shared.
    return largeSharedCount(candidates[i]!.text, candidates[point]!.text) && concepts[i]!.some((id) => kinds[id] === 'w' && concepts[point]!.includes(id));
  };
}

/**
 * Both sentences write the same count of a hundred or more: a whole number standing alone ("1,500", "2,400"),
 * not a year, a decimal or an age or size in a compound ("140-year-old", "300-metre").
 */
function largeSharedCount(a: string, b: string): boolean {
  const theirs = new Set(countsIn(b));
  for (const n of countsIn(a)) if (theirs.has(n) && !/^(?:1[89]|20)\d\d$/.test(n)) return true;
  return false;
}

function countsIn(text: string): string[] {
  return text.match(/(?<![\p{L}\d.,-])(?:\d{1,3}(?:,\d{3})+|\d{3,})(?![\p{L}\d-]|[.,]\d)/gu) ?? [];
}

/** A capitalised word after the first: the sentence names a person, place or organisation. */
function namesSomeone(text: string): boolean {
  return /\s\p{Lu}\p{Ll}/u.test(text.replace(/^\S+/u, ''));
}

/**
 * Candidates that mostly restate a quote the briefing lists with its speaker: at least half of the
 * sentence is inside quotation marks, and one of the quotes (its first 30 letters) is in it.
 */
function restatedQuotes(candidates: Sentence[], quotes: readonly string[]): Set<number> {
  const out = new Set<number>();
  // Each quote's letters are read once, for its head and for the whole.
  const whole = quotes.map(lettersOf);
  const heads = whole.map((w) => w.slice(0, 30)).filter((h) => h.length >= 20);
  if (heads.length === 0) return out;
  candidates.forEach((s, i) => {
    if (s.outside.trim().length > s.text.length / 2) return;
    const text = lettersOf(s.text);
    if (heads.some((h) => text.includes(h))) out.add(i);
    // The later sentences of a quote the briefing lists whole: the sentence's quotation is inside it.
    else if (quotedSpans(s.text).some((q) => q.length >= 20 && whole.some((w) => w.includes(q)))) out.add(i);
  });
  return out;
}

/** The letters and digits of each quotation in a sentence (the spans `withoutQuotes` blanks). */
function quotedSpans(text: string): string[] {
  const spans = text.match(/"[^"]*"?|“[^”]*”?|(?<=^|[\s(—–-])‘[^]*?’(?![\p{L}])|(?<=^|[\s(—–-])'[^]*?'(?![\p{L}])/gu) ?? [];
  return spans.map(lettersOf);
}

/**
 * A text's letters and digits in lower case, nothing else (`t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')`):
 * read by character codes when every character is ASCII or a typographic mark (curly quotes, dashes, "…",
 * a no-break space: none a letter or digit), as in most quotes and sentences.
 */
function lettersOf(text: string): string {
  const lower = text.toLowerCase();
  let keep = true;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c >= 128 && c !== 0x2018 && c !== 0x2019 && c !== 0x201c && c !== 0x201d && c !== 0x2013 && c !== 0x2014 && c !== 0x2026 && c !== 0xa0) return lower.replace(/[^\p{L}\p{N}]+/gu, '');
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) keep = false;
  }
  if (keep) return lower;
  let out = '';
  let from = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    const letter = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (letter && from < 0) from = i;
    else if (!letter && from >= 0) {
      out += lower.slice(from, i);
      from = -1;
    }
  }
  return out;
}
