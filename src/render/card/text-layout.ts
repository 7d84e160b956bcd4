import { splitSentences } from '../../core/text/sentences.js';
import type { FontMetrics } from './font-metrics.js';

/** A word of the text to lay out; `highlight` words are drawn bold on the accent (a fragment in its sentence). */
export interface Word {
  text: string;
  highlight: boolean;
}

/** A run of words with the same style on one line, with its measured position. */
export interface LineRun {
  text: string;
  highlight: boolean;
  x: number;
  width: number;
}

export interface TextBlock {
  fontSize: number;
  lineHeight: number;
  lines: LineRun[][];
  /** True when the text was shortened to fit (it then ends or starts with "…"). */
  cut: boolean;
}

export interface Fonts {
  regular: FontMetrics;
  bold: FontMetrics;
}

export interface Box {
  width: number;
  height: number;
  maxFontSize: number;
  minFontSize: number;
}

const LINE_HEIGHT = 1.28;
// Kerning and hinting can make drawn text a little wider than the sum of advances: keep this much spare.
const WIDTH_SAFETY = 0.97;
const ELLIPSIS = '…';

export function toWords(text: string, highlight = false): Word[] {
  return text.split(/\s+/u).filter(Boolean).map((word) => ({ text: word, highlight }));
}

function measure(fonts: Fonts, word: Word, size: number): number {
  return (word.highlight ? fonts.bold : fonts.regular).width(word.text, size);
}

/** Greedy wrapping by measured width; a word wider than the line gets a line of its own (never split). */
export function wrapWords(words: readonly Word[], fonts: Fonts, size: number, width: number): LineRun[][] {
  const limit = width * WIDTH_SAFETY;
  const space = fonts.regular.width(' ', size);
  const lines: LineRun[][] = [];
  let line: LineRun[] = [];
  let x = 0;
  for (const word of words) {
    const w = measure(fonts, word, size);
    const gap = line.length > 0 ? space : 0;
    if (line.length > 0 && x + gap + w > limit) {
      lines.push(line);
      line = [];
      x = 0;
    }
    const last = line[line.length - 1];
    if (last && last.highlight === word.highlight) {
      last.text += ` ${word.text}`;
      last.width += space + w;
      x += space + w;
    } else {
      const start = line.length > 0 ? x + space : 0;
      line.push({ text: word.text, highlight: word.highlight, x: start, width: w });
      x = start + w;
    }
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

function fitsAt(words: readonly Word[], fonts: Fonts, size: number, box: Box): LineRun[][] | undefined {
  const lines = wrapWords(words, fonts, size, box.width);
  const widest = Math.max(0, ...lines.map((l) => l.reduce((end, run) => Math.max(end, run.x + run.width), 0)));
  if (lines.length * size * LINE_HEIGHT > box.height || widest > box.width * WIDTH_SAFETY) return undefined;
  return lines;
}

/** Word-index boundaries after which a sentence of `text` ends (a cut there never splits a sentence). */
function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  for (const sentence of splitSentences(text)) {
    const before = text.slice(0, sentence.end).split(/\s+/u).filter(Boolean).length;
    if (before > 0) ends.push(before);
  }
  return ends;
}

/**
 * The first `count` words and "…": after a sentence end the "…" stands alone ("…sorry. …"); after a word that ends
 * mid-sentence it replaces the trailing punctuation ("to prevent…").
 */
function cutAfter(words: readonly Word[], count: number, atSentenceEnd: boolean): Word[] {
  const kept = words.slice(0, count).map((w) => ({ ...w }));
  const last = kept[kept.length - 1];
  if (!last) return kept;
  if (atSentenceEnd) kept.push({ text: ELLIPSIS, highlight: false });
  else last.text = `${last.text.replace(/[,;:–—-]+$/u, '')}${ELLIPSIS}`;
  return kept;
}

/**
 * Lays `text` out in `box`: the largest font size from max down to min (step 2 px) at which it fits. Text that does
 * not fit even at the minimum is cut at the last sentence end that fits, or when not even the first sentence fits,
 * at the last whole word, and "…" marks the cut. `opening`/`closing` are typographic marks drawn around the text.
 * When highlighted words would be cut away (a fragment late in a long sentence), words are dropped from the start
 * instead, so the fragment always shows.
 */
export function layoutText(text: string, highlights: readonly Word[] | undefined, fonts: Fonts, box: Box, marks: { opening: string; closing: string }): TextBlock {
  const words = highlights ? [...highlights] : toWords(text);
  const marked = withMarks(words, marks.opening, marks.closing);
  for (let size = box.maxFontSize; size >= box.minFontSize; size -= 2) {
    const lines = fitsAt(marked, fonts, size, box);
    if (lines) return { fontSize: size, lineHeight: size * LINE_HEIGHT, lines, cut: false };
  }
  const size = box.minFontSize;
  const block = (lines: LineRun[][]): TextBlock => ({ fontSize: size, lineHeight: size * LINE_HEIGHT, lines, cut: true });
  const firstHighlight = words.findIndex((w) => w.highlight);
  const lastHighlight = words.length - 1 - [...words].reverse().findIndex((w) => w.highlight);
  const mustKeep = firstHighlight >= 0 ? lastHighlight + 1 : 1;
  const ends = sentenceEnds(text).filter((n) => n < words.length && n >= mustKeep).reverse();
  for (const count of ends) {
    const lines = fitsAt(withMarks(cutAfter(words, count, true), marks.opening, marks.closing), fonts, size, box);
    if (lines) return block(lines);
  }
  for (let count = words.length - 1; count >= mustKeep; count -= 1) {
    const lines = fitsAt(withMarks(cutAfter(words, count, false), marks.opening, marks.closing), fonts, size, box);
    if (lines) return block(lines);
  }
  // The highlighted words sit too late: drop words from the start (marked "…") until they fit.
  for (let start = 1; start < words.length; start += 1) {
    const rest = words.slice(start).map((w) => ({ ...w }));
    rest[0] = { ...rest[0]!, text: `${ELLIPSIS}${rest[0]!.text}` };
    const lines = fitsAt(withMarks(rest, marks.opening, marks.closing), fonts, size, box);
    if (lines) return block(lines);
  }
  return block(wrapWords(marked, fonts, size, box.width).slice(0, Math.max(1, Math.floor(box.height / (size * LINE_HEIGHT)))));
}

function withMarks(words: readonly Word[], opening: string, closing: string): Word[] {
  if (words.length === 0 || (!opening && !closing)) return [...words];
  const out = words.map((w) => ({ ...w }));
  out[0]!.text = `${opening}${out[0]!.text}`;
  out[out.length - 1]!.text = `${out[out.length - 1]!.text}${closing}`;
  return out;
}

/** One line of at most `width` px: cut at the last whole word that fits, with "…". */
export function singleLine(text: string, font: FontMetrics, size: number, width: number): string {
  if (font.width(text, size) <= width * WIDTH_SAFETY) return text;
  const words = text.split(/\s+/u).filter(Boolean);
  for (let count = words.length - 1; count >= 1; count -= 1) {
    const candidate = `${words.slice(0, count).join(' ').replace(/[\s,;:–—-]+$/u, '')}${ELLIPSIS}`;
    if (font.width(candidate, size) <= width * WIDTH_SAFETY) return candidate;
  }
  return ELLIPSIS;
}
