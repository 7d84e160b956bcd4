/**
 * Quotation spans, found before sentences are split so that a sentence boundary never falls
 * inside a quotation and a quotation can run over several paragraphs.
 */

/** One quotation: the marks and the verbatim text between them. */
export interface QuoteSpan {
  paragraphIndex: number;
  /** Offset of the opening mark in its paragraph. */
  start: number;
  /**
   * Offset just past the closing mark; when the quote runs on, the paragraph's length, or the offset
   * of the mark that re-opens it later in the same paragraph (paragraphs run together on one line), or
   * of a photo caption glued in before that mark.
   */
  end: number;
  /** The words inside the marks, verbatim (trimmed of surrounding spaces only). */
  text: string;
  /** Offset of the first character of `text` in the paragraph. */
  textStart: number;
  /**
   * False when the quote runs on without a closing mark: into the next paragraph, or up to a fresh
   * opening mark that starts a sentence later in the same paragraph.
   */
  closed: boolean;
  /** True when this span continues a quotation left open by the previous paragraph (or the previous part of its own). */
  continued: boolean;
  /** Which marks: double ones (“…”, "…", ''…'', «…», „…“) or single ones (‘…’, '…', `…'). */
  kind: QuoteStyle;
}

/**
 * Which marks an article quotes in. English-language outlets print “…” or "…" (US and most web
 * copy), ‘…’ or '…' (British papers), ''…'' (archived New York Times text), «…» or „…“; the
 * other family is nested inside. `double` covers every double mark, '' included.
 */
export type QuoteStyle = 'double' | 'single';

const OPEN_DOUBLE = new Set(['“', '„', '«']);
const CLOSE_DOUBLE = new Set(['”', '»']);

const isLetterOrDigit = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isSpaceOrStart = (ch: string | undefined): boolean => ch === undefined || /[\s([{—–\-/]/u.test(ch);
const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/u.test(ch);

/** A straight " (or '') opens when it follows a space/start/bracket, closes otherwise. */
function straightOpens(text: string, i: number, width: number): boolean {
  const before = text[i - 1];
  const after = text[i + width];
  if (isSpaceOrStart(before)) return after !== undefined && !/\s/.test(after);
  return false;
}

/**
 * '… he said. " I am asking …"': an opening " typed with a space after it. It opens only where no
 * straight quote is open, after a sentence's end, before a capital, and when a later " can close
 * it; otherwise a " after a space closes ('… the mountain,\' " she told him').
 */
function spacedOpening(text: string, i: number, seen: number): boolean {
  if (seen % 2 !== 0 || text[i + 1] !== ' ' || !/\p{Lu}/u.test(text[i + 2] ?? '')) return false;
  if (!afterSentenceEnd(text, i, false)) return false;
  return /[^\s]"/u.test(text.slice(i + 2));
}

/**
 * 'Rep. Ann Lee (D-Ore.):"The bridge will be finished by June."', '… said one stall holder."We were never paid."': a
 * straight " typed with no space after a colon or a sentence's end opens when no straight quote is open,
 * a capital follows, and a later " can close it.
 */
function gluedOpening(text: string, i: number, seen: number): boolean {
  if (seen % 2 !== 0 || !/[:.!?]/u.test(text[i - 1] ?? '') || !/\p{Lu}/u.test(text[i + 1] ?? '')) return false;
  return /[^\s]"/u.test(text.slice(i + 2));
}

/** Families of double marks: a mark closes only a quote opened in its own family. */
type Family = 'straight' | 'curly' | 'doubled';

interface Mark {
  at: number;
  open: boolean;
  /** 2 for '' and ``, 1 otherwise. */
  width: number;
  family: Family;
}

const QUOTE_CHARACTER = /["“”„«»‘’'`]/;
const ANY_DOUBLE = /''|``|["“”„«»]/;
const DOUBLE_MARK = /''|``|["“”„«»]/g;

function doubleMarks(text: string): Mark[] {
  const marks: Mark[] = [];
  if (!ANY_DOUBLE.test(text)) return marks;
  DOUBLE_MARK.lastIndex = 0;
  let m: RegExpExecArray | null;
  // After „ the closing mark is “ („so“), at a word's end.
  let low = false;
  // Straight " marks seen so far: an even count means no straight quote is open.
  let straightSeen = 0;
  while ((m = DOUBLE_MARK.exec(text))) {
    let i = m.index;
    const ch = m[0];
    if (ch === '“' && low && !isSpaceOrStart(text[i - 1])) {
      low = false;
      marks.push({ at: i, open: false, width: 1, family: 'curly' });
      continue;
    }
    if (ch === '„') low = true;
    else if (ch === '”') low = false;
    if (ch === "''") {
      // Three apostrophes: a nested single mark closing just before the double one, or opening just
      // after it; the double mark is the pair on the side of the space.
      if (text[i + 2] === "'" && !isSpaceOrStart(text[i - 1])) {
        i++;
        DOUBLE_MARK.lastIndex = i + 2;
      }
      marks.push({ at: i, open: straightOpens(text, i, 2), width: 2, family: 'doubled' });
    } else if (ch === '``') marks.push({ at: i, open: true, width: 2, family: 'doubled' });
    else if (OPEN_DOUBLE.has(ch)) marks.push({ at: i, open: true, width: 1, family: 'curly' });
    else if (CLOSE_DOUBLE.has(ch)) marks.push({ at: i, open: false, width: 1, family: 'curly' });
    else {
      marks.push({ at: i, open: straightOpens(text, i, 1) || spacedOpening(text, i, straightSeen) || gluedOpening(text, i, straightSeen), width: 1, family: 'straight' });
      straightSeen++;
    }
  }
  return marks;
}

interface RawSpan {
  open: number;
  openWidth: number;
  /** Offset of the closing mark (or of the re-opening mark), or -1 when the quote runs on past the paragraph. */
  close: number;
  closeWidth: number;
  /** The quote has no closing mark: `close` is a fresh opening mark of the same quotation (see `reopens`). */
  reopened?: boolean;
  /** When a caption stands between the parts (`close` is where it starts): the re-opening mark. */
  next?: number;
  /** No closing mark: `close` is the end of the quotation's first sentence (see `firstSentenceEnd`). */
  unclosed?: boolean;
}

const SENTENCE_END = /[.!?…]/u;
const CLOSING_PUNCTUATION = /[)\]’'"”»]/u;
const LOWER_START = /^\p{Ll}/u;

/**
 * Does the text before `at` end a sentence (or is there nothing before it, or a colon)? Spaces,
 * then closing marks and brackets, are skipped first: `… club.’ ‘I had`.
 */
function afterSentenceEnd(text: string, at: number, colon: boolean): boolean {
  let k = at - 1;
  if (k >= 0 && !isSpace(text[k])) return false;
  while (k >= 0 && isSpace(text[k])) k--;
  if (k < 0) return true;
  if (colon && text[k] === ':') return true;
  while (k > 0 && CLOSING_PUNCTUATION.test(text[k]!)) k--;
  return SENTENCE_END.test(text[k]!);
}

/**
 * A quotation over several paragraphs opens each one and closes only in the last; where the
 * paragraphs run together on one line (feeds and archives that drop the breaks) that reads as an
 * opening mark with no close before the next opening one. The first is the previous paragraph's
 * part when it stands as an utterance (opening the text, after a colon or a sentence's end, not in
 * lower case) and the next one starts a sentence of its own (after a full stop, ? or !, not in
 * lower case). A stray mark inside a sentence (`It was “odd, he said. Then “fine”`) is neither.
 */
function reopens(text: string, open: number, width: number, next: number, nextWidth: number, continues = false): boolean {
  if (LOWER_START.test(text.slice(open + width, open + width + 2)) || LOWER_START.test(text.slice(next + nextWidth, next + nextWidth + 2))) return false;
  if (!(continues || afterSentenceEnd(text, open, true))) return false;
  // 'He explained: ‘We cut the odds to 40/1 ‘Given how close …': a one-sentence quotation introduced
  // by a colon whose paragraph ended without a full stop is re-opened by a mark before a capital all
  // the same (with a sentence end inside, the words after it may be the writer's).
  if (afterSentenceEnd(text, next, false)) return true;
  return introducedByColon(text, open) && /[\p{L}\p{N}] $/u.test(text.slice(next - 2, next)) && /^\p{Lu}/u.test(text.slice(next + nextWidth, next + nextWidth + 1)) && !/[.!?…]/u.test(text.slice(open + width, next));
}

const introducedByColon = (text: string, open: number): boolean => /:\s*$/u.test(text.slice(Math.max(0, open - 3), open));

/** A photo caption: a capitalised line of a few words with no sentence end, no colon and no quotation marks. */
const CAPTION = /^\p{Lu}[^.!?…:;"“”„«»‘`]*$/u;
/**
 * Pages glue two or three captions together (`Lee is lifted by his team-mates … Coach Ann Poole
 * applauds the fans (left)`), so a caption may run long: it is still a capitalised run with no
 * sentence end before a mark that re-opens the quotation.
 */
const CAPTION_WORDS = { min: 4, max: 80 };
/** A caption's label ("Special offer: Visitors …", "Bleak picture: …"): a few words and a colon before a capital. */
const CAPTION_LABEL = /^\p{Lu}[\p{L}\p{N}'’ -]{0,30}:\s+(?=\p{Lu})/u;

/** Is `text` a photo caption? A label may head it, and a number may have a decimal point ("$2.50"). */
function isCaption(text: string): boolean {
  const body = text.replace(CAPTION_LABEL, '').replace(/(\p{N})\.(?=\p{N})/gu, '$1');
  return CAPTION.test(body);
}

/**
 * Where the part of a quotation before `next` ends, when `next` re-opens it on one line (see `reopens`),
 * or -1. Pages scraped to one line also glue a photo caption, with no full stop of its own, between a
 * quotation's paragraphs (`… whatever! Ann Lee at the stables on Monday ‘Hopefully …`): the part ends
 * at the sentence end before the caption, and the caption is nobody's words. `continues`: the mark at
 * `open` re-opens the quotation itself (it stands as an utterance wherever it is).
 */
function reopensAt(text: string, open: number, width: number, next: number, nextWidth: number, continues: boolean): number {
  if (reopens(text, open, width, next, nextWidth, continues)) return next;
  if (LOWER_START.test(text.slice(open + width, open + width + 2)) || !/^\p{Lu}/u.test(text.slice(next + nextWidth, next + nextWidth + 1))) return -1;
  if (!(continues || afterSentenceEnd(text, open, true)) || !isSpace(text[next - 1])) return -1;
  const between = text.slice(open + width, next);
  const end = /[.!?…]['’"”)\]]*\s+(?=\S(?:[^.!?…]|(?<=\p{N})\.(?=\p{N}))*$)/u.exec(between);
  if (!end) return -1;
  const caption = between.slice(end.index + end[0].length).trim();
  const words = caption.split(/\s+/u).length;
  if (!isCaption(caption) || words < CAPTION_WORDS.min || words > CAPTION_WORDS.max) return -1;
  return open + width + end.index + end[0].length;
}

/**
 * A quotation left open when the text introduces a new one (`… inside him needed entertaining. The
 * film opens on Friday. Lee said: ‘My agenda …`): on one line, its paragraph ended before the new
 * quote's did, and its first sentence is all that is surely quoted. Returns the offset after that
 * sentence's end, or -1 when `next` is not introduced by a colon or the quotation does not stand as
 * an utterance.
 */
function firstSentenceEnd(text: string, open: number, width: number, next: number, continues: boolean): number {
  if (!/:\s*$/u.test(text.slice(Math.max(0, next - 4), next)) || LOWER_START.test(text.slice(open + width, open + width + 2))) return -1;
  if (!continues && !afterSentenceEnd(text, open, true)) return -1;
  const end = /[.!?…]+(?=\s+\p{Lu})/u.exec(text.slice(open + width, next));
  return end ? open + width + end.index + end[0].length : -1;
}

/**
 * A quotation part that ends where the same quotation re-opens (`reopens`): at the re-opening mark `at`,
 * or at `end` before a caption glued in between, noting the mark it goes on from.
 */
function reopenedSpan(open: number, openWidth: number, end: number, at: number): RawSpan {
  return { open, openWidth, close: end, closeWidth: 0, reopened: true, ...(end !== at ? { next: at } : {}) };
}

/** Double-mark quotations of a paragraph (see findParagraphQuoteSpans). */
function doubleSpans(paragraph: string): RawSpan[] {
  const spans: RawSpan[] = [];
  const marks = doubleMarks(paragraph);
  let k = 0;
  // The mark that re-opened the quotation before it: it stands as an utterance wherever it is.
  let reopenedMark = -1;
  while (k < marks.length) {
    const mark = marks[k]!;
    const continuing = k === reopenedMark;
    if (!mark.open) {
      k++;
      continue;
    }
    // The next closing mark of the same family. Marks of another family inside are a quote
    // within the quote ('"RIVAS: … an episode of “Harbour Nights.” …"'); a second opening mark of the
    // same family before any close means the first was unbalanced.
    const ambiguous = mark.family !== 'curly';
    let close = -1;
    let reopen = -1;
    let reopenEnd = -1;
    let j = k + 1;
    // Marks of the other family opened inside and not yet closed: a quote within the quote.
    let nested = 0;
    for (; j < marks.length; j++) {
      const m = marks[j]!;
      if (m.family !== mark.family) {
        if (m.open) nested++;
        else if (nested > 0) nested--;
        // '"Oz has a huge pulpit,” said …': a closing mark of the other family with nothing nested
        // open closes the quote (the writer mixed straight and curly marks), when no mark of the quote's
        // own family closes later, or when a new quotation opens right after it ('"A,” said Bo Reyes.
        // "B."', '“A," she said. "B.”': the later close belongs to the next quote, not to this one).
        else if (marks[j + 1]?.open || !marks.slice(j + 1).some((x) => x.family === mark.family && !x.open)) {
          close = j;
          break;
        }
        continue;
      }
      // '"We are done. "Now we rest."': an opening mark that starts a sentence re-opens the quote
      // (paragraphs run together; see `reopens`).
      const partEnd = m.open ? reopensAt(paragraph, mark.at, mark.width, m.at, m.width, continuing) : -1;
      const reopening = partEnd >= 0;
      if (!m.open || ambiguous) {
        if (reopening) {
          reopen = j;
          reopenEnd = partEnd;
        }
        else close = j;
        break;
      }
      // '“… what he calls “hell” than live …”': a second “ closed twice before any further “ is a
      // quote nested in the same marks, not a stray.
      const next = marks[j + 1];
      const after = marks[j + 2];
      if (next && !next.open && after && !after.open && next.family === mark.family && after.family === mark.family) {
        close = j + 2;
        break;
      }
      if (reopening) {
        reopen = j;
        reopenEnd = partEnd;
      }
      break;
    }
    if (close >= 0) {
      spans.push({ open: mark.at, openWidth: mark.width, close: marks[close]!.at, closeWidth: marks[close]!.width });
      k = close + 1;
      continue;
    }
    if (reopen >= 0) {
      spans.push(reopenedSpan(mark.at, mark.width, reopenEnd, marks[reopen]!.at));
      k = reopenedMark = reopen;
      continue;
    }
    if (j < marks.length) {
      // Another opening mark before any close: this mark is stray; move on without swallowing.
      k = j;
      continue;
    }
    // Opened and never closed in this paragraph: a quotation that runs on into the next one.
    spans.push({ open: mark.at, openWidth: mark.width, close: -1, closeWidth: 0 });
    break;
  }
  return spans;
}

/**
 * Words an apostrophe opens, never a quotation: decades and years ('90s, '09), rock 'n' roll, and
 * the common elisions ('em, 'til, 'tis, 'cause …).
 */
const ELISION = /^(?:\d\d(?:s|\b)|n['’‘](?!\p{L})|(?:em|til|tis|twas|cause|cos|bout|round|nuff|kay)(?!\p{L}))/iu;
/**
 * An elided word written with its apostrophe at the end instead ("Cos' I'm on television"): a mark
 * before it opens a quotation.
 */
const ELIDED_AT_END = /^(?:em|til|tis|twas|cause|cos|bout|round|nuff|kay)['’]\s/iu;

interface SingleMark {
  at: number;
  open: boolean;
  /**
   * How sure a closing mark is. 2: after punctuation ("…,’"), or ending the paragraph. 1: after a
   * letter, before punctuation ("‘a pain’, he said", but also "money missin’, ask"). 0: after a
   * letter with the sentence going on ("the fans' letters", "doin' nothin' wrong", "called it 'a
   * pain' and left"): a plural possessive or a dropped g as often as the end of a quote.
   */
  strength: 0 | 1 | 2;
}

/** What may come just before a single opening mark: a space, a bracket, a dash, another opening mark. */
const BEFORE_OPENING = /[\s([{—–\-/"“„«‘'`:]/u;

/**
 * Single marks that can open or close a quotation. An apostrophe is never one: between letters
 * (don't, O'Neill), before an elision ('90s, 'n', 'em), or, for a curly ’, anywhere it cannot close.
 * `straight` says whether ' and ` count (the article quotes in straight single marks, or a headline).
 */
function singleMarks(text: string, straight: boolean, taken: ReadonlyArray<RawSpan>): SingleMark[] {
  const marks: SingleMark[] = [];
  const pattern = straight ? /['‘’`]/g : /[‘’]/g;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text))) {
    const i = m.index;
    const ch = m[0];
    // Part of a '' or `` double mark.
    if ((ch === "'" || ch === '`') && taken.some((s) => (i >= s.open && i < s.open + s.openWidth) || (s.close >= 0 && i >= s.close && i < s.close + s.closeWidth))) continue;
    const before = text[i - 1];
    const after = text[i + 1];
    // 'Lee said, smiling:’It would be nice …’': a closing mark typed for the opening one, after a colon
    // and before a capital, can only open.
    if (ch === '’' && before === ':' && after !== undefined && /\p{Lu}/u.test(after)) {
      marks.push({ at: i, open: true, strength: 2 });
      continue;
    }
    if (isLetterOrDigit(before) && isLetterOrDigit(after)) continue;
    const atWordStart = before === undefined || BEFORE_OPENING.test(before);
    if (atWordStart && ch !== '’' && ELISION.test(text.slice(i + 1, i + 7)) && !ELIDED_AT_END.test(text.slice(i + 1, i + 8))) {
      // "rock 'n' roll": the mark after the n is an apostrophe too.
      if (/^n['’‘]/iu.test(text.slice(i + 1, i + 3))) pattern.lastIndex = i + 3;
      continue;
    }
    if (ch === '’' && (before === undefined || isSpace(before)) && ELISION.test(text.slice(i + 1, i + 7))) {
      if (/^n['’‘]/iu.test(text.slice(i + 1, i + 3))) pattern.lastIndex = i + 3;
      continue;
    }
    if (ch === '`' || ch === '‘') {
      if (!isLetterOrDigit(before)) marks.push({ at: i, open: true, strength: 2 });
      continue;
    }
    // '… been "lost."\'.': a straight mark before punctuation closes (an ellipsis aside: '... And').
    if (ch === "'" && atWordStart && after !== undefined && !isSpace(after) && !(/[,;:!?)\]]/u.test(after) || (after === '.' && text[i + 2] !== '.'))) {
      marks.push({ at: i, open: true, strength: 2 });
      continue;
    }
    // A closing mark: after a word or punctuation, before a space, punctuation or the end.
    if (before === undefined || isSpace(before) || isLetterOrDigit(after)) continue;
    let k = i + 1;
    while (isSpace(text[k])) k++;
    const afterLetter = /\p{L}/u.test(before);
    const strength = !afterLetter || k >= text.length ? 2 : k > i + 1 && isLetterOrDigit(text[k]) ? 0 : 1;
    marks.push({ at: i, open: false, strength });
  }
  return marks;
}

/**
 * '‘Me and my dad just said ‘wow’ and he ran …': a quote nested in the same single marks. The mark at
 * `inner`, right after the opening one at `open`, neither re-opens it nor is stray when the quotation
 * stands in upper case, the inner mark closes at once, and then the quotation closes too, or (nothing
 * after it) runs on into a paragraph that re-opens it (`runsOn`).
 */
function nestsSingle(text: string, open: number, marks: ReadonlyArray<SingleMark>, inner: number, runsOn: boolean): boolean {
  if (!/^\p{Lu}/u.test(text.slice(open + 1, open + 2))) return false;
  const close = marks[inner + 1];
  if (!close || close.open) return false;
  const after = marks[inner + 2];
  return after ? !after.open : runsOn;
}

/**
 * Single-mark quotations. A quote closes at the surest closing mark before the next opening one,
 * the first of its strength ("‘If there’s money missin’, ask the manager.’" closes after the full
 * stop); a weak one ("‘a pain’ and left") only when there is no other, and not when the quotation
 * runs on into the next paragraph (`runsOn`: it re-opens there), when the weak marks were
 * apostrophes ("‘We weren’t doin’ nothin’ wrong." followed by "‘If …’"). `runOn` lets a quote left open run to the
 * paragraph's end (primary marks only: a nested or headline single mark must close).
 */
function singleSpans(text: string, straight: boolean, runOn: boolean, runsOn: boolean, taken: ReadonlyArray<RawSpan>): RawSpan[] {
  const spans: RawSpan[] = [];
  const marks = singleMarks(text, straight, taken);
  let k = 0;
  // The mark that re-opened the quotation before it: it stands as an utterance wherever it is.
  let reopenedMark = -1;
  while (k < marks.length) {
    const mark = marks[k]!;
    const continuing = k === reopenedMark;
    if (!mark.open) {
      k++;
      continue;
    }
    let close = -1;
    let weak = -1;
    let reopen = -1;
    let reopenEnd = -1;
    let j = k + 1;
    for (; j < marks.length; j++) {
      const m = marks[j]!;
      if (m.open) {
        // Primary marks only: a nested or headline single mark must close. Weak marks before the
        // re-opening were apostrophes, as when the next paragraph re-opens (below).
        const partEnd = close < 0 && runOn ? reopensAt(text, mark.at, 1, m.at, 1, continuing) : -1;
        if (partEnd >= 0) {
          reopen = j;
          reopenEnd = partEnd;
        } else if (j === k + 1 && runOn && nestsSingle(text, mark.at, marks, j, runsOn)) {
          // The quote within is part of this one (read again by nested-quotes.ts).
          j++;
          continue;
        }
        break;
      }
      if (m.strength === 0) {
        if (weak < 0) weak = j;
        continue;
      }
      if (close < 0 || (m.strength === 2 && marks[close]!.strength === 1)) close = j;
      if (m.strength === 2) {
        j++;
        break;
      }
    }
    while (j < marks.length && !marks[j]!.open) j++;
    // A quotation that opens its paragraph or follows a colon, re-opened by the next paragraph.
    const before = text.slice(0, mark.at);
    const utterance = !before.trim() || /:\s*$/u.test(before);
    if (close < 0 && weak >= 0 && reopen < 0 && !(j >= marks.length && runOn && runsOn && utterance)) close = weak;
    if (reopen >= 0) {
      spans.push(reopenedSpan(mark.at, 1, reopenEnd, marks[reopen]!.at));
      k = reopenedMark = reopen;
      continue;
    }
    if (close >= 0) {
      spans.push({ open: mark.at, openWidth: 1, close: marks[close]!.at, closeWidth: 1 });
      k = close + 1;
      continue;
    }
    if (j < marks.length) {
      const end = close < 0 && runOn ? firstSentenceEnd(text, mark.at, 1, marks[j]!.at, continuing) : -1;
      if (end >= 0) spans.push({ open: mark.at, openWidth: 1, close: end, closeWidth: 0, unclosed: true });
      k = j;
      continue;
    }
    if (runOn) spans.push({ open: mark.at, openWidth: 1, close: -1, closeWidth: 0 });
    break;
  }
  return spans;
}

const inside = (s: RawSpan, outer: RawSpan, length: number): boolean => s.open > outer.open && s.open < (outer.close < 0 ? length : outer.close);

/** Does the paragraph open with a single mark that opens a quotation (a running quote re-opened)? */
function opensWithSingle(paragraph: string): boolean {
  const m = /^\s*(['‘`])/u.exec(paragraph);
  if (!m) return false;
  return !ELISION.test(paragraph.slice(m[0].length, m[0].length + 6));
}

/**
 * The article's primary marks: single when more single-mark quotations (outside double ones)
 * pair up than double-mark ones, double otherwise (ties included: the default). Headlines are
 * left out by the caller; they quote in single marks whatever the body uses.
 */
export function quoteStyleOf(paragraphs: ReadonlyArray<string>): QuoteStyle {
  return styleOf(paragraphs, 0, (paragraph) => doubleSpans(paragraph));
}

/** `quoteStyleOf` over `paragraphs` from index `first`, reading each paragraph's double-mark spans through `doublesAt`. */
function styleOf(paragraphs: ReadonlyArray<string>, first: number, doublesAt: (paragraph: string, index: number) => RawSpan[]): QuoteStyle {
  let doubles = 0;
  let singles = 0;
  for (let index = first; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index]!;
    if (!QUOTE_CHARACTER.test(paragraph)) continue;
    const d = doublesAt(paragraph, index);
    doubles += d.length;
    for (const s of singleSpans(paragraph, true, true, false, d)) if (!d.some((o) => inside(s, o, paragraph.length) || s.open === o.open)) singles++;
  }
  return singles > doubles ? 'single' : 'double';
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
  kind: QuoteStyle,
): QuoteSpan | undefined {
  const raw = paragraph.slice(innerStart, innerEnd);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (!/[\p{L}\p{N}]/u.test(text)) return undefined;
  return { paragraphIndex, start, end, text, textStart: innerStart + lead, closed, continued, kind };
}

/** How a paragraph is read: its article's primary marks, or a headline's (single marks, straight ones too, beside double ones). */
export type ParagraphStyle = QuoteStyle | 'headline';

/**
 * Quotation spans of one paragraph. `style` is the article's primary marks (quoteStyleOf); left
 * out, the paragraph's own marks decide. Primary marks may run on past the paragraph's end; the
 * other family nested inside a primary quotation is part of it (read again by nested-quotes.ts),
 * and outside one is a quotation of its own only when it closes. `runsOn` says the next paragraph
 * re-opens a single-mark quotation.
 */
export function findParagraphQuoteSpans(
  paragraph: string,
  paragraphIndex = 0,
  style?: ParagraphStyle,
  runsOn = false,
): QuoteSpan[] {
  if (!QUOTE_CHARACTER.test(paragraph)) return [];
  const doubles = doubleSpans(paragraph);
  return paragraphSpans(paragraph, paragraphIndex, style ?? styleOf([paragraph], 0, () => doubles), runsOn, doubles);
}

/**
 * Adds the span of a pair of marks to `spans` (an unclosed one runs to the paragraph's end), noting where
 * a re-opened quotation goes on. A module function, not a closure in paragraphSpans: tsx (keepNames)
 * names every closure as it is created, on every paragraph with a quotation mark.
 */
function pushSpan(spans: QuoteSpan[], reopenedAt: Set<number>, paragraph: string, paragraphIndex: number, s: RawSpan, kind: QuoteStyle): void {
  const length = paragraph.length;
  const ends = s.close >= 0;
  const span = makeSpan(paragraph, paragraphIndex, s.open, s.open + s.openWidth, ends ? s.close : length, ends ? s.close + s.closeWidth : length, ends && !s.reopened && !s.unclosed, reopenedAt.has(s.open), kind);
  if (s.reopened) reopenedAt.add(s.next ?? s.close);
  if (span) spans.push(span);
}

/** `findParagraphQuoteSpans` for a paragraph with quotation characters whose double-mark spans are known. */
function paragraphSpans(paragraph: string, paragraphIndex: number, primary: ParagraphStyle, runsOn: boolean, doubles: RawSpan[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const length = paragraph.length;
  // Where the previous part of a quotation ended at this mark (a re-opening in the same paragraph).
  const reopenedAt = new Set<number>();
  if (primary === 'single') {
    const singles = singleSpans(paragraph, true, true, runsOn, doubles);
    for (const s of singles) pushSpan(spans, reopenedAt, paragraph, paragraphIndex, s, 'single');
    // Double marks inside a single-mark quotation are a quote within it.
    for (const d of doubles) if (d.close >= 0 && !d.reopened && !singles.some((s) => inside(d, s, length))) pushSpan(spans, reopenedAt, paragraph, paragraphIndex, d, 'double');
  } else {
    for (const d of doubles) pushSpan(spans, reopenedAt, paragraph, paragraphIndex, d, 'double');
    // Single marks outside double ones: a headline's quote ("Lee Was ‘Mocking’ …"); straight
    // ones only in a headline, where they are the convention.
    for (const s of singleSpans(paragraph, primary === 'headline', false, false, doubles)) {
      if (doubles.some((d) => inside(s, d, length) || s.open === d.open)) continue; // a quote within a quote
      pushSpan(spans, reopenedAt, paragraph, paragraphIndex, s, 'single');
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * Quotation spans of a whole article. The article's primary marks are decided from its own marks
 * (quoteStyleOf); with `headline`, paragraph 0 is a headline, read in single marks too and left out
 * of that vote. A quote left open at the end of a paragraph continues only if the next paragraph
 * opens with a quotation mark (the news convention); otherwise the unbalanced mark is closed at its
 * paragraph's end and nothing further is swallowed.
 */
export function findQuoteSpans(paragraphs: string[], options: { headline?: boolean } = {}): QuoteSpan[] {
  const all: QuoteSpan[] = [];
  // Both the style vote and the spans read each paragraph's double-mark spans: find them once.
  const doubles: (RawSpan[] | undefined)[] = [];
  const doublesAt = (paragraph: string, index: number): RawSpan[] => (doubles[index] ??= doubleSpans(paragraph));
  const style = styleOf(paragraphs, options.headline ? 1 : 0, doublesAt);
  let open = false;
  paragraphs.forEach((paragraph, index) => {
    const headline = options.headline === true && index === 0;
    const runsOn = style === 'single' && index + 1 < paragraphs.length && opensWithSingle(paragraphs[index + 1]!);
    const spans = QUOTE_CHARACTER.test(paragraph) ? paragraphSpans(paragraph, index, headline ? 'headline' : style, runsOn, doublesAt(paragraph, index)) : [];
    if (open && spans.length > 0 && spans[0]!.start === leadingSpace(paragraph)) spans[0]!.continued = true;
    open = spans.length > 0 && !spans[spans.length - 1]!.closed;
    all.push(...spans);
  });
  return all;
}

function leadingSpace(text: string): number {
  return text.length - text.trimStart().length;
}
