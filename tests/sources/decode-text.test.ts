import { describe, expect, it } from 'vitest';
import { decodeBody, detectCharset } from '../../src/sources/decode-text.js';

const bytes = (...parts: Array<string | number[]>) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

/** UTF-16 / UTF-32 code units of an ASCII string, written by hand so the test does not trust the decoder under test. */
function wide(text: string, width: 2 | 4, bigEndian: boolean): Buffer {
  const out = Buffer.alloc(text.length * width);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const at = i * width + (bigEndian ? width - 1 : 0);
    out[at] = code;
  }
  return out;
}

const xml = '<?xml version="1.0"?><rss/>';

describe('decodeBody', () => {
  it('reads windows-1252 quotes and dashes (0x80–0x9F) from the Content-Type charset', () => {
    expect(decodeBody(bytes([0x93], 'Quay', [0x94], ' ', [0x96], ' 5 ', [0x80]), 'text/xml; charset=windows-1252')).toBe('“Quay” – 5 €');
  });

  it('reads "iso-8859-1" and "us-ascii" as windows-1252, as browsers do', () => {
    expect(decodeBody(bytes("It", [0x92], 's ', [0x85]), 'application/rss+xml; charset=ISO-8859-1')).toBe('It’s …');
    expect(decodeBody(bytes([0x97], 'x'), 'text/xml; charset="us-ascii"')).toBe('—x');
  });

  it('takes the charset from the XML declaration when the header has none', () => {
    const body = bytes('<?xml version="1.0" encoding="windows-1252"?><t>', [0x93], 'Caf', [0xe9], [0x94], '</t>');
    expect(decodeBody(body, 'application/xml')).toBe('<?xml version="1.0" encoding="windows-1252"?><t>“Café”</t>');
  });

  it('reads UTF-16 and UTF-32 with a byte order mark, whatever the header says', () => {
    expect(decodeBody(bytes([0xff, 0xfe], [...wide(xml, 2, false)]), 'text/xml; charset=utf-8')).toBe(xml);
    expect(decodeBody(bytes([0xfe, 0xff], [...wide(xml, 2, true)]))).toBe(xml);
    expect(decodeBody(bytes([0xff, 0xfe, 0, 0], [...wide(xml, 4, false)]))).toBe(xml);
    expect(decodeBody(bytes([0, 0, 0xfe, 0xff], [...wide(xml, 4, true)]))).toBe(xml);
    expect(detectCharset(bytes([0xff, 0xfe, 0, 0], [...wide(xml, 4, false)]))).toEqual({ charset: 'utf-32le', bomLength: 4 });
  });

  it('reads UTF-16 without a BOM from the width of "<?"', () => {
    expect(decodeBody(wide(xml, 2, false))).toBe(xml);
    expect(decodeBody(wide(xml, 2, true))).toBe(xml);
  });

  it('still reads WHATWG labels iconv-lite spells differently (x-mac-roman)', () => {
    // 0xD2/0xD3 are the curly double quotes in Mac Roman.
    expect(decodeBody(bytes([0xd2], 'Hi', [0xd3]), 'text/html; charset=x-mac-roman')).toBe('“Hi”');
  });

  it('reads UTF-8 when nothing is declared, dropping a UTF-8 BOM', () => {
    expect(decodeBody(Buffer.from('Café “é”', 'utf8'))).toBe('Café “é”');
    expect(decodeBody(Buffer.from('\uFEFF<rss/>', 'utf8'))).toBe('<rss/>');
    expect(decodeBody(Buffer.from('<p>naïve</p>', 'utf8'), 'text/html; charset=no-such-charset')).toBe('<p>naïve</p>');
  });

  it('turns bytes that are not UTF-8 into U+FFFD rather than refusing the body', () => {
    expect(decodeBody(bytes('a', [0xff], 'b'))).toBe('a\uFFFDb');
  });
});
