import { InputError } from './input-error.js';

/** The largest article file read: far above any real article, small enough to keep memory bounded. */
export const MAX_ARTICLE_BYTES = 20 * 1024 * 1024;

/** Bytes to text, refusing what is not text: empty, binary (NUL bytes), not UTF-8. */
export function decodeArticleBytes(bytes: Uint8Array, name: string): string {
  if (bytes.length === 0) throw new InputError(`${name}: the file is empty`);
  if (bytes.length > MAX_ARTICLE_BYTES) {
    throw new InputError(`${name}: ${(bytes.length / 1048576).toFixed(1)} MB is larger than the ${MAX_ARTICLE_BYTES / 1048576} MB an article may be`);
  }
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) throw new InputError(`${name}: looks like a binary file, not text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${name}: is not UTF-8 text (save it as UTF-8 and try again)`);
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!text.trim()) throw new InputError(`${name}: contains only whitespace`);
  return text;
}
