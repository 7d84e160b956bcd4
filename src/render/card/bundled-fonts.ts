import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readFontMetrics, type FontMetrics } from './font-metrics.js';

/**
 * The fonts every card is drawn with: DejaVu Sans (regular and bold) from the `dejavu-fonts-ttf` npm package
 * (free licence, see its LICENSE). Cards never use system fonts, so a card is the same picture on every machine.
 * DejaVu covers Latin with accents, Greek, Cyrillic and many symbols; not CJK (see `drawable-text.ts`).
 */
export const CARD_FONT_FAMILY = 'DejaVu Sans';

const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');

export const CARD_FONT_FILES = {
  regular: join(fontDir, 'DejaVuSans.ttf'),
  bold: join(fontDir, 'DejaVuSans-Bold.ttf'),
} as const;

let metrics: { regular: FontMetrics; bold: FontMetrics } | undefined;

/** Metrics of both faces, read once per process. */
export function cardFontMetrics(): { regular: FontMetrics; bold: FontMetrics } {
  metrics ??= { regular: readFontMetrics(CARD_FONT_FILES.regular), bold: readFontMetrics(CARD_FONT_FILES.bold) };
  return metrics;
}
