/**
 * Key points against CNN/DailyMail editors' highlights: ROUGE-1/2/L F1 (case-insensitive, js-rouge)
 * of the first three key points, beside Lead-3 and the BertSumExt lines shipped with the set, all
 * scored by the same scorer in the same run, on two fixed halves (tune: the first 50 ids sorted;
 * held-out: the rest). The set is read from `dir` at run time and never copied into the project.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { l as rougeL, n as rougeN } from 'js-rouge';
import { DEFAULT_KEY_POINT_OPTIONS, selectKeyPoints, type KeyPointOptions } from '../src/core/key-points/key-points.js';
import { extractQuotes } from '../src/core/quotes/quotes.js';
import { readArticle } from '../src/core/text/read-article.js';
import { splitSentences } from '../src/core/text/sentences.js';

interface Reference {
  id: string;
  reference: string;
  bertsumext: string;
}

export interface RougeScores {
  rouge1: number;
  rouge2: number;
  rougeL: number;
}

export interface CnndmSystemScores {
  lead3: RougeScores;
  lead3Plain: RougeScores;
  bertsumext: RougeScores;
  keyPoints: RougeScores;
  articles: number;
}

export interface CnndmResult {
  tune: CnndmSystemScores;
  heldOut: CnndmSystemScores;
  all: CnndmSystemScores;
}

/** ROUGE F1 of one summary against one reference, case-insensitive, in percent. */
export function rouge(candidate: string, reference: string): RougeScores {
  if (!candidate.trim()) return { rouge1: 0, rouge2: 0, rougeL: 0 };
  const options = { caseSensitive: false };
  return {
    rouge1: 100 * rougeN(candidate, reference, { n: 1, ...options }),
    rouge2: 100 * rougeN(candidate, reference, { n: 2, ...options }),
    rougeL: 100 * rougeL(candidate, reference, options),
  };
}

/** The article's first three sentences, split by the project's own splitter (what the key points see). */
export function lead3(text: string): string {
  return splitSentences(text).slice(0, 3).map((s) => s.text).join('\n');
}

/**
 * Lead-3 as the set's README measured it: a plain split after . ! ? (and a closing quote) before
 * a capital or an opening quote. Reproduces the published 40.54 / 16.34 / 37.24 within 0.1.
 */
export function lead3Plain(text: string): string {
  return text.split(/(?<=[.!?]['"’”]?)\s+(?=[A-Z‘'"“])/).slice(0, 3).join('\n');
}

/** The first three key points of the article, as the briefing would show them. */
export function keyPointSummary(id: string, text: string, options: KeyPointOptions = DEFAULT_KEY_POINT_OPTIONS, withQuotes = true): string {
  // The title is given so that the reader does not take the one-line body for a headline.
  const { article } = readArticle({ id, title: id, paragraphs: text.split(/\n+/) });
  // As in a briefing: a point that only restates one of the article's quotes is not chosen.
  const quotes = withQuotes ? extractQuotes(article).quotes.filter((q) => !q.fragment).map((q) => q.text) : [];
  return selectKeyPoints([article], 3, options, undefined, quotes).slice(0, 3).map((p) => p.text).join('\n');
}

export async function scoreCnndm(dir: string, options: KeyPointOptions = DEFAULT_KEY_POINT_OPTIONS): Promise<CnndmResult> {
  const lines = (await readFile(join(dir, 'references.jsonl'), 'utf8')).split('\n').filter((l) => l.trim());
  const references = lines.map((l) => JSON.parse(l) as Reference).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const texts = await Promise.all(references.map((r) => readFile(join(dir, `${r.id}.txt`), 'utf8')));
  const half = Math.ceil(references.length / 2);
  const score = (from: number, to: number): CnndmSystemScores => {
    const sums = { lead3: zero(), lead3Plain: zero(), bertsumext: zero(), keyPoints: zero() };
    for (let i = from; i < to; i++) {
      const r = references[i]!;
      const text = texts[i]!.trim();
      add(sums.lead3, rouge(lead3(text), r.reference));
      add(sums.lead3Plain, rouge(lead3Plain(text), r.reference));
      add(sums.bertsumext, rouge(r.bertsumext, r.reference));
      add(sums.keyPoints, rouge(keyPointSummary(r.id, text, options), r.reference));
    }
    const count = to - from;
    return { lead3: mean(sums.lead3, count), lead3Plain: mean(sums.lead3Plain, count), bertsumext: mean(sums.bertsumext, count), keyPoints: mean(sums.keyPoints, count), articles: count };
  };
  return { tune: score(0, half), heldOut: score(half, references.length), all: score(0, references.length) };
}

/** Lines to print: one table per half, then the whole set beside the README's published baselines. */
export async function evaluateCnndm(dir: string, options: KeyPointOptions = DEFAULT_KEY_POINT_OPTIONS): Promise<string[]> {
  const result = await scoreCnndm(dir, options);
  const out = ["CNN/DailyMail key points: ROUGE F1 (case-insensitive, js-rouge), first 3 key points vs editors' highlights"];
  const halves = [
    ['tune half (first 50 ids, sorted)', result.tune],
    ['held-out half (the rest)', result.heldOut],
    ['all', result.all],
  ] as const;
  for (const [name, scores] of halves) {
    out.push(`  ${name}, ${scores.articles} articles:`.padEnd(36) + '   R-1    R-2    R-L');
    out.push(row('Lead-3 (plain split)', scores.lead3Plain));
    out.push(row('Lead-3 (project splitter)', scores.lead3));
    out.push(row('BertSumExt (from the set)', scores.bertsumext));
    out.push(row('newsbrief key points', scores.keyPoints));
  }
  out.push('  published on all 100: Lead-3 40.54 / 16.34 / 37.24, BertSumExt 44.55 / 19.92 / 41.66');
  return out;
}

function row(label: string, s: RougeScores): string {
  return `    ${label.padEnd(28)} ${s.rouge1.toFixed(2).padStart(6)} ${s.rouge2.toFixed(2).padStart(6)} ${s.rougeL.toFixed(2).padStart(6)}`;
}

function zero(): RougeScores {
  return { rouge1: 0, rouge2: 0, rougeL: 0 };
}

function add(to: RougeScores, s: RougeScores): void {
  to.rouge1 += s.rouge1;
  to.rouge2 += s.rouge2;
  to.rougeL += s.rougeL;
}

function mean(s: RougeScores, count: number): RougeScores {
  return { rouge1: s.rouge1 / count, rouge2: s.rouge2 / count, rougeL: s.rougeL / count };
}
