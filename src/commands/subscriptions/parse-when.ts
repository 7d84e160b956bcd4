import { CronExpressionParser } from 'cron-parser';
import cron from 'node-cron';
import type { SubscriptionWhen } from '../../contracts/stores.js';

/** What `<when>` was read as, or why it could not be. */
export type ParsedWhen = { ok: true; when: SubscriptionWhen } | { ok: false; problem: string };

/** The words a `<when>` may start with (a five-field cron expression aside). */
export const WHEN_WORDS = ['daily', 'weekdays', 'weekends', 'weekly', 'every'] as const;

export const WHEN_SYNTAX = 'daily 08:00, weekdays 07:30, weekends 10:00, weekly mon 09:00, every 2h, every 30m, or a cron expression such as "0 8 * * 1-5"';

const DAYS: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
const DAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * Reads the schedule words a user typed ("weekdays 07:30") as a five-field cron expression. Pure: which zone
 * it runs in, whether it is too frequent and when it runs next are decided elsewhere, with the clock.
 */
export function parseWhen(input: string): ParsedWhen {
  const text = input.trim().replace(/\s+/g, ' ');
  if (!text) return refuse(`Say when to post: ${WHEN_SYNTAX}.`);
  const words = text.toLowerCase().split(' ');
  const [first = ''] = words;
  const cronOf = (expression: string): ParsedWhen => ({ ok: true, when: { text, cron: expression } });

  if (first === 'daily' || first === 'weekdays' || first === 'weekends') {
    if (words.length !== 2) return refuse(`“${text}”: expected “${first} HH:MM”, e.g. “${first} 08:00”.`);
    const time = parseTime(words[1]!);
    if (!time.ok) return time;
    const days = first === 'daily' ? '*' : first === 'weekdays' ? '1-5' : '0,6';
    return cronOf(`${time.minute} ${time.hour} * * ${days}`);
  }
  if (first === 'weekly') {
    if (words.length !== 3) return refuse(`“${text}”: expected “weekly <day> HH:MM”, e.g. “weekly mon 09:00”.`);
    const day = dayNumber(words[1]!);
    if (day === undefined) return refuse(`“${words[1]}” is not a day of the week; use mon, tue, wed, thu, fri, sat or sun.`);
    const time = parseTime(words[2]!);
    if (!time.ok) return time;
    return cronOf(`${time.minute} ${time.hour} * * ${day}`);
  }
  if (first === 'every') return parseEvery(words.slice(1).join(''), text);
  if (words.length === 5) return parseCron(text);
  return refuse(`“${text}” is not a schedule I can read. Use ${WHEN_SYNTAX}.`);
}

/** "every 2h", "every 30m", "every 1 hour": a step that divides the day (or the hour) evenly. */
function parseEvery(amount: string, text: string): ParsedWhen {
  const match = /^(\d{1,4})(m|min|mins|minute|minutes|h|hr|hrs|hour|hours)$/.exec(amount);
  if (!match) return refuse(`“${text}”: expected “every <n>h” or “every <n>m”, e.g. “every 2h”.`);
  const n = Number(match[1]);
  const hours = match[2]!.startsWith('h');
  const minutes = hours ? n * 60 : n;
  if (minutes === 0) return refuse(`“${text}”: the interval must be more than zero.`);
  // Cron steps restart at every hour and every midnight: only steps that divide them evenly keep equal gaps.
  if (minutes < 60) {
    if (60 % minutes !== 0) return refuse(`“${text}”: minutes must divide an hour evenly (1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30).`);
    return { ok: true, when: { text, cron: `*/${minutes} * * * *` } };
  }
  if (minutes % 60 !== 0 || 24 % (minutes / 60) !== 0) {
    return refuse(`“${text}”: hours must divide a day evenly (1, 2, 3, 4, 6, 8, 12 or 24).`);
  }
  const step = minutes / 60;
  return { ok: true, when: { text, cron: step === 24 ? '0 0 * * *' : step === 1 ? '0 * * * *' : `0 */${step} * * *` } };
}

/**
 * Five-field cron only (minute hour day-of-month month day-of-week), as in config/schedules.yaml: seconds, L, W,
 * # and H are refused, and node-cron (which wakes the scheduler) must read it as cron-parser does.
 */
function parseCron(text: string): ParsedWhen {
  if (/[LW#H]/.test(text.replace(/[a-z]{3}/gi, (name) => name.toLowerCase()))) {
    return refuse(`“${text}”: L, W, # and H are not supported in cron expressions; use plain values, ranges, lists and steps.`);
  }
  try {
    CronExpressionParser.parse(text, { strict: false });
  } catch (error) {
    return refuse(`“${text}” is not a valid cron expression: ${(error as Error).message}.`);
  }
  if (!cron.validate(text)) return refuse(`“${text}” is not a valid cron expression.`);
  return { ok: true, when: { text, cron: text } };
}

function parseTime(word: string): { ok: true; hour: number; minute: number } | { ok: false; problem: string } {
  const match = /^(\d{1,2}):(\d{2})$/.exec(word);
  if (!match) return refuse(`“${word}” is not a time; use 24-hour HH:MM, e.g. 08:00 or 17:30.`);
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  if (hour > 23 || minute > 59) return refuse(`“${word}” is not a time of day; hours go from 00 to 23 and minutes from 00 to 59.`);
  return { ok: true, hour, minute };
}

function dayNumber(word: string): number | undefined {
  const short = word.slice(0, 3);
  if (!(short in DAYS)) return undefined;
  // "mon", "monday" and "mond" are fine; "monkey" is not.
  return DAY_NAMES[DAYS[short]!]!.startsWith(word) ? DAYS[short] : undefined;
}

function refuse(problem: string): { ok: false; problem: string } {
  return { ok: false, problem };
}
