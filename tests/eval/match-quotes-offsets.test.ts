import { describe, expect, it } from 'vitest';
import type { GoldQuote } from '../../eval/lib/polnear-gold.js';
import { quoteOffset } from '../../eval/lib/quote-offset.js';
import { emptyCounts, matchQuotes, scoreArticle } from '../../eval/lib/score-quotes.js';

const gold = (text: string, start: number, source: string): GoldQuote => ({ text, start, rawSource: source, source, resolved: true, named: true });

describe('the same short quote twice in a paragraph', () => {
  const text = 'Dock strike ends\n“Not again,” said Teodor Lasko. Wenna Orrel shook her head: “Not again,” she said.\n';
  const first = text.indexOf('Not again');
  const second = text.indexOf('Not again', first + 1);

  it('pairs a prediction with the gold occurrence nearest to it when both sides give an offset', () => {
    expect(matchQuotes([{ text: 'Not again', at: second - 1 }], [gold('Not again', first, 'Teodor Lasko'), gold('Not again', second, 'Wenna Orrel')])).toEqual([{ p: 0, g: 1 }]);
    const counts = emptyCounts();
    scoreArticle([{ text: 'Not again', speaker: 'Wenna Orrel', at: second - 1 }], [gold('Not again', first, 'Teodor Lasko'), gold('Not again', second, 'Wenna Orrel')], counts, text);
    expect(counts).toMatchObject({ matched: 1, speakerRight: 1 });
  });

  it('keeps the order-based tie-break where a prediction has no offset', () => {
    expect(matchQuotes([{ text: 'Not again' }], [gold('Not again', first, 'Teodor Lasko'), gold('Not again', second, 'Wenna Orrel')])).toEqual([{ p: 0, g: 0 }]);
  });

  it('finds a predicted quote’s offset from its paragraph, and none where the paragraph is not in the text verbatim', () => {
    const paragraph = text.split('\n')[1]!;
    expect(quoteOffset(text, paragraph, paragraph.lastIndexOf('“'))).toBe(second - 1);
    expect(quoteOffset(text, 'A paragraph the reader rewrote', 2)).toBeUndefined();
  });
});
