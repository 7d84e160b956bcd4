import { Resvg } from '@resvg/resvg-js';
import { CARD_FONT_FAMILY, CARD_FONT_FILES } from './bundled-fonts.js';
import type { QuoteCardInput, QuoteCardOptions } from './card-input.js';
import { encodePng } from './png-encode.js';
import { quoteCardSvg } from './quote-card-svg.js';

export { quoteCardSvg } from './quote-card-svg.js';
export type { CardSize, CardTheme, QuoteCardInput, QuoteCardOptions } from './card-input.js';

/**
 * The PNG of one quote card (1200×675 landscape, 1080×1080 square). Drawn by resvg with the bundled DejaVu fonts
 * only (system fonts are never loaded), so the same input gives the same picture on every machine.
 */
export function renderQuoteCard(input: QuoteCardInput, options: QuoteCardOptions): Uint8Array {
  const svg = quoteCardSvg(input, options);
  const resvg = new Resvg(svg, {
    font: { fontFiles: [CARD_FONT_FILES.regular, CARD_FONT_FILES.bold], loadSystemFonts: false, defaultFontFamily: CARD_FONT_FAMILY },
    fitTo: { mode: 'original' },
  });
  const image = resvg.render();
  return encodePng(image.pixels, image.width, image.height);
}
