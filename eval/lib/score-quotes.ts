/**
 * Scores predicted quotes against gold with the rules: a prediction matches a gold quote
 * when token-set F1 ≥ 0.5 (each gold matched at most once, best match first); a speaker is right
 * when it shares a name token with the gold Source.
 */
import type { GoldQuote } from './polnear-gold.js';
import { tokenSetF1 } from './token-f1.js';

export interface PredictedQuote {
  text: string;
  speaker: string;
}

export interface QuoteCounts {
  predicted: number;
  gold: number;
  matched: number;
  speakerRight: number;
  namedMatched: number;
  namedSpeakerRight: number;
}

const NOT_NAME_TOKENS = new Set([
  'the', 'a', 'an', 'of', 'and', 'for', 'in', 'on', 'at', 'to', 'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov',
  'he', 'she', 'they', 'it', 'we', 'i', 'you', 'his', 'her', 'their', 'who', 'which', 'that', 's', 'jr', 'sr',
]);

export function nameTokens(text: string): Set<string> {
  const tokens = text.toLowerCase().replace(/[’‘]/g, "'").replace(/'s\b/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(tokens.filter((t) => !NOT_NAME_TOKENS.has(t)));
}

export function speakerMatches(predicted: string, gold: string): boolean {
  const g = nameTokens(gold);
  for (const t of nameTokens(predicted)) if (g.has(t)) return true;
  return false;
}

export function emptyCounts(): QuoteCounts {
  return { predicted: 0, gold: 0, matched: 0, speakerRight: 0, namedMatched: 0, namedSpeakerRight: 0 };
}

/**
 * Which prediction matches which gold quote: token-set F1 ≥ 0.5, each side matched at most once,
 * best overlap first (so each gold goes to the prediction that fits it best). Index pairs.
 */
export function matchQuotes(predicted: ReadonlyArray<{ text: string }>, gold: ReadonlyArray<{ text: string }>): Array<{ p: number; g: number }> {
  const pairs: Array<{ p: number; g: number; f1: number }> = [];
  predicted.forEach((p, pi) =>
    gold.forEach((g, gi) => {
      const f1 = tokenSetF1(p.text, g.text);
      if (f1 >= 0.5) pairs.push({ p: pi, g: gi, f1 });
    }),
  );
  pairs.sort((x, y) => y.f1 - x.f1 || x.p - y.p || x.g - y.g);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const matched: Array<{ p: number; g: number }> = [];
  for (const pair of pairs) {
    if (usedP.has(pair.p) || usedG.has(pair.g)) continue;
    usedP.add(pair.p);
    usedG.add(pair.g);
    matched.push({ p: pair.p, g: pair.g });
  }
  return matched;
}

export function scoreArticle(predicted: PredictedQuote[], gold: GoldQuote[], counts: QuoteCounts): void {
  counts.predicted += predicted.length;
  counts.gold += gold.length;
  for (const pair of matchQuotes(predicted, gold)) {
    const g = gold[pair.g]!;
    const right = speakerMatches(predicted[pair.p]!.speaker, g.source);
    counts.matched++;
    if (right) counts.speakerRight++;
    if (g.named) {
      counts.namedMatched++;
      if (right) counts.namedSpeakerRight++;
    }
  }
}

export interface QuoteScores {
  precision: number;
  recall: number;
  f1: number;
  speakerAccuracy: number;
  namedSpeakerAccuracy: number;
  endToEndF1: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function scores(c: QuoteCounts): QuoteScores {
  const precision = ratio(c.matched, c.predicted);
  const recall = ratio(c.matched, c.gold);
  return {
    precision,
    recall,
    f1: f1(precision, recall),
    speakerAccuracy: ratio(c.speakerRight, c.matched),
    namedSpeakerAccuracy: ratio(c.namedSpeakerRight, c.namedMatched),
    endToEndF1: f1(ratio(c.speakerRight, c.predicted), ratio(c.speakerRight, c.gold)),
  };
}
