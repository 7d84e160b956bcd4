/**
 * Quote attribution on newsbrief's own annotated set: 40 fictional articles (eval/fictional/<style>/)
 * written and annotated by the team in five house styles — wire copy, long-form and partisan blogs,
 * world and business news, national newspapers' web politics, aggregators quoting TV and social
 * posts. Fictional people and places, so it can live in the repository and be read freely, unlike
 * PolNeAR. The rules match eval/polnear.ts: token-set F1 ≥ 0.5 for a span, the same person (same-person.ts) for
 * a speaker. Quotes annotated as scare quotes or titles (no speaker) should not be extracted: one
 * that is counts against precision.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractQuotes } from '../src/core/quotes/quotes.js';
import { readArticle } from '../src/core/text/read-article.js';
import { matchQuotes, speakerMatches } from './lib/score-quotes.js';

export interface FictionalQuote {
  text: string;
  speaker: string | null;
  kind: 'speech' | 'partial' | 'scare' | 'title';
}

export interface FictionalArticle {
  title: string;
  paragraphs: string[];
  quotes: FictionalQuote[];
}

export interface FictionalCounts {
  /** Quotes someone said (speech and partial). */
  gold: number;
  predicted: number;
  /** Gold quotes found. */
  matched: number;
  speakerRight: number;
}

export const FICTIONAL_DIR = new URL('./fictional/', import.meta.url);

/**
 * The house-style set: 12 fictional articles in the quotation styles the main set lacks — British
 * (primary single marks, ‘…’ or '…', the double ones nested) and archived New York Times text
 * (''…'', with ` or ' nested). Scored by the same --fictional run, on its own lines.
 */
export const FICTIONAL_STYLES_DIR = new URL('./fictional-styles/', import.meta.url);

export function loadFictional(dir: string): Array<{ style: string; name: string; article: FictionalArticle }> {
  const out: Array<{ style: string; name: string; article: FictionalArticle }> = [];
  for (const style of readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
    const folder = join(dir, style);
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.json')).sort()) {
      out.push({ style, name: file.replace(/\.json$/u, ''), article: JSON.parse(readFileSync(join(folder, file), 'utf8')) as FictionalArticle });
    }
  }
  return out;
}

const spoken = (q: FictionalQuote): boolean => q.speaker !== null && q.kind !== 'scare' && q.kind !== 'title';

/** Scores one article into `counts`: each gold quote matched at most once, best overlap first. */
export function scoreFictional(article: FictionalArticle, counts: FictionalCounts, id = 'fictional'): void {
  const predicted = extractQuotes(readArticle({ id, title: article.title, paragraphs: article.paragraphs }).article).quotes;
  const gold = article.quotes;
  counts.predicted += predicted.length;
  counts.gold += gold.filter(spoken).length;
  for (const pair of matchQuotes(predicted, gold)) {
    const g = gold[pair.g]!;
    if (!spoken(g)) continue;
    counts.matched++;
    if (speakerMatches(predicted[pair.p]!.speaker.name, g.speaker!, [article.title, ...article.paragraphs].join('\n'))) counts.speakerRight++;
  }
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

function formatLine(label: string, c: FictionalCounts): string {
  const f = (x: number) => x.toFixed(3);
  const precision = ratio(c.matched, c.predicted);
  const recall = ratio(c.matched, c.gold);
  const e2e = f1(ratio(c.speakerRight, c.predicted), ratio(c.speakerRight, c.gold));
  return `${label.padEnd(24)} P ${f(precision)}  R ${f(recall)}  F1 ${f(f1(precision, recall))}  speaker ${f(ratio(c.speakerRight, c.matched))}  end-to-end F1 ${f(e2e)}  (gold ${c.gold}, predicted ${c.predicted})`;
}

export function evaluateFictional(dir: string, name = 'Fictional set', folder = 'eval/fictional'): string[] {
  const articles = loadFictional(dir);
  const lines = [`${name} (${articles.length} articles in ${folder}, newsbrief's own; same rules as PolNeAR)`];
  const all: FictionalCounts = { gold: 0, predicted: 0, matched: 0, speakerRight: 0 };
  for (const style of [...new Set(articles.map((a) => a.style))]) {
    const counts: FictionalCounts = { gold: 0, predicted: 0, matched: 0, speakerRight: 0 };
    for (const a of articles.filter((x) => x.style === style)) scoreFictional(a.article, counts, a.name);
    lines.push(formatLine(`  ${style}`, counts));
    for (const key of ['gold', 'predicted', 'matched', 'speakerRight'] as const) all[key] += counts[key];
  }
  lines.push(formatLine('  all', all));
  return lines;
}
