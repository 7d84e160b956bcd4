import { CARD_FONT_FAMILY, cardFontMetrics } from './bundled-fonts.js';
import { CARD_DIMENSIONS, DEFAULT_ACCENT, DEFAULT_THEME, type QuoteCardInput, type QuoteCardOptions } from './card-input.js';
import { quoteDate, quoteOutlets } from './card-meta.js';
import { drawableText } from './drawable-text.js';
import { layoutText, singleLine, toWords, type Fonts, type TextBlock, type Word } from './text-layout.js';

const THEMES = {
  dark: { background: '#101826', text: '#f5f7fa', muted: '#a3b1c6' },
  light: { background: '#ffffff', text: '#141b26', muted: '#4a5668' },
} as const;

const LAYOUT = {
  landscape: { pad: 72, top: 64, bottom: 56, title: 26, name: 36, role: 26, meta: 24, note: 20, quoteMax: 60, quoteMin: 28 },
  square: { pad: 80, top: 80, bottom: 72, title: 30, name: 42, role: 30, meta: 28, note: 24, quoteMax: 76, quoteMin: 32 },
} as const;

const HEX = /^#[0-9a-f]{6}$/i;

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Words of the fragment's sentence with the fragment (and the marks and punctuation touching it) highlighted. */
function fragmentWords(context: string, fragment: string): Word[] | undefined {
  const fold = (t: string): string => t.replace(/[‘’‚‛]/gu, "'").replace(/[“”„‟«»]/gu, '"');
  const at = fold(context).indexOf(fold(fragment));
  if (at < 0) return undefined;
  let start = at;
  let end = at + fragment.length;
  // Widen to whole words so a highlight never splits one ("“improperly shared”," stays one run).
  while (start > 0 && !/\s/u.test(context[start - 1]!)) start -= 1;
  while (end < context.length && !/\s/u.test(context[end]!)) end += 1;
  return [...toWords(context.slice(0, start)), ...toWords(context.slice(start, end), true), ...toWords(context.slice(end))];
}

interface TextLine {
  text: string;
  size: number;
  weight: 400 | 700;
  colour: string;
}

/**
 * The SVG of one quote card: a pure function of the quote, the story data and the options. Text is laid out here
 * with the bundled fonts' advance widths (wrapping, sizing, cutting), so resvg only draws.
 */
export function quoteCardSvg(input: QuoteCardInput, options: QuoteCardOptions): string {
  const { width, height } = CARD_DIMENSIONS[options.size];
  const layout = LAYOUT[options.size];
  const theme = THEMES[options.theme ?? DEFAULT_THEME];
  const accent = options.accent ?? DEFAULT_ACCENT;
  if (!HEX.test(accent)) throw new Error(`card accent must be a colour like "#e8a317", not "${accent}"`);
  const metrics = cardFontMetrics();
  const fonts: Fonts = metrics;
  const both = [metrics.regular, metrics.bold];
  const innerWidth = width - 2 * layout.pad;

  const { quote } = input;
  const quoteText = drawableText(quote.text, both);
  const contextText = quote.fragment && input.context ? drawableText(input.context, both) : undefined;
  const highlighted = contextText ? fragmentWords(contextText.text, quoteText.text) : undefined;
  const omitted = quoteText.omitted + (highlighted ? (contextText?.omitted ?? 0) : 0);

  const outlets = quoteOutlets(quote.sources, input.sources);
  const date = quoteDate(quote.sources, input.sources);
  const metaText = [outletsLine(outlets, metrics.regular, layout.meta, innerWidth - (date ? metrics.regular.width(` · ${date}`, layout.meta) : 0)), date]
    .filter(Boolean)
    .join(' · ');

  // The footer is stacked from the bottom up: meta, role, name, and a note when characters could not be drawn.
  const footer: TextLine[] = [];
  if (metaText) footer.push({ text: metaText, size: layout.meta, weight: 400, colour: theme.muted });
  const role = quote.speaker.role ? drawableText(quote.speaker.role, both).text : '';
  if (role) footer.push({ text: singleLine(role, metrics.regular, layout.role, innerWidth), size: layout.role, weight: 400, colour: theme.muted });
  const name = drawableText(quote.speaker.name, both).text || quote.speaker.name;
  footer.push({ text: singleLine(`— ${name}`, metrics.bold, layout.name, innerWidth), size: layout.name, weight: 700, colour: theme.text });
  if (omitted > 0) footer.push({ text: 'Some characters cannot be drawn here: the message has the full quote.', size: layout.note, weight: 400, colour: theme.muted });

  const parts: string[] = [];
  let baseline = height - layout.bottom;
  for (const line of footer) {
    parts.push(textElement(layout.pad, baseline, line));
    baseline -= line.size * 1.55;
  }
  const quoteBottom = baseline + footer[footer.length - 1]!.size * 1.55 - footer[footer.length - 1]!.size - layout.title;

  const titleBaseline = layout.top + layout.title;
  const title = singleLine(drawableText(input.storyTitle, both).text, metrics.regular, layout.title, innerWidth);
  parts.push(textElement(layout.pad, titleBaseline, { text: title, size: layout.title, weight: 400, colour: accent }));

  const quoteTop = titleBaseline + layout.title * 1.2;
  const box = { width: innerWidth, height: quoteBottom - quoteTop, maxFontSize: layout.quoteMax, minFontSize: layout.quoteMin };
  const placeholder = 'This quote is in a script the card cannot draw: read it in the message.';
  let block: TextBlock;
  if (highlighted) block = layoutText(contextText!.text, highlighted, fonts, box, { opening: '', closing: '' });
  else {
    const body = quoteText.text || placeholder;
    block = layoutText(body, undefined, fonts, box, quoteText.text ? { opening: '“', closing: '”' } : { opening: '', closing: '' });
  }
  parts.push(quoteBlock(block, layout.pad, quoteTop, box.height, theme.text, accent));

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="${theme.background}"/>`,
    `<rect width="16" height="${height}" fill="${accent}"/>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}

function outletsLine(outlets: readonly string[], font: Fonts['regular'], size: number, width: number): string {
  for (let shown = outlets.length; shown >= 1; shown -= 1) {
    const rest = outlets.length - shown;
    const text = `${outlets.slice(0, shown).join(', ')}${rest > 0 ? ` +${rest}` : ''}`;
    if (font.width(text, size) <= width * 0.97) return text;
  }
  return outlets.length > 0 ? singleLine(outlets[0]!, font, size, width) : '';
}

function textElement(x: number, y: number, line: TextLine): string {
  return `<text x="${x}" y="${round(y)}" font-family="${CARD_FONT_FAMILY}" font-size="${line.size}" font-weight="${line.weight}" fill="${line.colour}">${escapeXml(line.text)}</text>`;
}

function quoteBlock(block: TextBlock, x: number, top: number, height: number, colour: string, accent: string): string {
  const used = block.lines.length * block.lineHeight;
  const first = top + Math.max(0, (height - used) / 2);
  const out: string[] = [];
  block.lines.forEach((line, i) => {
    const baseline = first + i * block.lineHeight + (block.lineHeight - block.fontSize) / 2 + block.fontSize * 0.8;
    for (const run of line) {
      if (run.highlight) {
        out.push(`<rect x="${round(x + run.x - 6)}" y="${round(baseline - block.fontSize * 0.86)}" width="${round(run.width + 12)}" height="${round(block.fontSize * 1.12)}" rx="6" fill="${accent}" fill-opacity="0.35"/>`);
      }
      out.push(
        `<text x="${round(x + run.x)}" y="${round(baseline)}" font-family="${CARD_FONT_FAMILY}" font-size="${block.fontSize}" font-weight="${run.highlight ? 700 : 400}" fill="${colour}" xml:space="preserve">${escapeXml(run.text)}</text>`,
      );
    }
  });
  return out.join('\n');
}

const round = (n: number): string => String(Math.round(n * 10) / 10);
