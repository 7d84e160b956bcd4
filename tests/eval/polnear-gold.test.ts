import { describe, expect, it } from 'vitest';
import { goldQuotes, textQuoteSpans } from '../../eval/lib/polnear-gold.js';

/** A brat span line: T<n>, label, start and end offsets of `words` in `text`, the words. */
function span(id: string, label: string, text: string, words: string): string {
  const at = text.indexOf(words);
  return `${id}\t${label} ${at} ${at + words.length}\t${words}`;
}

describe('the PolNeAR gold reader', () => {
  // Made up, in the archived-NYT style: ''…'' in the body, single straight marks in the headline.
  const text = "Mayor Calls Plan 'Reckless,' Vows Veto\n''We will not pay for it,'' Mayor Ana Voss said. “Never,” she added.\n";
  const ann = [
    span('T1', 'Source', text, 'Mayor'),
    span('T2', 'Content', text, "'Reckless,'"),
    span('T3', 'Source', text, 'Mayor Ana Voss'),
    span('T4', 'Content', text, 'We will not pay for it,'),
    span('T5', 'Source', text, 'she'),
    span('T6', 'Content', text, 'Never,'),
    'E1\tCue:T0 Source:T1 Content:T2',
    'E2\tCue:T0 Source:T3 Content:T4',
    'E3\tCue:T0 Source:T5 Content:T6',
  ].join('\n');

  it("reads ''…'' quotes (even when the Content span leaves both marks out) and a headline's single-mark quote, beside “…”", () => {
    expect(goldQuotes(text, ann).map((g) => [g.text, g.start, g.source])).toEqual([
      ['Reckless,', text.indexOf('Reckless'), 'Mayor'],
      ['We will not pay for it,', text.indexOf('We will'), 'Mayor Ana Voss'],
      ['Never,', text.indexOf('Never'), 'Mayor Ana Voss'],
    ]);
  });

  it("gives the naive floor ''…'' spans too, apostrophes left alone", () => {
    expect(textQuoteSpans("''It's the '90s,'' he said.\nThe workers' union agreed.").map((s) => s.text)).toEqual(["It's the '90s,"]);
  });
});
