/**
 * Paragraphs for text that has lost its breaks: an RSS description, a page scraped to one line, pasted
 * text. Quotes look for their speaker in their own paragraph, so a "paragraph" of a whole article lends
 * a quote the speaker of a sentence twenty sentences away. A line far longer than news paragraphs are
 * is cut again into pseudo-paragraphs, at the places where the signals the text still carries show
 * that a news paragraph began.
 */
import { findParagraphQuoteSpans, type QuoteSpan } from './quote-spans.js';
import { SPEECH_VERBS as SPEECH_VERBS_LIST } from './speech-verbs.js';
import { splitSentencesAround } from './sentences.js';

const SPEECH_VERBS = SPEECH_VERBS_LIST;

/**
 * News paragraphs are short: in 840 articles of the PolNeAR training split (16,466 paragraphs as
 * published) 99 % have five sentences or fewer, 99.9 % ten or fewer. A line of more than this many
 * sentences is text whose breaks were lost, never a paragraph as written.
 */
export const MAX_PARAGRAPH_SENTENCES = 10;
/** Fewer characters cannot hold more than MAX_PARAGRAPH_SENTENCES sentences: not worth splitting. */
const MIN_CHARS_TO_CHECK = 400;
/** A run of narration with no other signal is cut after this many sentences (nine in ten news paragraphs have three or fewer). */
const NARRATION_SENTENCES = 3;

/** At most this many words before the first punctuation after a quote are its attribution ("Ann Lee told reporters on Monday."). */
const ATTRIBUTION_WORDS = 5;

/**
 * '‘It was a shock.’ Ann Lee said the club would …': a quotation that ends its own sentence with a full
 * stop, followed by a capitalised sentence that is more than its attribution. A quote followed by its
 * attribution is written '‘…,’ Ann Lee said', '‘…?’ she asked' or, at most, '‘….’ Ann Lee said.': anything
 * longer after a quote's own full stop stood in a paragraph of its own, so the break falls after the
 * closing mark. Returns the offset of the capitalised word, or -1.
 */
function newSentenceAfterQuote(paragraph: string, span: QuoteSpan): number {
  if (!span.closed || !/[.]$/u.test(span.text)) return -1;
  const rest = paragraph.slice(span.end, span.end + 200);
  const lead = /^\s+(?=\p{Lu})/u.exec(rest);
  if (!lead) return -1;
  const clause = /^[^.!?,;:(\u2014\u2013"“‘']*/u.exec(rest.slice(lead[0].length))![0];
  const words = clause.trim().split(/\s+/u);
  const short = words.length <= ATTRIBUTION_WORDS && /[.!?,;:(\u2014\u2013]/u.test(rest.slice(lead[0].length + clause.length, lead[0].length + clause.length + 1));
  if (short && words.some((w) => SPEECH_VERBS.has(w.toLowerCase()))) return -1;
  return span.end + lead[0].length;
}

/**
 * The paragraph cut into pseudo-paragraphs, each a trimmed slice of it in order; a paragraph of
 * MAX_PARAGRAPH_SENTENCES sentences or fewer comes back whole. A break falls only between sentences,
 * never inside a quotation, and where a news paragraph begins:
 * - at a mark that re-opens a quotation still open (a quote over several paragraphs opens each of them
 *   and closes only in the last: on one line, the re-opening mark is where its next paragraph began);
 * - before a sentence that opens with a quotation, and after a quote's own full stop when an
 *   attribution reporting a clause follows ('‘…’ Ann Lee said the club …');
 * - before narration that follows a sentence with a quotation (the quote's paragraph is over);
 * - otherwise after NARRATION_SENTENCES sentences of narration.
 */
export function recoverParagraphs(paragraph: string): string[] {
  if (paragraph.length < MIN_CHARS_TO_CHECK) return [paragraph];
  const spans = findParagraphQuoteSpans(paragraph);
  const sentences = splitSentencesAround(paragraph, spans);
  if (sentences.length <= MAX_PARAGRAPH_SENTENCES) return [paragraph];

  const insideQuote = (at: number) => spans.some((s) => s.start < at && at < s.end);
  const opensQuote = (at: number) => spans.some((s) => s.start === at);
  const holdsQuote = (from: number, to: number) => spans.some((s) => s.start < to && s.end > from);
  const breaks: number[] = [];
  let inSegment = 0;
  sentences.forEach((sentence, i) => {
    const cuts: number[] = [];
    // Breaks inside a sentence as the splitter sees it: a quotation re-opened after a caption glued
    // in without a full stop, and a quote followed by a new sentence the splitter kept with it.
    for (const span of spans) {
      if (span.continued && span.start > sentence.start && span.start < sentence.end) cuts.push(span.start);
      if (span.start < sentence.start || span.end >= sentence.end) continue;
      const at = newSentenceAfterQuote(paragraph, span);
      if (at > sentence.start && !insideQuote(at)) cuts.push(at);
    }
    cuts.sort((a, b) => a - b);
    const previous = sentences[i - 1];
    let cut = false;
    if (previous && !insideQuote(sentence.start)) {
      if (opensQuote(sentence.start)) cut = true;
      else if (holdsQuote(previous.start, previous.end)) cut = true;
      else if (inSegment >= NARRATION_SENTENCES) cut = true;
    }
    if (cut) {
      breaks.push(sentence.start);
      inSegment = 0;
    }
    inSegment++;
    for (const at of cuts) {
      breaks.push(at);
      inSegment = 1;
    }
  });

  const parts: string[] = [];
  let from = 0;
  for (const at of [...breaks, paragraph.length]) {
    const part = paragraph.slice(from, at).trim();
    if (part) parts.push(part);
    from = at;
  }
  return parts;
}
