/**
 * `npx tsx eval/pronoun-check.ts --data <polnear-train dir> [--sample train-sample|train-holdout]
 * [--select] [--show]`: scores the gold pronoun resolution (pronoun-sources.ts, as polnear-gold.ts
 * applies it) against a hand-labelled sample in eval/pronoun-check/: right (the same person as the hand answer),
 * wrong, unresolved. --select prints the sample's spans again by the README's fixed rule; --show
 * lists each item with the resolver's answer. Training split only: the dev split must stay unseen.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { goldQuotes } from './lib/polnear-gold.js';
import { samePerson } from './lib/same-person.js';
import { flagValue } from './lib/flag-value.js';
import { loadPolnear, type PolnearArticle } from './polnear.js';

export const SAMPLE_SIZE = 80;
const SAMPLED_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we']);
export const UNRESOLVABLE = 'unresolvable';

export interface PronounSpan {
  article: string;
  offset: number;
  pronoun: string;
}

export interface LabelledSpan {
  article: string;
  offset: number;
  answer: string;
}

/** Every pronoun Source (he/she/they/it/we) that is the Source of a gold direct quote, by article and offset. */
export function pronounSourceSpans(articles: readonly PolnearArticle[]): PronounSpan[] {
  const out: PronounSpan[] = [];
  for (const a of [...articles].sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0))) {
    const offsets = new Map<number, string>();
    for (const g of goldQuotes(a.text, a.ann)) {
      if (g.sourceAt !== undefined && SAMPLED_PRONOUNS.has(g.rawSource.trim().toLowerCase())) offsets.set(g.sourceAt, g.rawSource);
    }
    for (const [offset, pronoun] of [...offsets].sort((x, y) => x[0] - y[0])) out.push({ article: a.name, offset, pronoun });
  }
  return out;
}

/** A fixed systematic sample: indices floor((i + phase)·N/size), i = 0 … size−1. */
export function systematicSample<T>(items: readonly T[], size: number, phase = 0): T[] {
  if (items.length < size) throw new Error(`only ${items.length} pronoun Sources to sample ${size} from`);
  return Array.from({ length: size }, (_, i) => items[Math.floor(((i + phase) * items.length) / size)]!);
}

/**
 * The two hand-labelled samples: the 80 the resolver's rules were written against, and 40 more
 * labelled after the rules were written, to check them on pronouns they were not tuned on
 * (indices floor((i + 1/4)·N/40): none is in the first sample, since N/160 > 1).
 */
export const SAMPLES = {
  'train-sample': { size: SAMPLE_SIZE, phase: 0 },
  'train-holdout': { size: 40, phase: 0.25 },
} as const;

export function readSample(path: string): LabelledSpan[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      const item = JSON.parse(line) as Partial<LabelledSpan>;
      if (typeof item.article !== 'string' || typeof item.offset !== 'number' || typeof item.answer !== 'string') {
        throw new Error(`${path} line ${i + 1}: needs "article", "offset" and "answer"`);
      }
      return { article: item.article, offset: item.offset, answer: item.answer };
    });
}

export interface CheckedSpan extends LabelledSpan {
  pronoun: string;
  resolved: string;
  verdict: 'right' | 'wrong' | 'unresolved';
}

/**
 * The resolver's answer for each labelled span, exactly as the eval's gold reader gives it. An
 * unresolvable answer is right only when the resolver too leaves the pronoun unresolved.
 */
export function checkSample(articles: readonly PolnearArticle[], sample: readonly LabelledSpan[]): CheckedSpan[] {
  const byName = new Map(articles.map((a) => [a.name, a]));
  return sample.map((item) => {
    const article = byName.get(item.article);
    if (!article) throw new Error(`article ${item.article} is not in the data folder`);
    const gold = goldQuotes(article.text, article.ann).find((g) => g.sourceAt === item.offset);
    if (!gold) throw new Error(`${item.article} has no gold quote with its Source at ${item.offset}`);
    const unresolvable = item.answer === UNRESOLVABLE;
    const verdict = !gold.resolved ? (unresolvable ? 'right' : 'unresolved') : !unresolvable && samePerson(gold.source, item.answer) ? 'right' : 'wrong';
    return { ...item, pronoun: gold.rawSource, resolved: gold.resolved ? gold.source : '', verdict };
  });
}

function main(): void {
  const argv = process.argv.slice(2);
  const data = flagValue(argv, '--data');
  if (!data || !existsSync(data)) throw new Error('name the training data: --data <polnear-train dir>');
  if (/polnear-dev/u.test(data)) throw new Error('the pronoun check reads the training split only, never dev');
  const articles = loadPolnear(data);
  const name = flagValue(argv, '--sample') ?? 'train-sample';
  if (!(name in SAMPLES)) throw new Error(`--sample is one of ${Object.keys(SAMPLES).join(', ')}`);
  const { size, phase } = SAMPLES[name as keyof typeof SAMPLES];
  if (argv.includes('--select')) {
    const all = pronounSourceSpans(articles);
    process.stdout.write(`${all.length} pronoun Sources of direct quotes\n`);
    for (const s of systematicSample(all, size, phase)) process.stdout.write(`${JSON.stringify({ article: s.article, offset: s.offset })}\n`);
    return;
  }
  const here = dirname(fileURLToPath(import.meta.url));
  const checked = checkSample(articles, readSample(join(here, 'pronoun-check', `${name}.jsonl`)));
  const count = (v: CheckedSpan['verdict']) => checked.filter((c) => c.verdict === v).length;
  process.stdout.write(`${name}: pronoun Sources checked ${checked.length}: right ${count('right')}, wrong ${count('wrong')}, unresolved ${count('unresolved')}\n`);
  if (argv.includes('--show')) {
    for (const c of checked) process.stdout.write(`${c.verdict.padEnd(10)} ${c.article} @${c.offset} ${c.pronoun}: resolver "${c.resolved}", hand "${c.answer}"\n`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
