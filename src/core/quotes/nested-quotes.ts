/**
 * Quotes inside quotes: a blog quoting a newspaper's passage in which someone speaks ('… he said,
 * ‘This is the most dangerous thing in your living room.’ …'), or a speaker quoting someone else
 * ("I’d sooner stay in what he calls “ruin”"). The passage is read as an article of its own; a
 * nested quote that finds no speaker there belongs to whoever is quoting it.
 */
import type { ReadArticle } from '../text/read-article.js';
import type { SpeakerRegistry } from './speaker-registry.js';
import type { Speaker } from '../types.js';
import type { AttributedBy } from './attribution/strategies.js';
import { findParagraphQuoteSpans } from '../text/quote-spans.js';

/** One paragraph's piece of an outer quotation: where its words start and what they are. */
export interface OuterPiece {
  /** Index into the article's paragraphs, headline = 0. */
  paragraphIndex: number;
  textStart: number;
  text: string;
}

/** What a nested reading returns for each quote it found. */
export interface NestedFind {
  text: string;
  speaker: Speaker;
  fragment: boolean;
  /** For a fragment: the passage's sentence it was quoted in, verbatim. */
  context?: string;
  /** Index of the piece the quote is in. */
  piece: number;
  /** Offset of its opening mark within the piece's text. */
  start: number;
  attributedBy: AttributedBy;
}

/** A quote a reading found, and one it found no speaker for (kept so a nested reading can lend one). */
export interface ReadQuote {
  text: string;
  speaker: Speaker;
  fragment: boolean;
  context?: string;
  paragraphIndex: number;
  start: number;
  attributedBy?: AttributedBy;
}

export type PassageReader = (
  article: ReadArticle,
  context: { seed?: (registry: SpeakerRegistry) => void },
) => { quotes: ReadQuote[]; unattributed: Array<{ text: string; paragraphIndex: number; start: number; context: string }> };

const INNER_MARK = /[‘"“„«']/u;

/** Could the quotation hold another one? Any quotation mark inside, or a straight single one at a word's edge. */
export function hasNestedMarks(text: string): boolean {
  if (!INNER_MARK.test(text)) return false;
  return /[‘"“„«]/u.test(text) || /(?:^|[\s(])'\p{L}|[\p{L}.,!?]'(?=[\s.,;:!?)]|$)/u.test(text);
}

/**
 * Straight single marks at a word's edge become curly ones, so the quote finder reads "'This,' he
 * said" as a quote; apostrophes inside words stay. Same length, so offsets still hold.
 */
export function curlSingleMarks(text: string): string {
  return text
    .replace(/(^|[\s(—–-])'(?=\p{L})/gu, '$1‘')
    .replace(/([\p{L}\p{N}.,!?])'(?=[\s.,;:!?)—–]|$)/gu, '$1’');
}

/**
 * Quotes nested in one outer quotation (its pieces, one per paragraph it runs over). `seed`, for a
 * passage of narrative, lends the reading the people the article had named before it.
 */
export function quotesWithin(
  pieces: OuterPiece[],
  outer: Speaker,
  read: PassageReader,
  seed?: (registry: SpeakerRegistry) => void,
): NestedFind[] {
  const paragraphs = pieces.map((p) => curlSingleMarks(p.text));
  const { quotes, unattributed } = read({ id: 'nested', title: '', paragraphs }, seed ? { seed } : {});
  // The reading saw the passage with curled marks (same length): the sentence is taken back from the piece as written.
  const verbatim = (piece: number, sentence: string): string => {
    const at = paragraphs[piece]!.indexOf(sentence);
    return at < 0 ? sentence : pieces[piece]!.text.slice(at, at + sentence.length);
  };
  // "me and my son just said ‘run’": the quoting speaker's own line, whoever the reading took the cue's subject for.
  const own = (q: ReadQuote): boolean => FIRST_PERSON_CUE.test(paragraphs[q.paragraphIndex]!.slice(Math.max(0, q.start - 60), q.start));
  const found: NestedFind[] = quotes.map((q) => ({
    text: q.text,
    speaker: own(q) ? outer : q.speaker,
    fragment: q.fragment,
    ...(q.context ? { context: verbatim(q.paragraphIndex, q.context) } : {}),
    piece: q.paragraphIndex,
    start: q.start,
    attributedBy: own(q) ? 'nested:quoting' : `nested:${q.attributedBy ?? 'sentence'}`,
  }));
  // No speaker in the passage: the words are the quoting speaker's to stand behind.
  for (const u of unattributed) found.push({ text: u.text, speaker: outer, fragment: true, context: verbatim(u.paragraphIndex, u.context), piece: u.paragraphIndex, start: u.start, attributedBy: 'nested:quoting' });
  return found.sort((a, b) => a.piece - b.piece || a.start - b.start);
}

/**
 * A first-person speech cue just before a nested mark: "I said, ‘…’", "me and my son just said ‘…’",
 * "we were like ‘…’", "I told him: ‘…’". The speaker quotes what she (and others with her) said.
 */
const FIRST_PERSON_CUE = /(?:^|[\s(])(?:I|[Ww]e|[Mm]e)\s(?:[^.!?;:,"“”‘’']{0,40}\s)?(?:said|say|shouted|screamed|yelled|cried|asked|told (?:him|her|them|me|us|everyone)|was like|were like|went)\s*[,:]?\s*$/u;

/** One of the speaker's own nested lines: where in which piece, and whether it stands as an utterance. */
export interface OwnNestedLine {
  piece: number;
  /** Offset of its opening mark within the piece's text. */
  start: number;
  /** Verbatim, trimmed of a trailing comma the sentence needed. */
  text: string;
  fragment: boolean;
  /** For a fragment: the piece's text it was quoted in. */
  context?: string;
}

/**
 * The lines a speaker quotes herself (and those with her) saying, inside her quotation: words after
 * a first-person speech cue ("I said, ‘Get inside’", "we were like ‘what now?’"). They are quotes
 * of hers; a line given to someone else ("People tell me, ‘…’") or a label ("the ‘bridge to
 * nowhere’") is not read here.
 */
export function ownNestedLines(pieces: ReadonlyArray<OuterPiece>): OwnNestedLine[] {
  const lines: OwnNestedLine[] = [];
  pieces.forEach((p, piece) => {
    if (!hasNestedMarks(p.text)) return;
    const text = curlSingleMarks(p.text);
    for (const span of findParagraphQuoteSpans(text)) {
      if (!span.closed || !FIRST_PERSON_CUE.test(text.slice(Math.max(0, span.start - 60), span.start))) continue;
      const words = p.text.slice(span.textStart, span.textStart + span.text.length).replace(/[\s,;:]+$/u, '');
      const fragment = !/^[\p{Lu}\p{N}]/u.test(words);
      lines.push({ piece, start: span.start, text: words, fragment, ...(fragment ? { context: p.text } : {}) });
    }
  });
  return lines;
}
