import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { CARD_FONT_FAMILY, CARD_FONT_FILES } from './bundled-fonts.js';
import type { QuoteCardInput, QuoteCardOptions } from './card-input.js';
import { encodePng } from './png-encode.js';
import { quoteCardSvg } from './quote-card-svg.js';

export { quoteCardSvg } from './quote-card-svg.js';
export type { CardSize, CardTheme, QuoteCardInput, QuoteCardOptions } from './card-input.js';

const RESVG_OPTIONS: ResvgRenderOptions = {
  font: { fontFiles: [CARD_FONT_FILES.regular, CARD_FONT_FILES.bold], loadSystemFonts: false, defaultFontFamily: CARD_FONT_FAMILY },
  fitTo: { mode: 'original' },
};

/**
 * The PNG of one quote card (1200×675 landscape, 1080×1080 square). Drawn by resvg with the bundled DejaVu fonts
 * only (system fonts are never loaded), so the same input gives the same picture on every machine. Drawing and
 * compressing run on libuv's thread pool: a card takes tens of milliseconds, which on the event loop would hold up
 * every other request's 3-second acknowledgement while an answer's ten cards are drawn.
 */
export async function renderQuoteCard(input: QuoteCardInput, options: QuoteCardOptions): Promise<Uint8Array> {
  const image = await renderAsync(quoteCardSvg(input, options), RESVG_OPTIONS);
  return encodePng(image.pixels, image.width, image.height);
}
