import { describe, expect, it } from 'vitest';
import { comparableWords, mergeQuotes, sameQuote } from '../../../src/core/quotes/merge-quotes.js';
import type { ArticleQuote } from '../../../src/core/quotes/quotes.js';

const q = (text: string, source: string, name = 'Ada Quist', extra: Partial<ArticleQuote> = {}): ArticleQuote => ({
  text,
  speaker: { name },
  fragment: false,
  source,
  paragraphIndex: 0,
  start: 0,
  ...extra,
});

describe('mergeQuotes', () => {
  it('merges a quote with a trailing "as well" and a comma difference, keeping the fuller wording and the other as a variant', () => {
    expect(mergeQuotes([q('We have not done enough, and we know it', 'a'), q('We have not done enough and we know it as well', 'b')])).toEqual([
      { text: 'We have not done enough and we know it as well', speaker: { name: 'Ada Quist' }, sources: ['a', 'b'], fragment: false, variants: ['We have not done enough, and we know it'] },
    ]);
  });

  it('treats curly and straight apostrophes as the same, without changing either wording', () => {
    const merged = mergeQuotes([q('We didn’t see it coming', 'a'), q("We didn't see it coming", 'b')]);
    expect(merged).toEqual([{ text: 'We didn’t see it coming', speaker: { name: 'Ada Quist' }, sources: ['a', 'b'], fragment: false, variants: ["We didn't see it coming"] }]);
  });

  it('joins the two halves one outlet split into the whole quote another printed', () => {
    const merged = mergeQuotes([
      q('The river rose fast', 'b'),
      q('Nobody was hurt.', 'b'),
      q('The river rose fast. Nobody was hurt.', 'a'),
    ]);
    expect(merged).toEqual([
      { text: 'The river rose fast. Nobody was hurt.', speaker: { name: 'Ada Quist' }, sources: ['b', 'a'], fragment: false, variants: ['The river rose fast', 'Nobody was hurt.'] },
    ]);
  });

  it('keeps the same words from two different speakers apart', () => {
    expect(mergeQuotes([q('Not today', 'a', 'Ada Quist'), q('Not today', 'b', 'Ben Roe')]).map((m) => [m.text, m.speaker.name, m.sources])).toEqual([
      ['Not today', 'Ada Quist', ['a']],
      ['Not today', 'Ben Roe', ['b']],
    ]);
  });

  it('keeps different quotes of one speaker apart, in the order they were first read', () => {
    expect(mergeQuotes([q('The budget is balanced', 'a'), q('Taxes will fall next spring', 'a')]).map((m) => m.text)).toEqual([
      'The budget is balanced',
      'Taxes will fall next spring',
    ]);
  });

  it('gives one role per speaker: on a tie, the shorter role, in whichever order the sources come', () => {
    const a = q('First words here', 'a', 'Ada Quist', { speaker: { name: 'Ada Quist', role: 'Harbour chief' } });
    const b = q('Second words there', 'b', 'Ada Quist', { speaker: { name: 'Ada Quist', role: 'Harbour CEO' } });
    for (const input of [[a, b], [b, a]]) {
      expect(mergeQuotes(input).map((m) => m.speaker)).toEqual([
        { name: 'Ada Quist', role: 'Harbour CEO' },
        { name: 'Ada Quist', role: 'Harbour CEO' },
      ]);
    }
  });

  it('gives the role the sources use most, counting every mention once per article', () => {
    const a1 = q('First words here', 'a', 'Ada Quist', { speaker: { name: 'Ada Quist', role: 'Harbour chief' }, roleCounts: [['Harbour chief', 2], ['Port director', 1]] });
    const a2 = q('More words later', 'a', 'Ada Quist', { speaker: { name: 'Ada Quist', role: 'Harbour chief' }, roleCounts: [['Harbour chief', 2], ['Port director', 1]] });
    const b = q('Second words there', 'b', 'Ada Quist', { speaker: { name: 'Ada Quist', role: 'Port director' }, roleCounts: [['Port director', 3]] });
    // Port director: 1 + 3 = 4 mentions; Harbour chief: 2 (article a counted once, not once per quote).
    for (const input of [[a1, a2, b], [b, a1, a2]]) {
      expect(new Set(mergeQuotes(input).map((m) => m.speaker.role))).toEqual(new Set(['Port director']));
    }
  });

  it('is deterministic: the same input gives the same output', () => {
    const input = [q('One two three four', 'b'), q('one two three four five', 'a'), q('Six seven', 'a')];
    expect(JSON.stringify(mergeQuotes(input))).toBe(JSON.stringify(mergeQuotes(input.map((x) => ({ ...x })))));
  });
});

describe('sameQuote', () => {
  it('does not merge quotes that only share a few common words', () => {
    expect(sameQuote('We will win this election', 'We will never give up on this town')).toBe(false);
  });
});

describe('comparableWords', () => {
  // Text of ASCII and typographic marks is read by character codes, any other by Unicode regexes: the same words.
  it('reads curly and straight apostrophes, backticks, dashes, ellipses and no-break spaces as the regexes do', () => {
    expect(comparableWords('“We’re ‘late’ — again…” `Ann\u00a0O’Neill’s` 2,000\tE.U. \'\'')).toEqual(["we're", 'late', 'again', 'ann', "o'neill's", '2', '000', 'e', 'u']);
  });

  it('keeps letters beyond ASCII in the word and reads other symbols as breaks', () => {
    expect(comparableWords('Café naïve—“Zürich” ½ ’tis')).toEqual(['café', 'naïve', 'zürich', '½', 'tis']);
  });
});
