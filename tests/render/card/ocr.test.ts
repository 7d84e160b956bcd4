import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderQuoteCard } from '../../../src/render/card/quote-card.js';
import { bundledCardInputs } from './bundled-cards.js';

// OCR needs Debian's tesseract-ocr (installed by .ci/run). In CI it must run; elsewhere it is skipped without it.
const hasTesseract = spawnSync('tesseract', ['--version'], { encoding: 'utf8' }).status === 0;
if (!hasTesseract && process.env.CI) throw new Error('CI is set but tesseract is not installed: .ci/run must install tesseract-ocr');
if (!hasTesseract) process.stderr.write('tests/render/card/ocr.test.ts: skipped, tesseract is not installed (apt-get install tesseract-ocr)\n');

/** Lower-case words, with typographic apostrophes and marks folded as OCR reads them. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}

/** Words a reader must find. One-letter words are left out: OCR reads a lone "I" beside a mark as "|" or "Il". */
function checked(text: string): string[] {
  return words(text).filter((w) => w.length > 1);
}

function ocr(png: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-ocr-'));
  const file = join(dir, 'card.png');
  writeFileSync(file, png);
  const result = spawnSync('tesseract', [file, '-', '-l', 'eng'], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, OMP_THREAD_LIMIT: '1' } });
  if (result.status !== 0) throw new Error(`tesseract failed: ${result.stderr}`);
  return result.stdout;
}

describe.skipIf(!hasTesseract)('bundled cards read back by OCR', () => {
  const inputs = bundledCardInputs();
  it.each(inputs.map((input, i) => [i + 1, input] as const))('card %i: the quote’s words and the speaker’s name are found', async (_, input) => {
    const read = new Set(words(ocr(await renderQuoteCard(input, { size: 'landscape' }))));
    const expected = checked(input.quote.text);
    expect(expected.filter((w) => !read.has(w))).toEqual([]);
    expect(words(input.quote.speaker.name).filter((w) => !read.has(w))).toEqual([]);
  }, 60_000);

  it('reads the square card too', async () => {
    const input = inputs[0]!;
    const read = new Set(words(ocr(await renderQuoteCard(input, { size: 'square', theme: 'light' }))));
    expect(checked(input.quote.text).filter((w) => !read.has(w))).toEqual([]);
    expect(words(input.quote.speaker.name).filter((w) => !read.has(w))).toEqual([]);
  }, 60_000);
});
