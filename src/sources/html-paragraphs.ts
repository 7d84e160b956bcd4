import { parseHTML } from 'linkedom';

/** Elements that never contribute text a reader sees. */
export const HIDDEN = 'script, style, noscript, template, form, iframe, svg, button';

/** Elements that start and end a paragraph: text around them belongs to other paragraphs. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'HTML', 'LI',
  'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

/**
 * Blocks that are one paragraph by definition: a single <br> in them is a line break inside the paragraph
 * ("said the mayor,<br>adding…"), and only a run of two or more starts a new one. Elsewhere (a <div>, a bare
 * feed description) writers separate paragraphs with a single <br>.
 */
const PARAGRAPH_TAGS = new Set(['P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'FIGCAPTION', 'DT', 'DD', 'TD', 'TH', 'CAPTION', 'SUMMARY', 'PRE']);

const LINE_BREAK = '\u0001';

/** Collapses runs of white space and trims: what a reader sees. */
export function cleanText(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

type Node = { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<Node> };

/**
 * An HTML fragment (article body, feed item content) as plain-text paragraphs in reading order. Each block
 * element's own text is a paragraph; text outside any paragraph element (loose in a <div>, between blocks, a
 * bare feed description) is kept too, split on <br> and blank lines. Scripts, styles and forms never
 * contribute text.
 */
export function htmlToParagraphs(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const node of document.querySelectorAll(HIDDEN)) node.remove();
  return paragraphsOf(document.body as unknown as Node);
}

function paragraphsOf(root: Node): string[] {
  const paragraphs: string[] = [];
  let run = '';

  /** Ends the text run of a block; `inParagraph` is whether that block is a paragraph element. */
  const flush = (inParagraph: boolean) => {
    // Two line breaks in a row always end a paragraph; one does only outside paragraph elements.
    const parts = inParagraph ? run.split(new RegExp(`${LINE_BREAK}\\s*${LINE_BREAK}`)) : run.split(new RegExp(`${LINE_BREAK}|\\n\\s*\\n`));
    for (const part of parts) {
      const text = cleanText(part.replaceAll(LINE_BREAK, ' '));
      if (text) paragraphs.push(text);
    }
    run = '';
  };

  const walk = (node: Node, inParagraph: boolean) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        run += child.textContent ?? '';
      } else if (child.nodeType === 1) {
        const tag = child.nodeName.toUpperCase();
        if (tag === 'BR') {
          run += LINE_BREAK;
        } else if (BLOCK_TAGS.has(tag)) {
          flush(inParagraph);
          const childInParagraph = PARAGRAPH_TAGS.has(tag) || (inParagraph && tag !== 'DIV');
          walk(child, childInParagraph);
          flush(childInParagraph);
        } else {
          walk(child, inParagraph);
        }
      }
    }
  };

  walk(root, false);
  flush(false);
  return paragraphs;
}
