import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/core/figures/figures.js';
import { selectKeyPoints } from '../../../src/core/key-points/key-points.js';
import { typographicQuotes } from '../../../src/core/text/typographic-quotes.js';

describe('typographic quotation marks for what a reader sees', () => {
  it("turns ''…'' into “…” and a nested `…' into ‘…’, leaving apostrophes alone", () => {
    expect(typographicQuotes("''We will not pay,'' Ms. Voss said of the workers' union.")).toBe('“We will not pay,” Ms. Voss said of the workers\' union.');
    expect(typographicQuotes("''Her office told me, `You'll get them,' '' she said.")).toBe('“Her office told me, ‘You\'ll get them,’ ” she said.');
    expect(typographicQuotes('Plain “curly” and \'straight\' text.')).toBe('Plain “curly” and \'straight\' text.');
  });

  it("shows a key point and a figure's sentence from archived text with “…”, never ''", () => {
    const article = {
      id: 'a',
      title: 'Port Wexford budget',
      paragraphs: ["Mayor Celeste Ambrose said the city's $340 million budget gap was ''manageable'' and that no teachers would be laid off this year."],
    };
    expect(selectKeyPoints([article], 1).map((p) => p.text)).toEqual(['Mayor Celeste Ambrose said the city\'s $340 million budget gap was “manageable” and that no teachers would be laid off this year.']);
    expect(extractFigures([article]).map((f) => f.context)).toEqual(['Mayor Celeste Ambrose said the city\'s $340 million budget gap was “manageable” and that no teachers would be laid off this year.']);
  });
});
