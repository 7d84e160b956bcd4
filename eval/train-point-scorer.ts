/**
 * `npm run train:points -- --data <cnndm-dev dir> [--out <file>]`: trains the key points' sentence
 * scorer (src/core/key-points/point-scorer.ts) on the TUNE half of CNN/DailyMail dev only (the
 * first half of the ids in sorted order, the split eval/cnndm.ts scores as "tune"; the held-out
 * half is never read) and writes src/core/key-points/point-scorer-weights.json.
 * `npm run train:points -- --headlines <PolNeAR split dir> [--out <file>]` trains it on articles
 * with headlines instead, none of CNN/DailyMail (eval/train-point-headlines.ts).
 *
 * Labels: the greedy oracle of each article — up to three candidates that, added one by one, most
 * raise ROUGE-1 + ROUGE-2 of their union against the reference (the editors' highlights, or the
 * headline) — are the positives, the other candidates the negatives. The L2 strength and the
 * coverage weight of the model's score are chosen by 5-fold cross-validation over articles (fold =
 * article index mod 5), judged by what matters: ROUGE-2 against the reference of the key points the
 * pipeline then chooses on the held-back fold. Same data → same bytes.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_KEY_POINT_OPTIONS, pointCandidates, selectKeyPoints, type KeyPointOptions } from '../src/core/key-points/key-points.js';
import { POINT_FEATURES, type PointScorer } from '../src/core/key-points/point-scorer.js';
import { extractQuotes } from '../src/core/quotes/quotes.js';
import { readArticle, type ReadArticle } from '../src/core/text/read-article.js';
import { lead3Plain, rouge } from './cnndm.js';
import { serialiseModel, trainLogistic, type Model, type RankExample } from './train-logistic.js';
import { flagValue } from './lib/flag-value.js';

const DEFAULT_OUT = fileURLToPath(new URL('../src/core/key-points/point-scorer-weights.json', import.meta.url));

export const POINT_L2_GRID = [1, 0.3, 0.1, 0.03, 0.01, 0.003];
/** Weight of the model's score against new concept weight in the coverage step (1: the model alone). */
export const POINT_RELEVANCE_GRID = [0.7, 0.85, 1];
export const POINT_FOLDS = 5;

export interface TuneArticle {
  id: string;
  text: string;
  reference: string;
}

/**
 * An article read once for training: cross-validation chooses its key points hundreds of times, and
 * reading and finding quotes cost more than choosing.
 */
export interface TrainingArticle {
  id: string;
  /** The body as plain text: what Lead-3 reads. */
  text: string;
  /** What the key points are scored against: the editors' highlights, or the headline. */
  reference: string;
  article: ReadArticle;
  /** The article's quotes, as a briefing passes them: a point that restates one is not chosen. */
  quotes: string[];
}

export function trainingArticle(id: string, text: string, reference: string, article: ReadArticle): TrainingArticle {
  return { id, text, reference, article, quotes: extractQuotes(article).quotes.filter((q) => !q.fragment).map((q) => q.text) };
}

/** A CNN/DailyMail article read as eval/cnndm.ts reads it (keyPointSummary). */
export function tuneTrainingArticle(a: TuneArticle): TrainingArticle {
  // The title is given so that the one-line body is not taken for a headline.
  return trainingArticle(a.id, a.text, a.reference, readArticle({ id: a.id, title: a.id, paragraphs: a.text.split(/\n+/) }).article);
}

/** The first three key points, one a line: what keyPointSummary (eval/cnndm.ts) gives for the same article. */
export function keyPointsOf(a: TrainingArticle, options: KeyPointOptions): string {
  return selectKeyPoints([a.article], 3, options, undefined, a.quotes).slice(0, 3).map((p) => p.text).join('\n');
}

/** The tune half of a CNN/DailyMail-style folder (references.jsonl + <id>.txt): the first half of the sorted ids. */
export function loadTuneHalf(dir: string): TuneArticle[] {
  const lines = readFileSync(join(dir, 'references.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
  const references = lines.map((l, i) => {
    const r = JSON.parse(l) as { id?: unknown; reference?: unknown };
    if (typeof r.id !== 'string' || typeof r.reference !== 'string') throw new Error(`${join(dir, 'references.jsonl')} line ${i + 1}: needs a string "id" and "reference"`);
    return { id: r.id, reference: r.reference };
  });
  references.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return references.slice(0, Math.ceil(references.length / 2)).map((r) => ({ ...r, text: readFileSync(join(dir, `${r.id}.txt`), 'utf8').trim() }));
}

/** Candidate indices of the greedy oracle: each step adds the one that most raises R-1 + R-2 of the union; stops when none does. */
export function greedyOracle(sentences: readonly string[], reference: string, size = 3): number[] {
  const picked: number[] = [];
  let best = 0;
  while (picked.length < size) {
    let choice = -1;
    let value = best;
    for (let i = 0; i < sentences.length; i++) {
      if (picked.includes(i)) continue;
      const summary = [...picked, i].sort((a, b) => a - b).map((k) => sentences[k]!).join('\n');
      const r = rouge(summary, reference);
      if (r.rouge1 + r.rouge2 > value) {
        value = r.rouge1 + r.rouge2;
        choice = i;
      }
    }
    if (choice < 0) break;
    picked.push(choice);
    best = value;
  }
  return picked.sort((a, b) => a - b);
}

/** Every candidate of every article, labelled by the oracle; `group` is the article's index. */
export function pointExamples(articles: readonly TrainingArticle[]): RankExample[] {
  const examples: RankExample[] = [];
  articles.forEach((a, group) => {
    const candidates = pointCandidates(a.article);
    const positives = new Set(greedyOracle(candidates.map((c) => c.text), a.reference));
    candidates.forEach((c, i) => examples.push({ group, quote: group, x: c.features, y: positives.has(i) ? 1 : 0 }));
  });
  return examples;
}

export function scorerOf(model: Model, relevance: number): PointScorer {
  return { features: POINT_FEATURES, weights: model.weights, bias: model.bias, relevance };
}

/** Mean ROUGE-2 of the first three key points over `articles`, with these options. */
export function meanRouge2(articles: readonly TrainingArticle[], options: KeyPointOptions): number {
  if (articles.length === 0) return 0;
  let sum = 0;
  for (const a of articles) sum += rouge(keyPointsOf(a, options), a.reference).rouge2;
  return sum / articles.length;
}

export interface CrossValidation {
  l2: number;
  relevance: number;
  rouge2: number;
  table: Array<{ l2: number; relevance: number; rouge2: number }>;
}

/** Pipeline ROUGE-2 on each held-back fold with a model trained on the others, for every grid point; ties go to the first listed. */
export function crossValidate(articles: readonly TrainingArticle[], examples: readonly RankExample[], l2Grid = POINT_L2_GRID, relevanceGrid = POINT_RELEVANCE_GRID, folds = POINT_FOLDS): CrossValidation {
  const table: CrossValidation['table'] = [];
  for (const l2 of l2Grid) {
    const models = Array.from({ length: folds }, (_, k) => trainLogistic(examples.filter((e) => e.group % folds !== k), { l2 }));
    for (const relevance of relevanceGrid) {
      let sum = 0;
      articles.forEach((a, index) => {
        const scorer = scorerOf(models[index % folds]!, relevance);
        sum += rouge(keyPointsOf(a, { ...DEFAULT_KEY_POINT_OPTIONS, scorer }), a.reference).rouge2;
      });
      table.push({ l2, relevance, rouge2: articles.length ? sum / articles.length : 0 });
    }
  }
  let best = table[0]!;
  for (const row of table) if (row.rouge2 > best.rouge2) best = row;
  return { l2: best.l2, relevance: best.relevance, rouge2: best.rouge2, table };
}

/**
 * An estimate of the whole procedure's ROUGE-2 that no choice has seen: for each outer fold, the
 * grid is cross-validated on the other articles only (inner folds by their index mod `folds`), a
 * model trained there with the chosen values, and the outer fold scored with it. The best row of
 * `crossValidate` is optimistic (the best of many noisy figures); this is not.
 */
export function nestedCrossValidate(articles: readonly TrainingArticle[], examples: readonly RankExample[], folds = POINT_FOLDS): number {
  let sum = 0;
  for (let k = 0; k < folds; k++) {
    const outer = articles.map((_, i) => i).filter((i) => i % folds !== k);
    const renumber = new Map(outer.map((i, j) => [i, j]));
    const inner = examples.filter((e) => renumber.has(e.group)).map((e) => ({ ...e, group: renumber.get(e.group)!, quote: renumber.get(e.group)! }));
    const cv = crossValidate(outer.map((i) => articles[i]!), inner, POINT_L2_GRID, POINT_RELEVANCE_GRID, folds);
    const scorer = scorerOf(trainLogistic(inner, { l2: cv.l2 }), cv.relevance);
    articles.forEach((a, i) => {
      if (i % folds === k) sum += rouge(keyPointsOf(a, { ...DEFAULT_KEY_POINT_OPTIONS, scorer }), a.reference).rouge2;
    });
  }
  return articles.length ? sum / articles.length : 0;
}

/** Trains on the tune half of `dir`; returns the weights file's text and a report of the cross-validation. */
export function trainPointScorer(dir: string): { text: string; report: string[] } {
  return trainOn(loadTuneHalf(dir).map(tuneTrainingArticle), { what: 'tune articles', reference: 'highlights', trainedOn: 'CNN/DailyMail dev tune half, greedy oracle against the highlights', source: `the tune half of ${dir}` });
}

export interface TrainingSet {
  /** What the articles are, for the report: "tune articles". */
  what: string;
  /** What the reference is, for the report: "highlights", "headline". */
  reference: string;
  /** Written into the weights file: which data and labels made it. */
  trainedOn: string;
  /** Where the articles came from, for an error. */
  source: string;
}

/** Labels, cross-validates and trains on read articles; returns the weights file's text and a report. */
export function trainOn(articles: readonly TrainingArticle[], set: TrainingSet): { text: string; report: string[] } {
  const examples = pointExamples(articles);
  if (!examples.some((e) => e.y === 1)) throw new Error(`no candidate in ${set.source} raises ROUGE against its ${set.reference}: nothing to train on`);
  const cv = crossValidate(articles, examples);
  const report = cv.table.map((row) => `l2 ${row.l2}, relevance ${row.relevance}: cross-validated R-2 ${row.rouge2.toFixed(2)}`);
  const baseline = meanRouge2(articles, { ...DEFAULT_KEY_POINT_OPTIONS, scorer: undefined });
  const lead = articles.length ? articles.reduce((s, a) => s + rouge(lead3Plain(a.text), a.reference).rouge2, 0) / articles.length : 0;
  const nested = nestedCrossValidate(articles, examples);
  const model = trainLogistic(examples, { l2: cv.l2 });
  const positives = examples.filter((e) => e.y === 1).length;
  report.push(`${articles.length} ${set.what}, ${examples.length} candidates, ${positives} oracle positives (${firstCandidateShare(examples)} of them an article's first candidate); chosen l2 ${cv.l2}, relevance ${cv.relevance}`);
  report.push(`R-2 against the ${set.reference}: scorer cross-validated ${cv.rouge2.toFixed(2)} (best of the grid), nested ${nested.toFixed(2)}; pipeline without it ${baseline.toFixed(2)}; Lead-3 ${lead.toFixed(2)}`);
  const meta = { trainedOn: set.trainedOn, relevance: cv.relevance, l2: cv.l2, articles: articles.length, candidates: examples.length, positives, cvRouge2: cv.rouge2, nestedCvRouge2: nested, withoutRouge2: baseline, lead3Rouge2: lead };
  return { text: serialiseModel(POINT_FEATURES, model, meta), report };
}

/** How many positives are their article's first candidate: how much the labels say "the lead". */
function firstCandidateShare(examples: readonly RankExample[]): number {
  let count = 0;
  examples.forEach((e, i) => {
    if (e.y === 1 && (i === 0 || examples[i - 1]!.group !== e.group)) count++;
  });
  return count;
}

async function main(): Promise<void> {
  const value = (flag: string) => flagValue(process.argv.slice(2), flag);
  // The data lives outside the repository; its folder is always named, never guessed.
  const data = value('--data');
  const headlines = value('--headlines');
  if (!data === !headlines) throw new Error('name the data, one of: npm run train:points -- --data <cnndm-dev dir> | --headlines <PolNeAR split dir>');
  const out = value('--out') ?? DEFAULT_OUT;
  let trained: { text: string; report: string[] };
  if (data) {
    if (!existsSync(join(data, 'references.jsonl'))) throw new Error(`no references.jsonl in ${data} (give --data <cnndm-dev dir>)`);
    trained = trainPointScorer(data);
  } else {
    // Imported here: that module builds on this one's exports.
    const { trainOnHeadlines } = await import('./train-point-headlines.js');
    trained = trainOnHeadlines(headlines!);
  }
  for (const line of trained.report) process.stdout.write(`${line}\n`);
  writeFileSync(out, trained.text);
  process.stdout.write(`wrote ${out}\n`);
}

// Not a top-level await: the --headlines module imports this one, and would wait for it forever.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
