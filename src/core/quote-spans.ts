/**
 * Quotation spans, found before sentences are split so that a sentence boundary never falls
 * inside a quotation and a quotation can run over several paragraphs.
 */

/** One quotation: the marks and the verbatim text between them. */
export interface QuoteSpan {
  paragraphIndex: number;
  /** Offset of the opening mark in its paragraph. */
  start: number;
  /** Offset just past the closing mark, or the paragraph's length when the quote runs on. */
  end: number;
  /** The words inside the marks, verbatim (trimmed of surrounding spaces only). */
  text: string;
  /** Offset of the first character of `text` in the paragraph. */
  textStart: number;
  /** False when the paragraph ended before a closing mark (a quote that runs into the next paragraph). */
  closed: boolean;
  /** True when this paragraph-opening span continues a quotation left open by the previous paragraph. */
  continued: boolean;
  /** Which marks: double quotes or single curly quotes. */
  kind: 'double' | 'single';
}

const OPEN_DOUBLE = new Set(['“', '„', '«']);
const CLOSE_DOUBLE = new Set(['”', '»']);
const OPEN_SINGLE = '‘';
const CLOSE_SINGLE = '’';

const isLetterOrDigit = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isSpaceOrStart = (ch: string | undefined): boolean => ch === undefined || /[\s([{—–\-/]/u.test(ch);

/** A straight " opens when it follows a space/start/bracket, closes otherwise. */
function straightOpens(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  if (isSpaceOrStart(before)) return after !== undefined && !/\s/.test(after);
  return false;
}

interface Mark {
  at: number;
  open: boolean;
}

const QUOTE_CHARACTER = /["“”„«»‘]/;
const DOUBLE_MARK = /["“”„«»]/g;

function doubleMarks(text: string): Mark[] {
  const marks: Mark[] = [];
  DOUBLE_MARK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DOUBLE_MARK.exec(text))) {
    const i = m.index;
    const ch = m[0];
    if (OPEN_DOUBLE.has(ch)) marks.push({ at: i, open: true });
    else if (CLOSE_DOUBLE.has(ch)) marks.push({ at: i, open: false });
    else marks.push({ at: i, open: straightOpens(text, i) });
  }
  return marks;
}

/**
 * Single curly quotes (‘…’) as headlines use them. ’ between letters is an apostrophe
 * ("Facebook’s", "haven’t"), and ’ after an s may be a plural possessive, so a span closes
 * only at a ’ not followed by a letter.
 */
function singleSpans(text: string): Array<{ open: number; close: number }> {
  const spans: Array<{ open: number; close: number }> = [];
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf(OPEN_SINGLE, i);
    if (open < 0) break;
    if (!isSpaceOrStart(text[open - 1]) && text[open - 1] !== '"' && text[open - 1] !== '“') {
      i = open + 1;
      continue;
    }
    let close = -1;
    for (let j = open + 1; j < text.length; j++) {
      if (text[j] === CLOSE_SINGLE && !isLetterOrDigit(text[j + 1])) {
        close = j;
        break;
      }
      if (text[j] === OPEN_SINGLE) break;
    }
    if (close < 0) {
      i = open + 1;
      continue;
    }
    spans.push({ open, close });
    i = close + 1;
  }
  return spans;
}

function makeSpan(
  paragraph: string,
  paragraphIndex: number,
  start: number,
  innerStart: number,
  innerEnd: number,
  end: number,
  closed: boolean,
  continued: boolean,
  kind: 'double' | 'single',
): QuoteSpan | undefined {
  const raw = paragraph.slice(innerStart, innerEnd);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (!/[\p{L}\p{N}]/u.test(text)) return undefined;
  return { paragraphIndex, start, end, text, textStart: innerStart + lead, closed, continued, kind };
}

/**
 * Quotation spans of one paragraph. `continuing` says the previous paragraph left a quotation
 * open; the paragraph then belongs to it only when it does not start with its own opening mark
 * (news style re-opens a running quote with a fresh mark at each paragraph).
 */
export function findParagraphQuoteSpans(
  paragraph: string,
  paragraphIndex = 0,
): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  if (!QUOTE_CHARACTER.test(paragraph)) return spans;
  const marks = doubleMarks(paragraph);
  let k = 0;
  while (k < marks.length) {
    const mark = marks[k]!;
    if (!mark.open) {
      k++;
      continue;
    }
    // The next closing mark of the same family. Marks of the other family inside are a quote
    // within the quote ('"PENCE: … an episode of “Shark Tank.” …"'); a second opening mark of the
    // same family before any close means the first was unbalanced.
    const straight = paragraph[mark.at] === '"';
    let close = -1;
    let j = k + 1;
    // Marks of the other family opened inside and not yet closed: a quote within the quote.
    let nested = 0;
    for (; j < marks.length; j++) {
      const m = marks[j]!;
      const sameFamily = (paragraph[m.at] === '"') === straight;
      if (!sameFamily) {
        if (m.open) nested++;
        else if (nested > 0) nested--;
        // '"Oz has a huge pulpit,” said …': a closing mark of the other family with nothing nested
        // open closes the quote (the writer mixed straight and curly marks).
        else if (!marks.slice(j + 1).some((x) => (paragraph[x.at] === '"') === straight && !x.open)) {
          close = j;
          break;
        }
        continue;
      }
      if (!m.open || straight) {
        close = j;
        break;
      }
      // '“… what he calls “hell” than live …”': a second “ closed twice before any further “ is a
      // quote nested in the same marks, not a stray.
      const next = marks[j + 1];
      const after = marks[j + 2];
      if (next && !next.open && after && !after.open && (paragraph[next.at] === '"') === straight && (paragraph[after.at] === '"') === straight) {
        close = j + 2;
        break;
      }
      break;
    }
    if (close >= 0) {
      const closeAt = marks[close]!.at;
      const span = makeSpan(paragraph, paragraphIndex, mark.at, mark.at + 1, closeAt, closeAt + 1, true, false, 'double');
      if (span) spans.push(span);
      k = close + 1;
      continue;
    }
    if (j < marks.length) {
      // Another opening mark before any close: this mark is stray; move on without swallowing.
      k = j;
      continue;
    }
    // Opened and never closed in this paragraph: a quotation that runs on into the next one.
    const span = makeSpan(paragraph, paragraphIndex, mark.at, mark.at + 1, paragraph.length, paragraph.length, false, false, 'double');
    if (span) spans.push(span);
    break;
  }
  for (const s of singleSpans(paragraph)) {
    if (spans.some((d) => s.open >= d.start && s.open < d.end)) continue; // a quote within a quote
    const span = makeSpan(paragraph, paragraphIndex, s.open, s.open + 1, s.close, s.close + 1, true, false, 'single');
    if (span) spans.push(span);
  }
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * Quotation spans of a whole article. A quote left open at the end of a paragraph continues
 * only if the next paragraph opens with a quotation mark (the news convention); otherwise the
 * unbalanced mark is closed at its paragraph's end and nothing further is swallowed.
 */
export function findQuoteSpans(paragraphs: string[]): QuoteSpan[] {
  const all: QuoteSpan[] = [];
  let open = false;
  paragraphs.forEach((paragraph, index) => {
    const spans = findParagraphQuoteSpans(paragraph, index);
    if (open && spans.length > 0 && spans[0]!.start === leadingSpace(paragraph)) spans[0]!.continued = true;
    open = spans.length > 0 && !spans[spans.length - 1]!.closed;
    all.push(...spans);
  });
  return all;
}

function leadingSpace(text: string): number {
  return text.length - text.trimStart().length;
}
