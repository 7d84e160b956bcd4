/**
 * Scores predicted quotes against gold with the rules: a prediction matches a gold quote
 * when token-set F1 ≥ 0.5 (each gold matched at most once, best match first; a merged quote's
 * `variants` are wordings of it too, each able to match one gold quote); a speaker is right when it
 * is the same person as the gold Source (same-person.ts). Gold quotes whose speaker is unknown (a
 * pronoun Source nobody fits, or a Source that names nobody: none, or only the cue) are counted
 * apart and left out of speaker accuracy and end-to-end F1.
 */
import type { GoldQuote } from './polnear-gold.js';
import { samePerson } from './same-person.js';
import { tokenSetF1 } from './token-f1.js';

export interface PredictedQuote {
  text: string;
  speaker: string;
  /** Other wordings of the same quote (a merged quote's variants). */
  variants?: string[];
  /** Offset in the article's text, where known (quote-offset.ts): ties between equal wordings go to the nearest gold. */
  at?: number | undefined;
}

export interface QuoteCounts {
  predicted: number;
  gold: number;
  /** Gold quotes matched by a prediction. */
  matched: number;
  /** Predictions that matched at least one gold quote (more than one only through their variants). */
  predictedMatched: number;
  /** Gold quotes whose speaker is unknown (unresolved pronoun, Source naming nobody), and how many were matched. */
  unresolved: number;
  unresolvedMatched: number;
  speakerRight: number;
  namedMatched: number;
  namedSpeakerRight: number;
}

/** The scorer's speaker rule: the same person (see same-person.ts), not a shared word. */
export function speakerMatches(predicted: string, gold: string, article?: string): boolean {
  return samePerson(predicted, gold, article);
}

export function emptyCounts(): QuoteCounts {
  return { predicted: 0, gold: 0, matched: 0, predictedMatched: 0, unresolved: 0, unresolvedMatched: 0, speakerRight: 0, namedMatched: 0, namedSpeakerRight: 0 };
}

/**
 * Which prediction matches which gold quote: token-set F1 ≥ 0.5, each side matched at most once,
 * best overlap first (so each gold goes to the prediction that fits it best). Equal overlaps (the
 * same words said twice) go by distance where both sides have an offset, else by order. Index pairs.
 */
export function matchQuotes(
  predicted: ReadonlyArray<{ text: string; variants?: string[] | undefined; at?: number | undefined }>,
  gold: ReadonlyArray<{ text: string; start?: number }>,
): Array<{ p: number; g: number }> {
  // Each wording of a prediction (its text, then its variants) may match one gold quote.
  const pairs: Array<{ p: number; w: number; g: number; f1: number; distance: number }> = [];
  predicted.forEach((p, pi) =>
    [p.text, ...(p.variants ?? [])].forEach((wording, wi) =>
      gold.forEach((g, gi) => {
        const f1 = tokenSetF1(wording, g.text);
        const distance = p.at !== undefined && g.start !== undefined ? Math.abs(p.at - g.start) : Number.MAX_SAFE_INTEGER;
        if (f1 >= 0.5) pairs.push({ p: pi, w: wi, g: gi, f1, distance });
      }),
    ),
  );
  pairs.sort((x, y) => y.f1 - x.f1 || x.distance - y.distance || x.p - y.p || x.w - y.w || x.g - y.g);
  const usedWording = new Set<string>();
  const usedG = new Set<number>();
  const matched: Array<{ p: number; g: number }> = [];
  for (const pair of pairs) {
    if (usedWording.has(`${pair.p}/${pair.w}`) || usedG.has(pair.g)) continue;
    usedWording.add(`${pair.p}/${pair.w}`);
    usedG.add(pair.g);
    matched.push({ p: pair.p, g: pair.g });
  }
  return matched;
}

/** `article`, where given, is the article's text: same-person.ts reads which name forms it uses. */
export function scoreArticle(predicted: PredictedQuote[], gold: GoldQuote[], counts: QuoteCounts, article?: string): void {
  counts.predicted += predicted.length;
  counts.gold += gold.length;
  counts.unresolved += gold.filter((g) => !g.resolved).length;
  const pairs = matchQuotes(predicted, gold);
  counts.predictedMatched += new Set(pairs.map((pair) => pair.p)).size;
  for (const pair of pairs) {
    const g = gold[pair.g]!;
    counts.matched++;
    if (!g.resolved) {
      counts.unresolvedMatched++;
      continue;
    }
    const right = speakerMatches(predicted[pair.p]!.speaker, g.source, article);
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
  const precision = ratio(c.predictedMatched, c.predicted);
  const recall = ratio(c.matched, c.gold);
  // Quotes whose gold speaker is unknown (an unresolved pronoun, a Source naming nobody) cannot be right or wrong.
  return {
    precision,
    recall,
    f1: f1(precision, recall),
    speakerAccuracy: ratio(c.speakerRight, c.matched - c.unresolvedMatched),
    namedSpeakerAccuracy: ratio(c.namedSpeakerRight, c.namedMatched),
    endToEndF1: f1(ratio(c.speakerRight, c.predicted - c.unresolvedMatched), ratio(c.speakerRight, c.gold - c.unresolved)),
  };
}
