import { promisify } from 'node:util';
import { crc32, deflate } from 'node:zlib';

const deflateAsync = promisify(deflate);

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * Row buffers (each row's filter byte and its pixels) kept between cards, by size. A card's rows are about 3 MB of
 * memory outside the JavaScript heap; allocated afresh for every card, they add up quickly enough to set off a major
 * collection every few cards, and each pauses the event loop. A buffer is taken for one encoding and given back
 * when zlib is done with it, so cards drawn at the same time never share one; at most two are kept of a size.
 */
const spareRows = new Map<number, Buffer[]>();
const SPARES_KEPT = 2;

function takeRows(length: number): Buffer {
  return spareRows.get(length)?.pop() ?? Buffer.allocUnsafe(length);
}

function giveBackRows(rows: Buffer): void {
  const spares = spareRows.get(rows.length) ?? [];
  if (spares.length < SPARES_KEPT) spares.push(rows);
  spareRows.set(rows.length, spares);
}

/**
 * A PNG (8-bit RGBA, no filter) of resvg's premultiplied-free RGBA pixels. resvg's own `asPng` compresses harder
 * and takes about twice as long; cards are flat colour and text, where a fast zlib level loses little size.
 */
export async function encodePng(pixels: Buffer, width: number, height: number): Promise<Uint8Array> {
  const stride = width * 4;
  if (pixels.length !== stride * height) throw new Error(`expected ${stride * height} bytes of RGBA pixels, got ${pixels.length}`);
  // Every byte is written below (a taken buffer holds the last card's rows): the filter byte, then the row.
  const raw = takeRows((stride + 1) * height);
  for (let y = 0; y < height; y += 1) {
    raw[y * (stride + 1)] = 0;
    pixels.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  let compressed: Buffer;
  try {
    compressed = await deflateAsync(raw, { level: 3 });
  } finally {
    giveBackRows(raw);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return new Uint8Array(Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', compressed), chunk('IEND', Buffer.alloc(0))]));
}
