import type { FontMetrics } from './font-metrics.js';

// Joiners, variation selectors and skin-tone modifiers only make sense next to the emoji they modify.
const EMOJI_PARTS = /[\u200d\ufe0e\ufe0f\u{1f3fb}-\u{1f3ff}\u{e0020}-\u{e007f}]/u;
const PICTOGRAPH = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

export interface DrawableText {
  text: string;
  /** Characters left out because no bundled font draws them (CJK, most emoji); 0 when everything is drawn. */
  omitted: number;
}

/**
 * Keeps only what the bundled fonts can draw, so a card never shows a .notdef box. Pictographs the font lacks
 * are dropped silently (they decorate); other missing characters (CJK, rare scripts) are counted, so the card
 * can say that the picture is incomplete and the message text holds the full quote.
 */
export function drawableText(text: string, fonts: readonly FontMetrics[]): DrawableText {
  let out = '';
  let omitted = 0;
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    if (/\s/u.test(char)) {
      out += char;
      continue;
    }
    if (fonts.every((font) => font.covers(codePoint)) && !EMOJI_PARTS.test(char)) {
      out += char;
      continue;
    }
    if (!EMOJI_PARTS.test(char) && !PICTOGRAPH.test(char)) omitted += 1;
  }
  return { text: out.replace(/[ \t]{2,}/g, ' ').trim(), omitted };
}
