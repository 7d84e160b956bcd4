/**
 * `npm run train -- --data <polnear-train dir> [--out <file>]`: trains the speaker ranker on
 * PolNeAR's training split and writes src/core/quotes/speaker-ranker-weights.json. Each quote the rules
 * give two or more candidate speakers is aligned with its gold quote (token-set F1 ≥ 0.5, as the
 * eval matches); a candidate is right when its speaker shares a name token with the gold Source
 * (a pronoun Source stands for the nearest earlier named one, as the eval resolves it). The model is
 * a conditional logit (eval/train-listwise.ts: a softmax over each quote's candidates), which beat the
 * pointwise logistic regression under the same cross-validation (docs/quotes.md, Speaker ranker). The L2
 * strength is chosen by 5-fold cross-validation over the training articles; nothing of the dev set
 * is read. Same data → same bytes.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractQuotes } from '../src/core/quotes/quotes.js';
import { RANKER_FEATURES } from '../src/core/quotes/speaker-ranker.js';
import { goldQuotes } from './lib/polnear-gold.js';
import { matchQuotes, speakerMatches } from './lib/score-quotes.js';
import { asReadArticle, loadPolnear, type PolnearArticle } from './polnear.js';
import { chooseL2, DEFAULT_ITERATIONS, FOLDS, L2_GRID, rankingAccuracy, serialiseModel, type RankExample } from './train-logistic.js';
import { trainListwise } from './train-listwise.js';
import { flagValue } from './lib/flag-value.js';

const DEFAULT_OUT = fileURLToPath(new URL('../src/core/quotes/speaker-ranker-weights.json', import.meta.url));

/** Candidates of every quote with two or more, labelled against the gold Sources. */
export function rankExamples(articles: PolnearArticle[]): { examples: RankExample[]; quotes: number } {
  const examples: RankExample[] = [];
  let quote = 0;
  articles.forEach((a, group) => {
    const observed: Array<{ text: string; candidates: Array<{ speaker: string; features: number[] }> }> = [];
    extractQuotes(asReadArticle(a.name, a.text), undefined, { chooser: 'rules', observe: (q) => observed.push(q) });
    const gold = goldQuotes(a.text, a.ann);
    for (const pair of matchQuotes(observed, gold)) {
      const source = gold[pair.g]!.source;
      const candidates = observed[pair.p]!.candidates;
      const labels = candidates.map((c) => (source && speakerMatches(c.speaker, source) ? 1 : 0));
      // Only a quote with a right and a wrong candidate teaches a choice.
      if (!labels.includes(1) || !labels.includes(0)) continue;
      candidates.forEach((c, i) => examples.push({ group, quote, x: c.features, y: labels[i] as 0 | 1 }));
      quote++;
    }
  });
  return { examples, quotes: quote };
}

/** Trains on the articles of `dir` and returns the weights file's text, with a report of the cross-validation. */
export function trainRanker(dir: string): { text: string; report: string[] } {
  const articles = loadPolnear(dir);
  const { examples, quotes } = rankExamples(articles);
  if (examples.length === 0) throw new Error(`no quote in ${dir} has both a right and a wrong candidate: nothing to train on`);
  const cv = chooseL2(examples, L2_GRID, FOLDS, DEFAULT_ITERATIONS, trainListwise);
  const report = cv.table.map((row) => `l2 ${row.l2}: cross-validated ranking accuracy ${row.accuracy.toFixed(4)}`);
  const model = trainListwise(examples, { l2: cv.l2 });
  const fit = rankingAccuracy(examples, model);
  const rule = rankingAccuracy(examples, { weights: RANKER_FEATURES.map((f) => (f === 'rule-choice' ? 1 : 0)), bias: 0 });
  report.push(`${articles.length} articles, ${quotes} quotes with a choice, ${examples.length} candidates; l2 ${cv.l2}`);
  report.push(`on these quotes: ranker ${(fit.right / fit.total).toFixed(4)} (cross-validated ${cv.accuracy.toFixed(4)}), rules ${(rule.right / rule.total).toFixed(4)}`);
  return { text: serialiseModel(RANKER_FEATURES, model, { loss: 'listwise', l2: cv.l2, quotes, candidates: examples.length, cvAccuracy: cv.accuracy }), report };
}

function main(): void {
  const value = (flag: string) => flagValue(process.argv.slice(2), flag);
  // The training data lives outside the repository; its folder is always named, never guessed.
  const data = value('--data');
  if (!data) throw new Error('name the training data: npm run train -- --data <polnear-train dir>');
  const out = value('--out') ?? DEFAULT_OUT;
  if (!existsSync(data)) throw new Error(`no such folder: ${data} (give --data <polnear-train dir>)`);
  const { text, report } = trainRanker(data);
  for (const line of report) process.stdout.write(`${line}\n`);
  writeFileSync(out, text);
  process.stdout.write(`wrote ${out}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
