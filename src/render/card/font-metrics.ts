import { readFileSync } from 'node:fs';

/**
 * Advance widths and character coverage read straight from a TrueType file (head, hhea, hmtx, cmap).
 * The card lays text out itself so that wrapping is decided before resvg draws anything, and from the
 * same bytes resvg draws with: the result is identical on every machine. Kerning is ignored; the layout
 * keeps a margin for it.
 */
export interface FontMetrics {
  readonly unitsPerEm: number;
  /** Width of `text` at `size` pixels; characters the font lacks count as its .notdef advance. */
  width(text: string, size: number): number;
  /** Whether the font has a glyph for this code point. */
  covers(codePoint: number): boolean;
}

function tableOffsets(data: DataView): Map<string, number> {
  const count = data.getUint16(4);
  const tables = new Map<string, number>();
  for (let i = 0; i < count; i += 1) {
    const record = 12 + i * 16;
    const tag = String.fromCharCode(data.getUint8(record), data.getUint8(record + 1), data.getUint8(record + 2), data.getUint8(record + 3));
    tables.set(tag, data.getUint32(record + 8));
  }
  return tables;
}

function requireTable(tables: Map<string, number>, tag: string, path: string): number {
  const offset = tables.get(tag);
  if (offset === undefined) throw new Error(`font ${path} has no "${tag}" table`);
  return offset;
}

/** Reads cmap format 12 (full Unicode) when present, else format 4 (BMP). */
function readCmap(data: DataView, cmap: number, path: string): Map<number, number> {
  const subtables = data.getUint16(cmap + 2);
  let format4: number | undefined;
  let format12: number | undefined;
  for (let i = 0; i < subtables; i += 1) {
    const platform = data.getUint16(cmap + 4 + i * 8);
    const encoding = data.getUint16(cmap + 6 + i * 8);
    const offset = cmap + data.getUint32(cmap + 8 + i * 8);
    const format = data.getUint16(offset);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    if (format === 12) format12 = offset;
    if (format === 4) format4 = offset;
  }
  const glyphs = new Map<number, number>();
  if (format12 !== undefined) {
    const groups = data.getUint32(format12 + 12);
    for (let g = 0; g < groups; g += 1) {
      const base = format12 + 16 + g * 12;
      const start = data.getUint32(base);
      const end = data.getUint32(base + 4);
      const glyph = data.getUint32(base + 8);
      for (let c = start; c <= end; c += 1) glyphs.set(c, glyph + (c - start));
    }
    return glyphs;
  }
  if (format4 === undefined) throw new Error(`font ${path} has no Unicode cmap (format 4 or 12)`);
  const segments = data.getUint16(format4 + 6) / 2;
  const ends = format4 + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s += 1) {
    const end = data.getUint16(ends + s * 2);
    const start = data.getUint16(starts + s * 2);
    const delta = data.getInt16(deltas + s * 2);
    const rangeOffset = data.getUint16(rangeOffsets + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c += 1) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const at = rangeOffsets + s * 2 + rangeOffset + (c - start) * 2;
        glyph = data.getUint16(at);
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0) glyphs.set(c, glyph);
    }
  }
  return glyphs;
}

export function readFontMetrics(path: string): FontMetrics {
  const bytes = readFileSync(path);
  const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = tableOffsets(data);
  const unitsPerEm = data.getUint16(requireTable(tables, 'head', path) + 18);
  const hMetricCount = data.getUint16(requireTable(tables, 'hhea', path) + 34);
  const hmtx = requireTable(tables, 'hmtx', path);
  const glyphs = readCmap(data, requireTable(tables, 'cmap', path), path);
  const advance = (glyph: number): number => data.getUint16(hmtx + Math.min(glyph, hMetricCount - 1) * 4);
  const cache = new Map<number, number>();
  const advanceOf = (codePoint: number): number => {
    let value = cache.get(codePoint);
    if (value === undefined) {
      value = advance(glyphs.get(codePoint) ?? 0);
      cache.set(codePoint, value);
    }
    return value;
  };
  return {
    unitsPerEm,
    width(text: string, size: number): number {
      let units = 0;
      for (const char of text) units += advanceOf(char.codePointAt(0)!);
      return (units * size) / unitsPerEm;
    },
    covers(codePoint: number): boolean {
      return glyphs.has(codePoint);
    },
  };
}
