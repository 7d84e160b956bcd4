import iconv from 'iconv-lite';
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

/**
 * Labels that mean windows-1252 on the web (WHATWG Encoding): servers that say "iso-8859-1" or "us-ascii" send
 * curly quotes and dashes as 0x80–0x9F, which real ISO-8859-1 would read as control characters.
 */
const WINDOWS_1252_LABELS = new Set([
  'ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1', 'iso-ir-100', 'iso8859-1',
  'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii', 'windows-1252', 'x-cp1252',
]);

/** The byte order marks, longest first (UTF-32LE starts like UTF-16LE). */
const BOMS: Array<[number[], string]> = [
  [[0x00, 0x00, 0xfe, 0xff], 'utf-32be'],
  [[0xff, 0xfe, 0x00, 0x00], 'utf-32le'],
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
];

/** "<?" written in UTF-16/32 without a BOM (XML 1.0 appendix F): the declaration's own bytes say the width. */
const XML_START: Array<[number[], string]> = [
  [[0x00, 0x00, 0x00, 0x3c], 'utf-32be'],
  [[0x3c, 0x00, 0x00, 0x00], 'utf-32le'],
  [[0x00, 0x3c, 0x00, 0x3f], 'utf-16be'],
  [[0x3c, 0x00, 0x3f, 0x00], 'utf-16le'],
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * Which encoding a fetched body is in: a byte order mark wins, then the charset of the Content-Type, then the
 * XML declaration or an HTML meta tag, else UTF-8. The label is normalised for iconv-lite.
 */
export function detectCharset(bytes: Uint8Array, contentType?: string): { charset: string; bomLength: number } {
  for (const [bom, charset] of BOMS) if (startsWith(bytes, bom)) return { charset, bomLength: bom.length };
  for (const [start, charset] of XML_START) if (startsWith(bytes, start)) return { charset, bomLength: 0 };
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 2048)).toString('latin1');
  const declared =
    /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1] ??
    /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1] ??
    /<meta[^>]*charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
  return { charset: normaliseCharset(declared), bomLength: 0 };
}

function normaliseCharset(label: string | undefined): string {
  const lower = (label ?? '').trim().toLowerCase();
  if (!lower) return 'utf-8';
  if (WINDOWS_1252_LABELS.has(lower)) return 'windows-1252';
  // A declaration of "UTF-16" on bytes without a BOM or NUL pattern is wrong about itself: the text is 8-bit.
  if (/^utf-?(16|32)$/.test(lower)) return 'utf-8';
  return iconv.encodingExists(lower) || textDecoderKnows(lower) ? lower : 'utf-8';
}

/** WHATWG labels iconv-lite does not spell the same way ("x-mac-roman") still decode through TextDecoder. */
function textDecoderKnows(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/**
 * A fetched body (feed or page) as text, in the charset it declares (see detectCharset). Bytes invalid in that
 * charset become U+FFFD rather than losing the document; the BOM is dropped.
 */
export function decodeBody(bytes: Uint8Array, contentType?: string): string {
  const { charset, bomLength } = detectCharset(bytes, contentType);
  const body = Buffer.from(bytes.buffer, bytes.byteOffset + bomLength, bytes.length - bomLength);
  if (charset === 'utf-8') return new TextDecoder('utf-8').decode(body).replace(/^\uFEFF/, '');
  if (iconv.encodingExists(charset)) return iconv.decode(body, charset, { stripBOM: true });
  return new TextDecoder(charset).decode(body);
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
