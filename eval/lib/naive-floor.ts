/**
 * The naive floor: every text in quotation marks, speaker = the nearest capitalised name (a run of
 * capitalised words, common sentence openers left out) outside any quote in the same paragraph.
 * This reading reproduces the 0.46 end-to-end F1 the eval README reports for the floor.
 */
import type { PredictedQuote } from './score-quotes.js';
import { textQuoteSpans } from './polnear-gold.js';

const COMMON_CAPITALISED = new Set(['The', 'A', 'An', 'In', 'On', 'But', 'And', 'It', 'He', 'She', 'They', 'We', 'I', 'This', 'That', 'If', 'As', 'At', 'For']);

export function naiveFloor(text: string): PredictedQuote[] {
  const spans = textQuoteSpans(text);
  const inside = (at: number) => spans.some((s) => at >= s.start - 1 && at <= s.end);
  const names: Array<{ at: number; name: string }> = [];
  for (const m of text.matchAll(/\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*/gu)) {
    if (COMMON_CAPITALISED.has(m[0]) || inside(m.index)) continue;
    names.push({ at: m.index, name: m[0] });
  }
  return spans.map((s) => {
    const paragraphStart = text.lastIndexOf('\n', s.start);
    const next = text.indexOf('\n', s.end);
    const paragraphEnd = next < 0 ? text.length : next;
    let best = '';
    let distance = Infinity;
    for (const n of names) {
      if (n.at < paragraphStart || n.at > paragraphEnd) continue;
      const d = n.at < s.start ? s.start - (n.at + n.name.length) : n.at - s.end;
      if (d < distance) {
        distance = d;
        best = n.name;
      }
    }
    return { text: s.text, speaker: best };
  });
}
