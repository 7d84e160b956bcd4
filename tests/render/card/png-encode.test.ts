import { describe, expect, it } from 'vitest';
import { encodePng } from '../../../src/render/card/png-encode.js';
import { decodePng } from './bundled-cards.js';

/** An RGBA image whose every byte depends on its position and on `seed`: stale rows would show. */
function pixels(width: number, height: number, seed: number): Buffer {
  const out = Buffer.alloc(width * height * 4);
  for (let i = 0; i < out.length; i++) out[i] = (i * 31 + seed * 17) % 251;
  return out;
}

describe('encodePng', () => {
  it('round-trips the pixels, one image after another of the same size (the row buffer is reused)', async () => {
    const first = pixels(7, 5, 1);
    const second = pixels(7, 5, 2);
    const a = decodePng(await encodePng(first, 7, 5));
    const b = decodePng(await encodePng(second, 7, 5));
    expect([a.width, a.height, Buffer.from(a.data).equals(first)]).toEqual([7, 5, true]);
    expect([b.width, b.height, Buffer.from(b.data).equals(second)]).toEqual([7, 5, true]);
  });

  it('round-trips every image encoded at the same time', async () => {
    const images = [1, 2, 3, 4, 5].map((seed) => pixels(9, 4, seed));
    const decoded = (await Promise.all(images.map((p) => encodePng(p, 9, 4)))).map((png) => decodePng(png));
    expect(decoded.map((d, i) => Buffer.from(d.data).equals(images[i]!))).toEqual([true, true, true, true, true]);
  });

  it('refuses pixels of the wrong length, saying how many it expected', async () => {
    await expect(encodePng(Buffer.alloc(10), 2, 2)).rejects.toThrow('expected 16 bytes of RGBA pixels, got 10');
  });
});
