import { describe, expect, it } from 'vitest';
import { cardFontMetrics } from '../../../src/render/card/bundled-fonts.js';
import { cardFileName } from '../../../src/render/card/card-file-name.js';
import { quoteDate, quoteOutlets } from '../../../src/render/card/card-meta.js';
import { drawableText } from '../../../src/render/card/drawable-text.js';
import { quoteCardSvg, renderQuoteCard } from '../../../src/render/card/quote-card.js';
import { bundledCardInputs, cardInput, decodePng } from './bundled-cards.js';

/** The drawn text of the quote area: every <text> at the quote's font size, in order. */
function quoteRuns(svg: string): { text: string; bold: boolean; size: number }[] {
  return [...svg.matchAll(/<text [^>]*font-size="(\d+)" font-weight="(\d+)"[^>]*xml:space="preserve">([^<]*)<\/text>/g)].map((m) => ({
    size: Number(m[1]),
    bold: m[2] === '700',
    text: m[3]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"'),
  }));
}

/** Every <text> of the card, in order, unescaped. */
function allTexts(svg: string): string[] {
  return [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<'));
}

describe('quote card PNG', () => {
  it('is 1200×675 landscape and 1080×1080 square, a valid PNG either way', async () => {
    const input = bundledCardInputs()[0]!;
    const landscape = decodePng(await renderQuoteCard(input, { size: 'landscape' }));
    const square = decodePng(await renderQuoteCard(input, { size: 'square', theme: 'light', accent: '#2266cc' }));
    expect([landscape.width, landscape.height]).toEqual([1200, 675]);
    expect([square.width, square.height]).toEqual([1080, 1080]);
    // The accent bar at the left edge is drawn in the accent colour, opaque.
    expect([...square.data.subarray(0, 4)]).toEqual([0x22, 0x66, 0xcc, 255]);
    // Light theme: a background pixel is white.
    const at = (1080 * 1070 + 1070) * 4;
    expect([...square.data.subarray(at, at + 4)]).toEqual([255, 255, 255, 255]);
  });

  it('gives the same bytes for the same input, drawn one after the other or at the same time', async () => {
    const input = bundledCardInputs()[1]!;
    const first = Buffer.from(await renderQuoteCard(input, { size: 'landscape' }));
    const together = await Promise.all([1, 2, 3].map(() => renderQuoteCard(input, { size: 'landscape' })));
    expect(together.map((png) => Buffer.from(png).equals(first))).toEqual([true, true, true]);
  });

  it('refuses an accent that is not a #rrggbb colour, naming it', () => {
    expect(() => quoteCardSvg(cardInput({ text: 'We had no choice.' }), { size: 'landscape', accent: 'red"/><script' })).toThrow(
      'card accent must be a colour like "#e8a317", not "red"/><script"',
    );
  });
});

describe('quote card layout', () => {
  it('draws the quote in typographic marks, the speaker, role, outlets and the latest date, and the story title', () => {
    const svg = quoteCardSvg(cardInput({ text: 'We had no choice but to close the harbour.' }), { size: 'landscape' });
    expect(allTexts(svg)).toEqual([
      'Wire, The Daily · 2 March 2024',
      'harbour master',
      '— Ana Lima',
      'Storm closes northern ports',
      '“We had no choice but to close',
      'the harbour.”',
    ]);
    expect(quoteRuns(svg).map((r) => r.size)).toEqual([60, 60]);
  });

  it('shrinks a longer quote before it wraps past the box', () => {
    const short = quoteRuns(quoteCardSvg(cardInput({ text: 'We had no choice.' }), { size: 'landscape' }));
    const long = quoteRuns(quoteCardSvg(cardInput({ text: 'We had no choice but to close the harbour. '.repeat(5).trim() }), { size: 'landscape' }));
    expect(short[0]!.size).toBe(60);
    expect(long[0]!.size).toBeLessThan(60);
    expect(long[0]!.size).toBeGreaterThanOrEqual(28);
  });

  it('cuts a very long quote at a sentence end with "…", never mid-word', () => {
    const sentences = Array.from({ length: 30 }, (_, i) => `Sentence number ${i + 1} says the harbour stays closed.`);
    const runs = quoteRuns(quoteCardSvg(cardInput({ text: sentences.join(' ') }), { size: 'landscape' }));
    const drawn = runs.map((r) => r.text).join(' ');
    expect(runs[0]!.size).toBe(28);
    expect(drawn).toMatch(/^“Sentence number 1 says the harbour stays closed\. .* closed\. …”$/);
    const kept = drawn.match(/Sentence number \d+/g)!.length;
    expect(kept).toBeGreaterThan(3);
    expect(kept).toBeLessThan(30);
  });

  it('cuts a single over-long sentence at a whole word when no sentence end fits', () => {
    const words = Array.from({ length: 200 }, (_, i) => `word${i}`).join(' ');
    const drawn = quoteRuns(quoteCardSvg(cardInput({ text: words }), { size: 'square' })).map((r) => r.text).join(' ');
    expect(drawn).toMatch(/^“word0 word1 .* word\d+…”$/);
  });

  it('shows a fragment inside the sentence it came from, the fragment bold on the accent', () => {
    const input = cardInput(
      { text: 'reckless', speaker: { name: 'Jonas Brandt' }, fragment: true, sources: ['daily'] },
      'Jonas Brandt called the decision “reckless”, and said the ports could have stayed open.',
    );
    const svg = quoteCardSvg(input, { size: 'landscape', accent: '#2266cc' });
    const runs = quoteRuns(svg);
    expect(runs.map((r) => [r.text, r.bold])).toEqual([
      ['Jonas Brandt called the decision', false],
      ['“reckless”,', true],
      ['and said the ports', false],
      ['could have stayed open.', false],
    ]);
    expect(svg).toContain('fill="#2266cc" fill-opacity="0.35"');
    expect(allTexts(svg).slice(0, 2)).toEqual(['The Daily · 2 March 2024', '— Jonas Brandt']);
  });

  it('draws each bundled fragment in the sentence the core recorded for it, so no card is a two-word card without context', () => {
    const fragments = bundledCardInputs().filter((input) => input.quote.fragment);
    expect(fragments.map((f) => [f.quote.text, f.context])).toEqual([
      [
        'improperly shared',
        'Facebook previously said that 87 million users had their data "improperly shared" in connection with Cambridge Analytica — a firm publicly associated with President Donald Trump\'s 2016 election campaign.',
      ],
      [
        'keeping people safe will always be more important than maximising profits',
        'Zuckerberg stressed that "keeping people safe will always be more important than maximising profits".',
      ],
      ['99 percent', 'According to him, Facebook\'s AI tools can flag "99 percent" of terror-related content that is removed before anyone else finds it.'],
      ['missed opportunity', 'A UK politician said that the session had been a "missed opportunity".'],
    ]);
    const highlighted = fragments.map((f) => quoteRuns(quoteCardSvg(f, { size: 'landscape' })).filter((r) => r.bold).map((r) => r.text).join(' '));
    expect(highlighted).toEqual(['"improperly shared"', '"keeping people safe will always be more important than maximising profits".', '"99 percent"', '"missed opportunity".']);
  });

  it('draws accented Latin, Greek and Cyrillic with the bundled fonts (no missing glyph)', () => {
    const { regular, bold } = cardFontMetrics();
    for (const text of ['Zoë Ćosić naïve Ærø ŧ', 'Κυριάκος Μητσοτάκης', 'Володимир Зеленський', 'Ελλάδα — Україна']) {
      expect(drawableText(text, [regular, bold])).toEqual({ text, omitted: 0 });
    }
    const svg = quoteCardSvg(cardInput({ text: 'Η Ελλάδα είναι έτοιμη.', speaker: { name: 'Володимир Зеленський' } }), { size: 'square' });
    expect(allTexts(svg)).toContain('— Володимир Зеленський');
    expect(svg).not.toContain('cannot be drawn');
  });

  it('leaves out characters no bundled font draws, and says so, instead of drawing boxes', () => {
    const { regular, bold } = cardFontMetrics();
    expect(drawableText('港口 closed 🛳️ today 👍🏽', [regular, bold])).toEqual({ text: 'closed today', omitted: 2 });
    const svg = quoteCardSvg(cardInput({ text: '港口关闭了' }), { size: 'landscape' });
    expect(allTexts(svg)).toContain('Some characters cannot be drawn here: the message has the full quote.');
    expect(quoteRuns(svg).map((r) => r.text).join(' ')).toBe('This quote is in a script the card cannot draw: read it in the message.');
  });

  it('names the outlets once each, in the quote’s order, and takes the calendar day as written', () => {
    const sources = [
      { id: 'a', title: 'A', publisher: 'Euronews', published: '2018-05-22T23:30:00-05:00' },
      { id: 'b', title: 'B', publisher: 'CNBC', published: '2018-05-21' },
      { id: 'c', title: 'C', publisher: 'Euronews' },
      { id: 'd', title: 'D', published: 'yesterday' },
    ];
    expect(quoteOutlets(['a', 'b', 'c', 'd'], sources)).toEqual(['Euronews', 'CNBC', 'd']);
    expect(quoteDate(['b', 'a'], sources)).toBe('22 May 2018');
    expect(quoteDate(['c', 'd'], sources)).toBeUndefined();
  });

  it('names card files by position and speaker slug', () => {
    expect(cardFileName(1, 10, 'Mark Zuckerberg')).toBe('01-mark-zuckerberg.png');
    expect(cardFileName(7, 120, 'José Manuel Barroso')).toBe('007-jose-manuel-barroso.png');
    expect(cardFileName(2, 2, 'Володимир Зеленський')).toBe('02-володимир-зеленський.png');
    expect(cardFileName(3, 3, '***')).toBe('03-speaker.png');
  });
});
