import { describe, expect, it } from 'vitest';
import { goldQuotes, textQuoteSpans } from '../../eval/lib/polnear-gold.js';
import { span } from './brat-span.js';


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

describe('the PolNeAR gold reader on events and spans the first reader missed', () => {
  it('reads every Content argument of an event (Content2, …) with the event’s one Source', () => {
    const text = 'Ivo Brand spoke. “We are ready,” he said, adding later: “The rest can wait.”\n';
    const ann = [
      span('T1', 'Source', text, 'Ivo Brand'),
      span('T2', 'Source', text, 'he'),
      span('T3', 'Content', text, 'We are ready,'),
      span('T4', 'Content', text, 'The rest can wait.'),
      'E1\tCue:T0 Source:T2 Content:T3 Content2:T4',
      'E2\tCue:T0 Source:T1 Content:T9',
    ].join('\n');
    expect(goldQuotes(text, ann).map((g) => [g.text, g.source, g.resolved])).toEqual([
      ['We are ready,', 'Ivo Brand', true],
      ['The rest can wait.', 'Ivo Brand', true],
    ]);
  });

  it('reads a discontinuous Content span whose quote opens in one piece and closes in the next, and none lying in the gap', () => {
    const text = 'Ana Voss: “The bridge [she pointed] will open in May,” and “soon” was a joke.\n';
    const first = text.indexOf('“The bridge');
    const second = text.indexOf(' will open');
    const end = text.indexOf('May,”') + 5;
    const ann = [
      span('T1', 'Source', text, 'Ana Voss'),
      `T2\tContent ${first} ${text.indexOf(' [')};${second} ${end}\t“The bridge will open in May,”`,
      'E1\tCue:T0 Source:T1 Content:T2',
    ].join('\n');
    expect(goldQuotes(text, ann).map((g) => [g.text, g.start])).toEqual([['The bridge [she pointed] will open in May,', first + 1]]);
  });

  it('marks a pronoun Source no named Source agrees with as unresolved, and resolves one by gender past a nearer name', () => {
    const text = 'Ana Voss said she was sure. Ivo Brand said he was ready.\n“Not yet,” she said. “Wait,” they said.\n';
    const ann = [
      span('T1', 'Source', text, 'Ana Voss'),
      span('T2', 'Content', text, 'she was sure'),
      span('T3', 'Source', text, 'Ivo Brand'),
      span('T4', 'Content', text, 'he was ready'),
      `T5\tSource ${text.indexOf('she said')} ${text.indexOf('she said') + 3}\tshe`,
      span('T6', 'Content', text, 'Not yet,'),
      span('T7', 'Source', text, 'they'),
      span('T8', 'Content', text, 'Wait,'),
      'E1\tCue:T0 Source:T1 Content:T2',
      'E2\tCue:T0 Source:T3 Content:T4',
      'E3\tCue:T0 Source:T5 Content:T6',
      'E4\tCue:T0 Source:T7 Content:T8',
    ].join('\n');
    expect(goldQuotes(text, ann).map((g) => [g.text, g.source, g.resolved])).toEqual([
      ['Not yet,', 'Ana Voss', true],
      ['Wait,', 'they', false],
    ]);
  });
});
