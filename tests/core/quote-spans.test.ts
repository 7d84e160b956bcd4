import { describe, expect, it } from 'vitest';
import { findParagraphQuoteSpans, findQuoteSpans } from '../../src/core/quote-spans.js';

const texts = (p: string) => findParagraphQuoteSpans(p).map((s) => [s.text, s.closed, s.kind]);

describe('quotation spans', () => {
  it('finds curly and straight double quotes with their offsets', () => {
    const p = 'He said “yes” and then "no".';
    expect(findParagraphQuoteSpans(p).map((s) => [s.text, s.start, s.end])).toEqual([
      ['yes', 8, 13],
      ['no', 23, 27],
    ]);
  });

  it('finds single curly quotes in a headline but not apostrophes', () => {
    expect(texts('Maker’s boss says ‘we haven’t failed’ after the recall')).toEqual([['we haven’t failed', true, 'single']]);
    expect(texts('The workers’ union and Facebook’s office')).toEqual([]);
  });

  it('marks a quote with no closing mark as running on, and the next paragraph that reopens it as continued', () => {
    const spans = findQuoteSpans(['She said: “The first part.', '“The second part.”', 'Plain text after.']);
    expect(spans.map((s) => [s.paragraphIndex, s.text, s.closed, s.continued])).toEqual([
      [0, 'The first part.', false, false],
      [1, 'The second part.', true, true],
    ]);
  });

  it('does not let a stray opening mark swallow the next quote', () => {
    expect(texts('It was “odd, he said. Then “fine” and “good”.')).toEqual([
      ['fine', true, 'double'],
      ['good', true, 'double'],
    ]);
  });

  it('ignores marks around nothing but punctuation', () => {
    expect(texts('An empty “ ” pair.')).toEqual([]);
  });

  it('keeps a quote nested in the same marks inside its outer quote', () => {
    expect(texts('“I would rather live in what he calls “chaos” than in his order,” she said.')).toEqual([
      ['I would rather live in what he calls “chaos” than in his order,', true, 'double'],
    ]);
  });
});
