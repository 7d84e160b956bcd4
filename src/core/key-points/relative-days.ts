/**
 * "The council voted yesterday": a briefing is read days after its sources, and beside points from
 * articles of other days, so a day named relative to an article's publication is written as the
 * weekday it was ("The council voted on Monday"). Only where the publisher's own calendar day is known
 * (`publicationDay`): a published time normalised to UTC no longer says it (21:00 in New York is the
 * next day in UTC), and a wrong weekday is worse than "yesterday".
 * Words inside quotation marks (as the quotation reader, text/quote-spans.ts, finds them) are the
 * speaker's and stay as they are.
 */
import { WEEKDAYS } from '../text/calendar.js';
import { findParagraphQuoteSpans } from '../text/quote-spans.js';

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/**
 * The relative day words and the day each is, counted from publication, with the part of the day
 * it names. "today" only after a verb in the past ("said today", "announced today"): elsewhere it is
 * as often "nowadays" ("the challenges Europe faces today").
 */
const RELATIVE_DAY =
  /(\b(?:until|till|since|from|by|before|after|as of|of)\s+)?\b(yesterday|tomorrow|tonight|last night|this morning|this afternoon|this evening|earlier today|(?<=\b(?:\p{L}+ed|said|told|met|spoke|began|held|won|lost|fell|rose|made|gave|took|sent|left|came|went|wrote|broke|ran)\s+)today)\b(['’]s(?!\p{L}))?/giu;

const SHIFT: Record<string, { days: number; part?: string; lead?: string }> = {
  yesterday: { days: -1 },
  tomorrow: { days: 1 },
  tonight: { days: 0, part: 'night' },
  'last night': { days: -1, part: 'night' },
  'this morning': { days: 0, part: 'morning' },
  'this afternoon': { days: 0, part: 'afternoon' },
  'this evening': { days: 0, part: 'evening' },
  'earlier today': { days: 0, lead: 'earlier' },
  today: { days: 0 },
};

/**
 * The calendar day the publisher dated an article with: the day the source read from its date (a date
 * alone, or a time in the publisher's zone), else `published` when it is a date alone.
 */
export function publicationDay(article: { published?: string; publishedDay?: string }): string | undefined {
  if (article.publishedDay && CALENDAR_DAY.test(article.publishedDay)) return article.publishedDay;
  return article.published && CALENDAR_DAY.test(article.published) ? article.published : undefined;
}

/** `text` with relative days written as weekdays of `day` (`YYYY-MM-DD`); unchanged without one. */
export function withDaysNamed(text: string, day: string | undefined): string {
  if (!day || !CALENDAR_DAY.test(day)) return text;
  const from = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(from)) return text;
  // The project's quotation reader, as the quotes see them: a run-on quotation reaches the sentence's end.
  const quoted = findParagraphQuoteSpans(text).map((q): [number, number] => [q.start, q.end]);
  return text.replace(RELATIVE_DAY, (match: string, preposition: string | undefined, word: string, possessive: string | undefined, at: number) => {
    if (quoted.some(([a, b]) => at >= a && at < b)) return match;
    // "the day before yesterday" is another day again: left as written.
    if (preposition && /\bday\s+$/iu.test(text.slice(0, at))) return match;
    const shift = SHIFT[word.toLowerCase()]!;
    const weekday = WEEKDAYS[new Date(from + shift.days * DAY_MS).getUTCDay()]!;
    let named = weekday[0]!.toUpperCase() + weekday.slice(1);
    if (shift.part) named = `${named} ${shift.part}`;
    // "yesterday's vote" → "Monday's vote"; "until yesterday" → "until Monday"; else "on Monday".
    const phrase = possessive ? `${preposition ?? ''}${named}${possessive}` : preposition ? `${preposition}${named}` : `${shift.lead ? `${shift.lead} ` : ''}on ${named}`;
    return startsSentence(text, at) ? phrase[0]!.toUpperCase() + phrase.slice(1) : phrase;
  });
}

function startsSentence(text: string, at: number): boolean {
  return /^\s*(?:[“"‘'(]\s*)?$/u.test(text.slice(0, at)) || /[.!?:]\s+$/u.test(text.slice(0, at));
}
