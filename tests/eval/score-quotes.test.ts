import { describe, expect, it } from 'vitest';
import type { GoldQuote } from '../../eval/lib/polnear-gold.js';
import { emptyCounts, scoreArticle, scores } from '../../eval/lib/score-quotes.js';

const gold = (text: string, source: string, resolved = true): GoldQuote => ({ text, start: 0, rawSource: source, source, resolved, named: resolved });

describe('the quote scorer', () => {
  it('credits a gold quote matched by a merged quote’s variant, the merged quote counting once for precision', () => {
    const counts = emptyCounts();
    scoreArticle(
      [{ text: 'The bridge opens in May', speaker: 'Ana Voss', variants: ['We will open the bridge by the end of May'] }],
      [gold('The bridge opens in May', 'Ana Voss'), gold('We will open the bridge by the end of May', 'Mayor Ana Voss')],
      counts,
    );
    expect(counts).toMatchObject({ predicted: 1, predictedMatched: 1, gold: 2, matched: 2, speakerRight: 2 });
    expect(scores(counts)).toMatchObject({ precision: 1, recall: 1 });
  });

  it('leaves quotes with an unresolved pronoun Source out of speaker accuracy, counted apart', () => {
    const counts = emptyCounts();
    scoreArticle(
      [
        { text: 'Not yet', speaker: 'Ana Voss' },
        { text: 'Wait for us', speaker: 'Ivo Brand' },
        { text: 'Go home now', speaker: 'Ana Voss’s aide' },
      ],
      [gold('Not yet', 'Ana Voss'), gold('Wait for us', 'they', false), gold('Go home now', 'Ana Voss')],
      counts,
    );
    expect(counts).toMatchObject({ matched: 3, unresolved: 1, unresolvedMatched: 1, speakerRight: 1 });
    expect(scores(counts).speakerAccuracy).toBe(0.5);
  });
});
