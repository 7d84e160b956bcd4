import { InputError } from './input-error.js';

/** The largest article file read: far above any real article, small enough to keep memory bounded. */
export const MAX_ARTICLE_BYTES = 20 * 1024 * 1024;

/** Bytes to text, refusing what is not text: empty, binary (NUL bytes), not UTF-8. */
export function decodeArticleBytes(bytes: Uint8Array, name: string): string {
  if (bytes.length === 0) throw InputError.about(name, 'the file is empty');
  if (bytes.length > MAX_ARTICLE_BYTES) throw InputError.about(name, `${tooLarge(bytes.length)} an article may be`);
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) throw InputError.about(name, 'looks like a binary file, not text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw InputError.about(name, 'is not UTF-8 text (save it as UTF-8 and try again)');
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!text.trim()) throw InputError.about(name, 'contains only whitespace');
  return text;
}

const MIB = 1024 * 1024;

/**
 * "20.4 MB is larger than the 20 MB", in bytes when one decimal would hide the difference: never
 * "20.0 MB is larger than the 20 MB".
 */
export function tooLarge(bytes: number, limit = MAX_ARTICLE_BYTES): string {
  const mb = (bytes / MIB).toFixed(1);
  if (Number(mb) > limit / MIB) return `${mb} MB is larger than the ${+(limit / MIB).toFixed(1)} MB`;
  return `${bytes.toLocaleString('en-US')} bytes is larger than the ${limit.toLocaleString('en-US')} bytes (${+(limit / MIB).toFixed(1)} MB)`;
}
