/**
 * The speaker ranker's ablation, printed by `npm run eval`: the same quotes and candidates, the
 * speaker chosen three ways — the trained ranker, today's rules, and the plain "subject of the
 * nearest cue" rule (nearest cue in the sentence, else in the paragraph, else the previous speaker).
 */
import { extractQuotes } from '../src/core/quotes/quotes.js';
import { readArticle } from '../src/core/text/read-article.js';
import type { SpeakerChooser } from '../src/core/quotes/speaker-ranker.js';
import { loadFictional } from './fictional.js';
import { goldQuotes } from './lib/polnear-gold.js';
import { paragraphQuoteOffset } from './lib/quote-offset.js';
import { emptyCounts, matchQuotes, scoreArticle, scores, speakerMatches, type QuoteCounts } from './lib/score-quotes.js';
import { asReadArticle, loadPolnear, TUNE_HALF_SIZE } from './polnear.js';

const CHOOSERS: Array<{ chooser: SpeakerChooser; label: string }> = [
  { chooser: 'ranker', label: 'ranker' },
  { chooser: 'rules', label: 'rules' },
  { chooser: 'nearest-cue', label: 'nearest-cue subject' },
];

const f = (x: number) => x.toFixed(3);

function line(label: string, c: QuoteCounts): string {
  const s = scores(c);
  return `${label.padEnd(36)} speaker ${f(s.speakerAccuracy)}  named ${f(s.namedSpeakerAccuracy)}  end-to-end F1 ${f(s.endToEndF1)}  (matched ${c.matched})`;
}

export function polnearAblation(dir: string): string[] {
  const articles = loadPolnear(dir);
  const halves = [
    { label: 'tune', items: articles.slice(0, TUNE_HALF_SIZE) },
    { label: 'held-out', items: articles.slice(TUNE_HALF_SIZE) },
    { label: 'all', items: articles },
  ];
  const lines = ['PolNeAR speaker ranker ablation (same candidates, three choosers)'];
  for (const half of halves) {
    for (const { chooser, label } of CHOOSERS) {
      const counts = emptyCounts();
      for (const a of half.items) {
        const article = asReadArticle(a.name, a.text);
        const predicted = extractQuotes(article, undefined, { chooser }).quotes.map((q) => ({ text: q.text, speaker: q.speaker.name, at: paragraphQuoteOffset(a.text, article, q) }));
        scoreArticle(predicted, goldQuotes(a.text, a.ann), counts, a.text);
      }
      lines.push(line(`  ${half.label}: ${label}`, counts));
    }
  }
  return lines;
}

export function fictionalAblation(dir: string, name: string): string[] {
  const articles = loadFictional(dir);
  const lines = [`${name}: speaker ranker ablation`];
  for (const { chooser, label } of CHOOSERS) {
    let gold = 0;
    let predictedCount = 0;
    let matched = 0;
    let right = 0;
    for (const a of articles) {
      const predicted = extractQuotes(readArticle({ id: a.name, title: a.article.title, paragraphs: a.article.paragraphs }).article, undefined, { chooser }).quotes;
      const spoken = a.article.quotes.filter((q) => q.speaker !== null && q.kind !== 'scare' && q.kind !== 'title');
      gold += spoken.length;
      predictedCount += predicted.length;
      for (const pair of matchQuotes(predicted, a.article.quotes)) {
        const g = a.article.quotes[pair.g]!;
        if (g.speaker === null || g.kind === 'scare' || g.kind === 'title') continue;
        matched++;
        if (speakerMatches(predicted[pair.p]!.speaker.name, g.speaker, [a.article.title, ...a.article.paragraphs].join('\n'))) right++;
      }
    }
    const p = predictedCount === 0 ? 0 : right / predictedCount;
    const r = gold === 0 ? 0 : right / gold;
    lines.push(`  ${label.padEnd(34)} speaker ${f(matched === 0 ? 0 : right / matched)}  end-to-end F1 ${f(p + r === 0 ? 0 : (2 * p * r) / (p + r))}  (matched ${matched})`);
  }
  return lines;
}
