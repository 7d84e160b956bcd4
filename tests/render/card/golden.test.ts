import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderQuoteCard } from '../../../src/render/card/quote-card.js';
import { bundledCardInputs, decodePng } from './bundled-cards.js';

const golden = resolve(import.meta.dirname, '../../fixtures/cards/zuckerberg-01-landscape.png');

/**
 * Tolerance: a pixel differs when any channel is off by more than 48 of 255, and at most 0.2% of the pixels
 * (1,620 of 810,000) may differ. That absorbs anti-aliasing changes between resvg builds and CPUs (edge pixels
 * of glyphs) but not a moved line, a changed font size or a missing word (each changes several thousand pixels).
 * After an intended change of the card's look, regenerate with UPDATE_GOLDEN=1 and look at the picture.
 */
const CHANNEL_TOLERANCE = 48;
const MAX_DIFFERENT_SHARE = 0.002;

describe('golden card', () => {
  it('draws the first bundled quote as the committed picture, within a small pixel tolerance', async () => {
    const png = await renderQuoteCard(bundledCardInputs()[0]!, { size: 'landscape' });
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(golden)) writeFileSync(golden, png);
    const expected = decodePng(readFileSync(golden));
    const actual = decodePng(png);
    expect([actual.width, actual.height]).toEqual([expected.width, expected.height]);
    let different = 0;
    for (let i = 0; i < actual.data.length; i += 4) {
      for (let c = 0; c < 4; c += 1) {
        if (Math.abs(actual.data[i + c]! - expected.data[i + c]!) > CHANNEL_TOLERANCE) {
          different += 1;
          break;
        }
      }
    }
    expect(different).toBeLessThanOrEqual(actual.width * actual.height * MAX_DIFFERENT_SHARE);
  });
});
