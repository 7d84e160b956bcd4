import { parseHTML } from 'linkedom';

const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, pre, figcaption, dd, dt, td';

/** Collapses runs of white space and trims: what a reader sees. */
export function cleanText(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/**
 * An HTML fragment (article body, feed item content) as plain-text paragraphs in reading order.
 * Block elements become paragraphs; text outside any block (a bare feed description) is split on <br>
 * and blank lines. Scripts, styles and forms never contribute text.
 */
export function htmlToParagraphs(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const node of document.querySelectorAll('script, style, noscript, template, form, iframe, svg, button')) node.remove();
  const body = document.body;
  const blocks = [...body.querySelectorAll(BLOCKS)].filter(
    // Only innermost blocks: a <li> holding a <p> is read through its <p>.
    (el) => !el.querySelector(BLOCKS),
  );
  const paragraphs: string[] = [];
  if (blocks.length > 0) {
    for (const el of blocks) {
      const text = cleanText(el.textContent ?? '');
      if (text) paragraphs.push(text);
    }
    return paragraphs;
  }
  for (const br of body.querySelectorAll('br')) br.replaceWith(document.createTextNode('\n\n'));
  const text = body.textContent ?? '';
  for (const part of text.split(/\n\s*\n/)) {
    const clean = cleanText(part);
    if (clean) paragraphs.push(clean);
  }
  return paragraphs;
}

/** Plain text of a short HTML string (a feed title may carry entities or tags). */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return cleanText(html);
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return cleanText(document.body.textContent ?? '');
}
