/**
 * Zone abbreviations seen in feed dates, as minutes east of UTC. Where an abbreviation is ambiguous the reading
 * follows RFC 822 and the US/European feeds that use it most: CST is US Central (not China), IST is India
 * (+05:30, not Irish or Israel time), BST is British Summer Time. Unknown zones read as UTC, as RFC 5322 says
 * for zones it cannot interpret.
 */
const FIXED_ZONES: Record<string, number> = {
  z: 0, ut: 0, utc: 0, gmt: 0, wet: 0,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
  akst: -540, akdt: -480, hst: -600, ast: -240, adt: -180, nst: -210, ndt: -150,
  bst: 60, ist: 330, west: 60, cet: 60, cest: 120, met: 60, mest: 120, mez: 60, mesz: 120,
  eet: 120, eest: 180, msk: 180, gst: 240, pkt: 300, ict: 420, wib: 420, hkt: 480, sgt: 480, awst: 480,
  jst: 540, kst: 540, acst: 570, acdt: 630, aest: 600, aedt: 660, nzst: 720, nzdt: 780,
};

/** US zones written without standard/daylight (ET, PT…): the offset depends on the date, by US rules since 2007. */
const US_GENERIC_ZONES: Record<string, number> = { et: -300, ct: -360, mt: -420, pt: -480, akt: -540 };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|(\d{2})(\d{2}))?(?:[T\s]+(\d{1,2}):?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?\s*(.*)$/i;
const TIME = /(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:\s*([ap])\.?m\b\.?)?/i;
const NUMERIC_ZONE = /^([+-])(\d{1,2})(?::?(\d{2}))?$/;

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
}

/** A date as written: its wall-clock parts, the zone written after the time, and whether a time was given. */
interface Written {
  parts: Parts;
  zone: string;
  timed: boolean;
  /** The instant, ISO 8601 UTC (only a date toIso accepts is read at all). */
  iso: string;
}

/**
 * A feed date (RFC 822/2822 as RSS writes it, ISO 8601/W3CDTF as Atom and Dublin Core write it, and the looser
 * "March 5, 2026 9:05 am PT" some producers use) as ISO 8601 UTC. A date without a zone is UTC: the result never
 * depends on the machine's time zone. Undefined when the text is not a date.
 */
export function feedDate(value: string | null | undefined): string | undefined {
  const written = readWritten(value);
  return written?.iso;
}

/**
 * The calendar day (`YYYY-MM-DD`) the publisher dated the text with, when the text says it: a date alone
 * ("2026-03-03", "3 March 2026"), or a time in the publisher's own zone ("21:00 -0500", "9:05 pm PT", "CET").
 * Undefined for a time in UTC or GMT, or with no zone: a US outlet's evening article is already the next day
 * there, and "yesterday" in it names a day this cannot tell (key points write such days as weekdays).
 */
export function publisherDay(value: string | null | undefined): string | undefined {
  const written = readWritten(value);
  if (!written) return undefined;
  const { year, month, day } = written.parts;
  // A zero offset is UTC or GMT, which feeds write whatever the newsroom's own zone.
  if (written.timed && !zoneOffset(written.zone, Date.UTC(year, month - 1, day))) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function readWritten(value: string | null | undefined): Written | undefined {
  const text = value
    ?.replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!text) return undefined;
  const iso = ISO.exec(text);
  return (iso ? isoForm(iso) : undefined) ?? wordForm(text);
}

function isoForm(m: RegExpExecArray): Written | undefined {
  const [, year, month, day, compactMonth, compactDay, hour, minute, second, fraction, rest] = m;
  const parts: Parts = {
    year: Number(year),
    month: Number(month ?? compactMonth ?? 1),
    day: Number(day ?? compactDay ?? 1),
    hour: Number(hour ?? 0),
    minute: Number(minute ?? 0),
    second: Number(second ?? 0),
    ms: fractionMs(fraction),
  };
  const zone = rest?.trim() ?? '';
  if (zone && !hour) return undefined;
  // "2026" or "2026-03" alone names no day: read as a time at UTC midnight, which says no publisher's day.
  const iso = toIso(parts, zone);
  return iso ? { parts, zone, timed: hour !== undefined || (day ?? compactDay) === undefined, iso } : undefined;
}

function wordForm(text: string): Written | undefined {
  let rest = ` ${text.toLowerCase()} `.replace(/,/g, ' ');
  const monthMatch = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?=[\s\d-])/.exec(rest);
  if (!monthMatch) return undefined;
  const month = MONTHS.indexOf(monthMatch[1]!) + 1;
  rest = rest.slice(0, monthMatch.index) + ' ' + rest.slice(monthMatch.index + monthMatch[0].length);

  let hour = 0;
  let minute = 0;
  let second = 0;
  let ms = 0;
  let zone = '';
  const time = TIME.exec(rest);
  if (time) {
    hour = Number(time[1]);
    minute = Number(time[2]);
    second = Number(time[3] ?? 0);
    ms = fractionMs(time[4]);
    if (time[5]) {
      if (hour < 1 || hour > 12) return undefined;
      hour = (hour % 12) + (time[5] === 'p' ? 12 : 0);
    }
    // The zone follows the time: "GMT", "+0200", "CEST", "UTC+05:30", "GMT-8".
    const after = /^\s*([a-z]{1,5}\b)?\s*([+-]\d{1,2}(?::?\d{2})?\b)?/.exec(rest.slice(time.index + time[0].length))!;
    zone = `${after[1] ?? ''}${after[2] ?? ''}`;
    rest = rest.slice(0, time.index) + ' ' + rest.slice(time.index + time[0].length + after[0].length);
  }

  const numbers = [...rest.matchAll(/\b(\d{1,4})(?:st|nd|rd|th)?\b/g)].map((n) => n[1]!);
  if (numbers.length !== 2) return undefined;
  const yearIndex = numbers.findIndex((n) => n.length === 4);
  // "23 Nov 26" (RFC 822) has the day first and a two-digit year last.
  const yearText = yearIndex >= 0 ? numbers[yearIndex]! : numbers[1]!;
  const dayText = yearIndex === 0 ? numbers[1]! : numbers[0]!;
  let year = Number(yearText);
  if (yearText.length <= 2) year += year < 50 ? 2000 : 1900;
  const parts = { year, month, day: Number(dayText), hour, minute, second, ms };
  const iso = toIso(parts, zone);
  return iso ? { parts, zone, timed: time !== null, iso } : undefined;
}

function fractionMs(fraction: string | undefined): number {
  return fraction ? Math.floor(Number(`0.${fraction}`) * 1000) : 0;
}

function toIso(parts: Parts, zone: string): string | undefined {
  const { year, month, day, hour, minute, second, ms } = parts;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 24 || minute > 59 || second > 60 || (hour === 24 && (minute > 0 || second > 0))) return undefined;
  // The clock time read as if it were UTC; the zone's offset is then taken off.
  const wall = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59), ms);
  const offset = zoneOffset(zone, wall);
  if (offset === undefined) return undefined;
  return new Date(wall - offset * 60_000).toISOString();
}

/** Minutes east of UTC for a zone as written after a time; undefined when it is not a zone at all. */
function zoneOffset(zone: string, wall: number): number | undefined {
  const text = zone.trim().toLowerCase();
  if (!text) return 0;
  const named = /^([a-z]+)?(.*)$/.exec(text)!;
  const name = named[1] ?? '';
  const numeric = named[2]!.trim();
  let offset = 0;
  if (name) {
    const generic = US_GENERIC_ZONES[name];
    offset = generic !== undefined ? generic + (usDaylightTime(wall) ? 60 : 0) : (FIXED_ZONES[name] ?? 0);
  }
  if (numeric) {
    const m = NUMERIC_ZONE.exec(numeric);
    if (!m) return undefined;
    const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
    if (minutes > 18 * 60) return undefined;
    offset += (m[1] === '-' ? -1 : 1) * minutes;
  }
  return offset;
}

/**
 * US daylight saving time (since 2007): from 02:00 on the second Sunday of March to 02:00 on the first Sunday
 * of November, local clock time (`wall`, read as UTC milliseconds). The hour that happens twice in November is
 * read as its first, daylight, occurrence.
 */
function usDaylightTime(wall: number): boolean {
  const year = new Date(wall).getUTCFullYear();
  const start = Date.UTC(year, 2, nthSunday(year, 2, 2), 2);
  const end = Date.UTC(year, 10, nthSunday(year, 10, 1), 2);
  return wall >= start && wall < end;
}

function nthSunday(year: number, monthIndex: number, n: number): number {
  const firstWeekday = new Date(Date.UTC(year, monthIndex, 1)).getUTCDay();
  return 1 + ((7 - firstWeekday) % 7) + (n - 1) * 7;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
