import { parseHTML } from 'linkedom';
import { cleanText } from '../html-paragraphs.js';

const CDATA = /<!\[CDATA\[([\s\S]*?)\]\]>/g;
const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * The five XML entities and numeric character references (`&#038;`, `&#x26;`, which WordPress writes in links)
 * decoded; other named references (`&nbsp;`, HTML's) are left for the HTML reader.
 */
export function decodeXmlEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(amp|lt|gt|quot|apos));/gi, (whole, dec: string, hex: string, name: string) => {
    if (name) return XML_ENTITIES[name.toLowerCase()] ?? whole;
    const code = dec ? Number(dec) : parseInt(hex, 16);
    const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
    return valid ? String.fromCodePoint(code) : '\uFFFD';
  });
}

/** Runs `outside` on the text between CDATA sections; the sections themselves are passed to `inside`. */
function mapOutsideCdata(raw: string, outside: (text: string) => string, inside: (text: string) => string): string {
  let out = '';
  let last = 0;
  for (const m of raw.matchAll(CDATA)) {
    out += outside(raw.slice(last, m.index)) + inside(m[1]!);
    last = m.index + m[0].length;
  }
  return out + outside(raw.slice(last));
}

/** An element's raw inner XML as the text it stands for: entities decoded, CDATA sections unwrapped. */
export function rawToText(raw: string): string {
  return mapOutsideCdata(raw, decodeXmlEntities, (cdata) => cdata);
}

/** Does the raw inner XML hold elements (inline markup), not only text and CDATA? */
export function hasMarkup(raw: string): boolean {
  return /<[A-Za-z]/.test(mapOutsideCdata(raw, (text) => text, () => ''));
}

/**
 * Raw inner XML of an element that carries HTML: escaped HTML (`&lt;p&gt;` or CDATA) is unescaped, while
 * markup written inline (XHTML, or HTML a producer did not escape) is already HTML and kept as it is.
 */
export function rawToHtml(raw: string): string {
  return hasMarkup(raw) ? mapOutsideCdata(raw, (text) => text, (cdata) => cdata) : rawToText(raw);
}

/** Plain text as HTML: what a text construct becomes when it is handed to the HTML reader. */
export function textToHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/** One line of plain text from HTML (a title): entities decoded, tags dropped, script and style never read. */
export function htmlToPlainText(html: string): string {
  if (!/[<&]/.test(html)) return cleanText(html);
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const node of document.querySelectorAll('script, style, noscript, template')) node.remove();
  return cleanText(document.body.textContent ?? '');
}

/**
 * Makes a feed with stray `&` or `<` in its text well-formed: a `&` that does not start an entity or character
 * reference becomes `&amp;`, a `<` that cannot start markup becomes `&lt;`. CDATA sections and comments are left
 * alone. Without this one careless item ("Fish & Chips") would lose the whole feed.
 */
export function escapeStrayMarkup(xml: string): string {
  let out = '';
  let last = 0;
  for (const m of xml.matchAll(/<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->/g)) {
    out += escapeOutside(xml.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + escapeOutside(xml.slice(last));
}

function escapeOutside(text: string): string {
  return text
    .replace(/&(?!#\d+;|#x[0-9a-f]+;|[a-z_][\w.-]*;)/gi, '&amp;')
    .replace(/<(?![A-Za-z_:/!?])/g, '&lt;');
}
