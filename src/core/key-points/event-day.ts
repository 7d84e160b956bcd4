/**
 * The day a preview dates its event with, read against the day its article was published: "from
 * June 1", "on 12 May 2027", "on Thursday" (that weekday on or after publication). A report published
 * before that day cannot have reported the event: "The bridge will close to cars from June 1" still
 * says what is to come after a later article reports the vote to close it.
 */

import { MONTHS, WEEKDAYS } from '../text/calendar.js';
import { SPEECH_VERBS } from '../text/speech-verbs.js';

/** Capitalised, as written in a date ("may" is a modal verb). */
const MONTH = MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|');
const MONTH_DAY = new RegExp(String.raw`\b(${MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?`, 'gu');
const DAY_MONTH = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH})\b(?:\s+(\d{4})\b)?`, 'gu');
/** A weekday of the week to come, not "last Monday" or "every Monday". */
const WEEKDAY = /(?<!\b(?:last|every|each|most|some|previous)\s+)\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/gu;
const DAY_MS = 86_400_000;
/** The publication day itself, and the day after it, as a preview names them ("will carry its first passengers this morning"). */
const TODAY = /\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b/iu;
const TOMORROW = /\btomorrow\b/iu;
/**
 * "…, the council confirmed on Friday": a weekday right after a reporting verb in the past is when something
 * was said, not the day of the event to come.
 */
const REPORTED_ON = new RegExp(`\\b(?:${[...SPEECH_VERBS].filter((v) => v.endsWith('ed') || v === 'said' || v === 'told' || v === 'wrote').join('|')})\\s+(?:on\\s+)?$`, 'iu');
/**
 * "decide by Friday", "before June 1", "no later than 12 May": a deadline, not the event's day. The event may
 * come any day before it, so a report published earlier can have reported it.
 */
const DEADLINE = /\b(?:by|before|later\s+than)\s+(?:(?:next|this|the\s+end\s+of)\s+)?$/iu;
/** A date without a year further back than this is next year's ("on January 5" in late December), else it is past. */
const HALF_YEAR_DAYS = 183;

/** `YYYY-MM-DD` of a UTC time. */
function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * The earliest day on or after `published` (`YYYY-MM-DD`) that `text` names, as `YYYY-MM-DD`, or
 * undefined when it names none. Dates before publication are of the past and do not count.
 */
export function eventDay(text: string, published: string): string | undefined {
  const from = Date.parse(`${published.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(from)) return undefined;
  const year = new Date(from).getUTCFullYear();
  let earliest: number | undefined;
  const consider = (ms: number) => {
    if (ms >= from && (earliest === undefined || ms < earliest)) earliest = ms;
  };
  const deadline = (at: number) => DEADLINE.test(text.slice(Math.max(0, at - 30), at));
  const dated = (month: number, day: number, givenYear: string | undefined, at: number) => {
    if (day < 1 || day > 31 || deadline(at)) return;
    if (givenYear) return consider(Date.UTC(Number(givenYear), month, day));
    const ms = Date.UTC(year, month, day);
    consider(ms < from && from - ms > HALF_YEAR_DAYS * DAY_MS ? Date.UTC(year + 1, month, day) : ms);
  };
  for (const m of text.matchAll(MONTH_DAY)) dated(MONTHS.indexOf(m[1]!.toLowerCase()), Number(m[2]), m[3], m.index);
  for (const m of text.matchAll(DAY_MONTH)) dated(MONTHS.indexOf(m[2]!.toLowerCase()), Number(m[1]), m[3], m.index);
  const today = TODAY.exec(text);
  if (today && !deadline(today.index)) consider(from);
  const tomorrow = TOMORROW.exec(text);
  if (tomorrow && !deadline(tomorrow.index)) consider(from + DAY_MS);
  const weekday = new Date(from).getUTCDay();
  for (const m of text.matchAll(WEEKDAY)) {
    if (REPORTED_ON.test(text.slice(Math.max(0, m.index - 30), m.index)) || deadline(m.index)) continue;
    consider(from + ((WEEKDAYS.indexOf(m[1]!.toLowerCase()) - weekday + 7) % 7) * DAY_MS);
  }
  return earliest === undefined ? undefined : isoDay(earliest);
}
