/**
 * Recognises the page furniture that news text carries along when it is copied or scraped:
 * share prompts, video players, photo credits, related-links lists. Each rule returns the reason
 * the line is not article text, or undefined when it is (or may be) content.
 */

import { isJsSpace } from './tokens.js';

const WORDS = /[\p{L}\p{N}’'-]+/gu;

export function wordCount(line: string): number {
  return line.match(WORDS)?.length ?? 0;
}

/** A line after which a page only lists other articles: everything from here on is dropped. */
export function isEndOfArticleMarker(line: string): boolean {
  return /^(you might also like|you may also like|related (articles|stories|coverage|content)|more from|more on this story|recommended( for you)?|read next|most read|trending now|also on|more stories)\b[:.!]?\s*$/i.test(
    line.trim(),
  );
}

/** A rule's test: a pattern, or a function where a pattern alone would try every offset of every paragraph. */
type LineTest = RegExp | ((line: string) => boolean);

const LINE_RULES: Array<[LineTest, string]> = [
  [/^(copyright|©|\(c\))\s/i, 'copyright or photo credit'],
  [/^(photo|image|picture|credit|getty images|ap photo|reuters|afp)\b[\s:/|]/i, 'photo credit'],
  [/^video\s*\d{1,2}:\d{2}/i, 'video player timestamp'],
  [/^\d{1,2}:\d{2}(\d{1,2}:\d{2})?$/, 'video player timestamp'],
  [/^watch\b/i, 'video prompt'],
  [/^(share|share this( article| story)?|share on \w+|tweet|email|print|comments?|advertisement|ad|sponsored|subscribe|sign up|newsletter)\b[^.!?]{0,60}$/i, 'share or sign-up prompt'],
  [/^(click|tap) (here|to)\b/i, 'navigation prompt'],
  [/^(read|see|find)\b[^.!?]{0,80}\b(below|here|more)[.:]?$/i, 'navigation prompt'],
  [/^(key points|highlights|in brief|summary|story highlights|what you need to know)[:.]?$/i, 'summary heading'],
  // (Not a stamp run into a sentence, "Posted at 15:40 The weather office has issued…": key points cut the stamp.)
  [/^(published|updated|posted|last updated)\b.{0,60}\d(?![^.!?]{0,200}\s\p{Lu}\p{Ll}+\s[^.!?]*\p{Ll}[^.!?]*[.!?]["”’']?$)/iu, 'date line'],
  [/^(follow|like) us\b/i, 'share or sign-up prompt'],
  // A note to the reader about this page, not the story: what the earlier version said goes with it.
  [/^(this (article|story|report|piece) (was|has been) (amended|corrected|updated|edited|changed)\b|corrections?\s*[:—–]|clarification\s*[:—–]|editor['’]s note\b|an? (earlier|previous) version of this (article|story|report)\b)/i, 'correction or update note'],
  // A note on where the page belongs or comes from: "This article is part of our series on …", "This story was
  // produced in partnership with …", "This article was originally published by …".
  [/^this (article|story|report|piece|series|content) (is|was|forms) (part of|produced (in partnership with|by|with)|originally published|first published|supported by|funded by)\b/i, 'note about the page'],
  // Wire and agency credits: "Reporting by …; Editing by …", "… contributed to this report."
  // (Case-sensitive: the names after "by" are capitalised; "Reporting by the end of May, …" is a sentence.)
  [/^(Additional reporting|Reporting|Writing|Editing) by\s+\p{Lu}/u, 'reporting credit'],
  // (Its end first: a line that does not end so is left at once, not tried at each place "contributed" might start.)
  [(line) => CONTRIBUTED_END.test(line) && /^[^.!?]{0,100}\bcontributed/i.test(line), 'reporting credit'],
  // A wire's photo caption: "FILE PHOTO: A view of …", or any caption signed "… REUTERS/Ada Quist".
  [/^file photo\s*:/i, 'photo caption'],
  [(line) => line.includes('/') && /\b(REUTERS|AFP|AP|EPA|Getty Images)\/\p{Lu}[\p{L}.'’ -]{1,40}(\/File Photo)?\.?$/u.test(line), 'photo caption'],
];

/**
 * The writer's note that closes a column or a contributed piece: one short sentence, a name and what the writer
 * is ("Ada Quist is a writer and former fisherman's daughter from Orvik.", "Tom Bellamy is the Gazette's
 * business correspondent."); not one that goes on to what the writer did ("… who has won", "… and chaired").
 * Only the article's last two lines are read this way (`readArticle`): in the body, such
 * a sentence can be the story ("… is a writer from Orvik who has won the prize").
 */
export function isWritersNote(line: string): boolean {
  if (wordCount(line) > 20) return false;
  return /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}\s+is\s+(?:a|an|the)\s+[^.!?]{0,80}\b(?:writer|columnist|correspondent|reporter|journalist|contributor|contributing editor|freelance|author of|editor|senior fellow|fellow at)\b[^.!?]{0,80}\.$/u.test(
    line.trim(),
  ) && !/\b(?:who|which|whose)\b|\band\s+(?:has|have|had|was|is|will|won|led|\p{Ll}{2,}ed)\b/u.test(line);
}

/**
 * The signature of a tweet embedded in a page, on a line of its own: "— Ada Quist (@adaquist) March 3, 2016" (its
 * dash may be gone with the bullets). The line before it is the tweet's text (`readArticle` marks it).
 */
export function isTweetSignature(line: string): boolean {
  return line.includes('(@') && /^[—–-]*\s*[^()—–]{1,60}\(@\w{1,30}\)\s+\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},\s+\d{4}\.?$/u.test(line.trim());
}

const CONTRIBUTED_END = /\bcontributed(?: reporting)? to (?:this|the) (?:report|story|article)\.?$/i;

/** Why a single line is page furniture, or undefined when it may be content. */
export function boilerplateReason(line: string): string | undefined {
  const text = line.trim();
  if (!text) return 'empty';
  for (const [test, reason] of LINE_RULES) if (typeof test === 'function' ? test(text) : test.test(text)) return reason;
  return undefined;
}

/** "By Jane Doe with REUTERS" → "Jane Doe with REUTERS"; undefined when the line is not a byline. */
export function bylineOf(line: string): string | undefined {
  if (!/^\s*[Bb][Yy]\s/u.test(line) || wordCount(line) > 12) return undefined;
  // "By Dale Pruitt | September 26, 2016", "by Ana Kipp, USA TODAY": the names, then an outlet or a date.
  // ("By the way, …" is a sentence: the words after "by" must be capitalised.)
  const match =
    /^[Bb][Yy]\s+(\p{Lu}[\p{L}.'’-]*(?:[\s,]+(?:and|AND|with|WITH|&|\p{Lu}[\p{L}.'’-]*))*)\s*$/u.exec(line.trim()) ??
    /^[Bb][Yy]\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})\s*[|,—–]\s*[^!?]{1,60}$/u.exec(line.trim());
  return match ? match[1]!.replace(/\s+/g, ' ').trim() : undefined;
}

/** Ends like a sentence: full stop, question or exclamation mark, ellipsis, or a closing quotation mark after one. */
export function endsLikeSentence(line: string): boolean {
  // Read from the end (the regexes /[.!?…:;]["”’')\]]*\s*$/ and /["”]\s*$/ tried every offset of the line).
  let k = line.length - 1;
  while (k >= 0 && isJsSpace(line.charCodeAt(k))) k--;
  if (k < 0) return false;
  const last = line.charCodeAt(k);
  if (last === 34 || last === 0x201d) return true;
  while (k >= 0 && isCloser(line.charCodeAt(k))) k--;
  if (k < 0) return false;
  const c = line.charCodeAt(k);
  return c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 58 || c === 59;
}

/** " ” ’ ' ) ]: what may close a sentence after its final punctuation. */
const isCloser = (c: number): boolean => c === 34 || c === 0x201d || c === 0x2019 || c === 39 || c === 41 || c === 93;

/** A sub-heading: short, no sentence end, starts with a capital. Kept out of the body. */
export function isHeading(line: string): boolean {
  const text = line.trim();
  return !endsLikeSentence(text) && wordCount(text) <= 12 && /^\p{Lu}/u.test(text);
}
