import { boilerplateReason, bylineOf, endsLikeSentence, isEndOfArticleMarker, isHeading, isTweetSignature, isWritersNote, wordCount } from './boilerplate.js';
import { recoverParagraphs } from './recover-paragraphs.js';
import { splitSentences } from './sentences.js';
import { isJsSpace } from './tokens.js';
import type { Article, Skipped } from '../types.js';

/** An article after reading: headline found, boilerplate dropped, paragraphs ready for sentences and quotes. */
export interface ReadArticle {
  /** Article.id: the source id every key point, quote and figure refers to. */
  id: string;
  title: string;
  paragraphs: string[];
  byline?: string;
  publisher?: string;
  /**
   * Paragraphs (indices) that are the text of a tweet embedded in the page, the line before its signature: quotes
   * read them (a post is its author's speech), key points do not (no sentence of the story).
   */
  tweets?: number[];
}

const BULLET = /^\s*(?:[•·▪●◦‣∙*]|[-–—](?=\s))\s*/u;

/** Normalises whitespace and bullets; keeps every character of the words themselves. */
export function cleanLine(line: string): string {
  // \s covers the no-break and thin spaces; a line whose only whitespace is single plain spaces
  // (the usual case) needs no collapsing.
  const unbulleted = line.replace(BULLET, '');
  return (needsSqueezing(unbulleted) ? unbulleted.replace(/\s+/g, ' ') : unbulleted).trim();
}

/** `/\s\s|[^\S ]/.test(line)`: two white-space characters in a row, or one that is not a plain space. */
function needsSqueezing(line: string): boolean {
  let space = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 32) {
      if (space) return true;
      space = true;
    } else if (isJsSpace(c)) return true;
    else space = false;
  }
  return false;
}

/** Longer than any headline or caption: such a line is body text, never compared with the title. */
const MAX_HEADLINE_CHARS = 300;

function comparable(line: string): string {
  return plainComparable(line) ?? line.toLowerCase().replace(/[’']/g, "'").replace(/[^\p{L}\p{N}']+/gu, ' ').trim();
}

/**
 * `comparable` for a line of ASCII and typographic marks (curly quotes, dashes, "…", a no-break space: none a
 * letter or digit), most lines, read by character codes: runs of letters, digits and apostrophes in lower
 * case, one space between them. Undefined for any other line (the regexes read it).
 */
function plainComparable(line: string): string | undefined {
  const lower = line.toLowerCase();
  let out = '';
  let from = -1;
  let curly = false;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 || c === 0x2019) {
      if (from < 0) from = i;
      if (c === 0x2019) curly = true;
      continue;
    }
    if (c >= 128 && c !== 0x2018 && c !== 0x201c && c !== 0x201d && c !== 0x2013 && c !== 0x2014 && c !== 0x2026 && c !== 0xa0) return undefined;
    if (from < 0) continue;
    if (out) out += ' ';
    out += lower.slice(from, i);
    from = -1;
  }
  return curly ? out.replace(/’/g, "'") : out;
}

/** Headlines are short: a longer first line is the start of the body (a pasted or one-paragraph article). */
const MAX_HEADLINE_WORDS = 25;
/** A title made from the body is cut at a word near this length. */
const MAX_DERIVED_TITLE_CHARS = 90;
/** Enough of a paragraph to hold its first sentence; a 5 MB one-line article is never split whole. */
const FIRST_SENTENCE_WINDOW = 600;

/**
 * Reads like a headline: a few words to MAX_HEADLINE_WORDS, one sentence at most, and no full stop at the
 * end ("?" and "!" are fine: "Will the harbour reopen?"). A line that ends with a full stop, or holds
 * several sentences, is body text even when it comes first.
 */
export function looksLikeHeadline(line: string): boolean {
  if (line.length > MAX_HEADLINE_CHARS) return false;
  const words = wordCount(line);
  if (words < 3 || words > MAX_HEADLINE_WORDS) return false;
  if (/[.…:;,]["”’'»)\]]*$/u.test(line)) return false;
  return splitSentences(line).length <= 1;
}

/**
 * Some newsrooms' text exports end every headline with a full stop ("Senate passes harbour bill."). A short
 * first line of one sentence, standing as a paragraph of its own with the body after it, is such a headline:
 * body ledes are longer (news ledes run 20–35 words), and read as body it would be briefed as a key point that
 * repeats the title. Nothing is lost when a short one-line lede is read this way: it is shown as the title.
 */
const MAX_STOPPED_HEADLINE_WORDS = 14;

export function looksLikeStoppedHeadline(line: string): boolean {
  const stop = /(?<![.…])\.$/u.exec(line);
  if (!stop || wordCount(line) > MAX_STOPPED_HEADLINE_WORDS) return false;
  return looksLikeHeadline(line.slice(0, stop.index));
}

/**
 * A title for an article that has no headline: the first sentence of its body, without a wire dateline
 * ("(CNN) -- ") or the final full stop, cut at a word with "…" when it is long.
 */
export function titleFromBody(paragraph: string): string {
  const window = paragraph.slice(0, FIRST_SENTENCE_WINDOW).replace(DATELINE, '');
  const first = splitSentences(window)[0]?.text ?? window;
  const sentence = first.trim().replace(/(?<!\.)\.(["”’'»)\]]*)$/u, '$1');
  if (sentence.length <= MAX_DERIVED_TITLE_CHARS) return sentence;
  const cut = sentence.slice(0, MAX_DERIVED_TITLE_CHARS + 1);
  const atWord = cut.lastIndexOf(' ') > MAX_DERIVED_TITLE_CHARS / 2 ? cut.slice(0, cut.lastIndexOf(' ')) : cut.slice(0, MAX_DERIVED_TITLE_CHARS);
  return `${atWord.replace(/[\s,;:–—-]+$/u, '')}…`;
}

/** "(CNN) -- ", "LONDON, England (Reuters) — ": where the wire put the article, not what it says. */
const DATELINE = /^[^()]{0,40}\([\p{L}\s.&'-]{1,30}\)\s*(?:--|—|–)\s+/u;

/**
 * The headline: the given title, else the first line before the body that reads like a headline
 * (skipping section labels such as "Tech", bylines and page furniture), or a short stopped one with the body
 * after it (looksLikeStoppedHeadline). When the body starts first
 * (a one-paragraph article, pasted text), the title is made from its first sentence and `index` is -1:
 * every line stays in the body.
 */
export function findTitle(lines: string[], given?: string): { title: string; index: number } {
  if (given?.trim()) return { title: cleanLine(given), index: -1 };
  for (let i = 0; i < Math.min(lines.length, 6); i++) {
    const line = lines[i]!;
    if (wordCount(line) < 3 || boilerplateReason(line) || bylineOf(line) || isEndOfArticleMarker(line)) continue;
    if (looksLikeHeadline(line)) return { title: line, index: i };
    if (i + 1 < lines.length && looksLikeStoppedHeadline(line)) return { title: line.slice(0, -1), index: i };
    return { title: titleFromBody(line), index: -1 };
  }
  return { title: lines[0] ?? '', index: lines.length ? 0 : -1 };
}

/**
 * The sentences after a labelled caption's first one ("Photo: …"), when they read as article text: at least
 * two sentences in all and the rest eight words or more ending like a sentence, not a credit ("Credit: Getty").
 */
function textAfterCaption(line: string): string | undefined {
  if (!/^(photo|image|picture)\s*:/i.test(line)) return undefined;
  const sentences = splitSentences(line.slice(0, FIRST_SENTENCE_WINDOW * 4));
  if (sentences.length < 2) return undefined;
  const rest = line.slice(sentences[1]!.start).trim();
  if (wordCount(rest) < 8 || !endsLikeSentence(rest) || boilerplateReason(rest)) return undefined;
  return rest;
}

export function readArticle(article: Article): { article: ReadArticle; skipped: Skipped[] } {
  const skipped: Skipped[] = [];
  const skip = (text: string, reason: string) => skipped.push({ kind: 'paragraph', text, source: article.id, reason });

  const lines = article.paragraphs.map(cleanLine).filter((l) => l.length > 0);
  const { title, index: titleIndex } = findTitle(lines, article.title);
  // A title made from the body is no line of its own: nothing can repeat it.
  const titleKey = titleIndex === -1 && !article.title?.trim() ? undefined : comparable(title);
  // Normalising costs more than the rest of reading: do it only for lines that could repeat the headline
  // (about its length) or be a caption (short, no sentence end), not for every paragraph of body text.
  const mayRepeat = (line: string) =>
    line.length <= MAX_HEADLINE_CHARS && (Math.abs(line.length - title.length) <= 8 || !endsLikeSentence(line));
  const keys = lines.map((line) => (mayRepeat(line) ? comparable(line) : undefined));
  const seen = new Map<string, number>();
  for (const key of keys) if (key !== undefined) seen.set(key, (seen.get(key) ?? 0) + 1);

  let byline = article.byline;
  const paragraphs: string[] = [];
  // The line whose text was last added as paragraphs, and the paragraphs that are an embedded tweet's text.
  let lastKept = -1;
  const tweets: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (i === titleIndex) continue;
    if (i < titleIndex && wordCount(line) <= 2) {
      skip(line, 'section label above the headline');
      continue;
    }
    if (isEndOfArticleMarker(line)) {
      for (const rest of lines.slice(i)) skip(rest, 'related-articles list after the article');
      break;
    }
    const key = keys[i];
    if (titleKey !== undefined && key === titleKey) {
      skip(line, 'repeated headline');
      continue;
    }
    if (isTweetSignature(line)) {
      // An embedded tweet: its text is the line just before its signature.
      if (lastKept === i - 1 && paragraphs.length > 0) tweets.push(paragraphs.length - 1);
      skip(line, 'tweet signature');
      continue;
    }
    const by = bylineOf(line);
    if (by) {
      byline ??= by;
      skip(line, 'byline');
      continue;
    }
    const reason = boilerplateReason(line) ?? (i >= lines.length - 2 && isWritersNote(line) ? "the writer's note" : undefined);
    if (reason) {
      // A caption glued to the paragraph after it ("Photo: The baker with her loaf. A small bakery in Orvik has
      // won…"): the caption goes, the text behind it stays.
      const rest = reason === 'photo credit' ? textAfterCaption(line) : undefined;
      skip(rest ? line.slice(0, line.length - rest.length).trim() : line, reason);
      if (rest) paragraphs.push(...recoverParagraphs(rest));
      continue;
    }
    if (isHeading(line)) {
      // A caption repeated around a video player, or a sub-heading: neither is a sentence of the story.
      skip(line, key !== undefined && (seen.get(key) ?? 0) > 1 ? 'repeated caption' : 'sub-heading');
      continue;
    }
    // A line of a whole article (its breaks lost) is cut again where news paragraphs began.
    paragraphs.push(...recoverParagraphs(line));
    lastKept = i;
  }

  const result: ReadArticle = { id: article.id, title, paragraphs };
  if (byline) result.byline = byline;
  if (article.publisher) result.publisher = article.publisher;
  if (tweets.length > 0) result.tweets = tweets;
  return { article: result, skipped };
}
