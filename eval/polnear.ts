/**
 * Quote attribution on PolNeAR (dev split): span precision/recall/F1, speaker accuracy (all and
 * named), end-to-end F1, for the naive floor and for newsbrief, on two fixed halves. Gold quotes
 * whose Source stays unresolved (a pronoun nobody fits, or a Source naming nobody) are counted on
 * each line and left out of speaker accuracy.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractQuotes } from '../src/core/quotes/quotes.js';
import { readArticle, type ReadArticle } from '../src/core/text/read-article.js';
import { naiveFloor } from './lib/naive-floor.js';
import { paragraphQuoteOffset } from './lib/quote-offset.js';
import { goldQuotes } from './lib/polnear-gold.js';
import { emptyCounts, matchQuotes, scoreArticle, scores, type PredictedQuote, type QuoteCounts } from './lib/score-quotes.js';
import type { ArticleQuote } from '../src/core/quotes/quotes.js';
import type { GoldQuote } from './lib/polnear-gold.js';

/** The first 42 files sorted by name are the tuning half; the rest are held out. */
export const TUNE_HALF_SIZE = 42;

export interface PolnearArticle {
  name: string;
  text: string;
  ann: string;
}

export function loadPolnear(dir: string): PolnearArticle[] {
  if (!existsSync(join(dir, 'text')) || !existsSync(join(dir, 'attributions'))) {
    throw new Error(`${dir} has no text/ and attributions/ folders: point --polnear at PolNeAR's dev split`);
  }
  const names = readdirSync(join(dir, 'text'))
    .filter((f) => f.endsWith('.txt'))
    .sort();
  return names.map((f) => ({
    name: f.replace(/\.txt$/, ''),
    text: readFileSync(join(dir, 'text', f), 'utf8'),
    ann: readFileSync(join(dir, 'attributions', f.replace(/\.txt$/, '.ann')), 'utf8'),
  }));
}

/**
 * The article as the core sees it after reading: first line the headline, every later line a
 * paragraph. The headline is not a paragraph too (the reader drops it from the body), or its
 * quotes would be counted twice.
 */
export function asReadArticle(name: string, text: string): ReadArticle {
  const lines = text.split('\n');
  return readArticle({ id: name, title: lines[0] ?? '', paragraphs: lines.slice(1) }).article;
}

/**
 * Each article of a PolNeAR folder with newsbrief's quotes, the gold quotes and the pairs the eval
 * matches (indexes into both): what the error tools on the training split walk through.
 */
export function* matchedArticles(dir: string): Generator<{ name: string; text: string; article: ReadArticle; quotes: ArticleQuote[]; gold: GoldQuote[]; pairs: Array<{ p: number; g: number }> }> {
  for (const a of loadPolnear(dir)) {
    const article = asReadArticle(a.name, a.text);
    const quotes = extractQuotes(article).quotes;
    const gold = goldQuotes(a.text, a.ann);
    const pairs = matchQuotes(quotes.map((q) => ({ ...q, at: paragraphQuoteOffset(a.text, article, q) })), gold);
    yield { name: a.name, text: a.text, article, quotes, gold, pairs };
  }
}

export function newsbriefQuotes(name: string, text: string): PredictedQuote[] {
  const article = asReadArticle(name, text);
  return extractQuotes(article).quotes.map((q) => ({ text: q.text, speaker: q.speaker.name, at: paragraphQuoteOffset(text, article, q) }));
}

function formatLine(label: string, c: QuoteCounts): string {
  const s = scores(c);
  const f = (x: number) => x.toFixed(3);
  return `${label.padEnd(30)} P ${f(s.precision)}  R ${f(s.recall)}  F1 ${f(s.f1)}  speaker ${f(s.speakerAccuracy)}  named ${f(s.namedSpeakerAccuracy)}  end-to-end F1 ${f(s.endToEndF1)}  (gold ${c.gold}, predicted ${c.predicted}; unresolved Sources (pronouns nobody fits, or naming nobody) ${c.unresolved}, ${c.unresolvedMatched} of them matched, left out of speaker accuracy)`;
}

export function evaluatePolnear(dir: string): string[] {
  const articles = loadPolnear(dir);
  const halves = [
    { label: 'tune', items: articles.slice(0, TUNE_HALF_SIZE) },
    { label: 'held-out', items: articles.slice(TUNE_HALF_SIZE) },
    { label: 'all', items: articles },
  ];
  const lines = [`PolNeAR quotes (${articles.length} articles; tune = first ${TUNE_HALF_SIZE} by name)`];
  for (const half of halves) {
    const floor = emptyCounts();
    const ours = emptyCounts();
    for (const a of half.items) {
      const gold = goldQuotes(a.text, a.ann);
      scoreArticle(naiveFloor(a.text), gold, floor, a.text);
      const predicted = newsbriefQuotes(a.name, a.text);
      scoreArticle(predicted, gold, ours, a.text);
    }
    lines.push(formatLine(`  ${half.label}: naive floor`, floor));
    lines.push(formatLine(`  ${half.label}: newsbrief`, ours));
  }
  return lines;
}
