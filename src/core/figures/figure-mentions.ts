import { STOP_WORDS } from '../text/tokens.js';

/**
 * Figures in one sentence: a number with what it counts ("87 million users", "99 percent",
 * "£330million", "10,000 people across 12 European cities"). Numbers that are not quantities —
 * times, dates, years, ordinals, ages written as adjectives, labels such as "Chapter 7", digits
 * glued to letters — are not figures.
 */

export interface FigureMention {
  /** As written, from the qualifier ("up to") to the end of what it counts. */
  text: string;
  value: number;
  unit?: string;
  start: number;
  end: number;
}

const NUMBER = /(?<currency>US\$|[$£€¥])?\s?(?<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?(?<scale>thousand|million|billion|trillion)\b|(?<short>bn|m|k)\b)?(?:\s?(?<percent>%|percent\b|per cent\b))?/giu;

const SCALES: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12 };
const CURRENCIES: Record<string, string> = { $: 'dollars', US$: 'dollars', '£': 'pounds', '€': 'euros', '¥': 'yen' };
const QUALIFIER = /(?:\b(?:up to|about|around|nearly|almost|more than|less than|fewer than|over|at least|at most|some|roughly|approximately|an estimated|as many as|as much as|just over|just under|only)\s+)$/i;
const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
const MONTH_BEFORE = new RegExp(`\\b(?:${MONTHS})\\.?\\s+$`, 'i');
const MONTH_AFTER = new RegExp(`^\\s*(?:${MONTHS})\\b`, 'i');
const TIME_AFTER = /^\s*(?:a\.?m\.?|p\.?m\.?|o'clock|gmt|bst|utc|cet|est|edt|pst|pdt|et|hrs|hours? (?:gmt|local))(?![\p{L}])/iu;
/** Words that are not what a figure counts even when they follow it. */
const NOT_UNITS = new Set(['year', 'years', 'old', 'times', 'time', 'per', 'each', 'percent', 'across', 'including', 'worldwide', 'nationwide', 'globally', 'apiece', 'respectively', 'plus', 'rather', 'instead', 'overall', 'alone', 'altogether', 'later', 'earlier', 'annually', 'yesterday', 'today', 'tonight', 'tomorrow', 'less', 'fewer', 'toward', 'towards', 'amid', 'despite', 'near', 'last', 'next', 'ago']);

/** "two million", "half a million", "a billion": a number in words with its scale. */
const WORD_NUMBER = /\b(?<words>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a|half\s+a|a\s+half|several)\s+(?<scale>thousand|million|billion|trillion)\b/giu;

const UNITS = new Map<string, number>([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10],
  ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17],
  ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60],
  ['seventy', 70], ['eighty', 80], ['ninety', 90], ['a', 1],
]);

/** The value of "two", "forty-five", "half a"; undefined for a vague count ("several"). */
function wordValue(words: string): number | undefined {
  const lower = words.toLowerCase().replace(/\s+/gu, ' ');
  if (lower === 'half a' || lower === 'a half') return 0.5;
  const [tens, ones] = lower.split(/[-\s]/u);
  const value = UNITS.get(tens!);
  if (value === undefined) return undefined;
  return ones ? value + (UNITS.get(ones) ?? 0) : value;
}

/** Every figure in the sentence, left to right. */
export function findFigureMentions(sentence: string): FigureMention[] {
  const out = digitMentions(sentence);
  if (!/(?:thousand|million|billion|trillion)\b/iu.test(sentence)) return out;
  // "two million users": numbers in words, where they say a scale; a bare "three people" is not a figure that matters.
  for (const match of sentence.matchAll(WORD_NUMBER)) {
    const start = match.index!;
    let end = start + match[0].length;
    if (out.some((m) => start < m.end && end > m.start)) continue;
    const value = wordValue(match.groups!.words!);
    if (value === undefined) continue;
    const nouns = unitWords(sentence.slice(end, end + 120));
    const previous = out.filter((m) => m.end <= start).pop();
    const unit = nouns?.words ?? previous?.unit;
    if (unit === undefined) continue;
    if (nouns) end += nouns.length;
    const qualifier = QUALIFIER.exec(sentence.slice(Math.max(0, start - 80), start));
    const from = qualifier ? start - qualifier[0].length : start;
    out.push({ text: sentence.slice(from, end).trim(), value: value * SCALES[match.groups!.scale!.toLowerCase()]!, unit, start: from, end });
  }
  return out.sort((a, b) => a.start - b.start);
}

function digitMentions(sentence: string): FigureMention[] {
  const out: FigureMention[] = [];
  let consumedUntil = 0;
  for (const match of sentence.matchAll(NUMBER)) {
    const groups = match.groups!;
    const start = match.index!;
    if (start < consumedUntil) continue;
    let end = start + match[0].length;
    const numberStart = start + match[0].indexOf(groups.digits!);
    // Bounded context windows: a pasted table of thousands of numbers stays linear.
    const before = (numberStart > 80 ? '… ' : '') + sentence.slice(Math.max(0, numberStart - 80), numberStart);
    const after = sentence.slice(end, end + 120);
    const currency = groups.currency;
    const scale = (groups.scale ?? groups.short)?.toLowerCase();
    const percent = groups.percent !== undefined;

    if (!isQuantity(before, after, groups.digits!, Boolean(currency || scale || percent))) continue;

    const value = Number(groups.digits!.replace(/,/g, '')) * (scale ? SCALES[scale]! : 1);
    if (!Number.isFinite(value)) continue;

    let unit: string | undefined = percent ? 'percent' : currency ? CURRENCIES[currency] : undefined;
    const nouns = percent ? undefined : unitWords(after);
    if (nouns) {
      end += nouns.length;
      unit ??= nouns.words;
    }
    // "87 million users, including up to 2.7 million in the EU": an elided unit is the previous figure's.
    const inherited = unit === undefined && scale !== undefined;
    if (inherited) unit = out[out.length - 1]?.unit;
    // "10,000 people across 12 European cities" and "2.7 million in the EU" are one figure with their place.
    const tail = /^\s+(?:across|in)\s+((?:[\p{L}\p{N},.'’-]+\s+){0,3}?[\p{L}\p{N}'’-]+)(?=\s*(?:[.;:!?)"”]|,\s|$))/u.exec(sentence.slice(end, end + 200));
    if (tail && (/\d/.test(tail[1]!) || inherited)) {
      end += tail[0].length;
      consumedUntil = end;
    }
    if (unit === undefined) continue;

    const qualifier = QUALIFIER.exec(before);
    const from = qualifier ? numberStart - qualifier[0].length : currency ? start : numberStart;
    out.push({ text: sentence.slice(from, end).trim(), value, unit, start: from, end });
  }
  return out;
}

function isQuantity(before: string, after: string, digits: string, marked: boolean): boolean {
  // Glued to letters or other figures: "VIDEO1:32", "G20", "3D", "1-0", "6:15", "18:15".
  if (/[\p{L}\d:/#.-]$/u.test(before) && !/[$£€¥]$/.test(before)) return false;
  if (/^(?:[\p{L}\d]|[:/]\d|-\p{L}|-\d|\.\d)/u.test(after) && !marked) return false;
  if (/^-(?:year|month|week|day|hour|minute|second|mile|foot|yard|metre|meter|point|man|woman|strong|seat|page|game)/i.test(after)) return false;
  if (TIME_AFTER.test(after) || MONTH_BEFORE.test(before) || MONTH_AFTER.test(after)) return false;
  if (/^(?:st|nd|rd|th)\b/i.test(after)) return false;
  // A label rather than a count: "Chapter 7", "Boeing 737", "No 10".
  if (/(?:^|[^.!?]\s)[A-Z][\p{L}.]*\s+$/u.test(before) && !QUALIFIER.test(before)) return false;
  if (!marked && /^(?:1[89]|20)\d\d$/.test(digits)) return false;
  return true;
}

/** The words after a number that say what it counts: up to three, ending before a function word. */
function unitWords(after: string): { words: string; length: number } | undefined {
  const match = /^((?:\s+[\p{L}][\p{L}'’-]*){1,3})/u.exec(after);
  if (!match) return undefined;
  const kept: string[] = [];
  let length = 0;
  for (const piece of match[1]!.matchAll(/\s+([\p{L}][\p{L}'’-]*)/gu)) {
    const word = piece[1]!;
    const lower = word.toLowerCase();
    if (STOP_WORDS.has(lower) || NOT_UNITS.has(lower) || /(?:ed|ly)$/.test(lower) || /['’]s$/.test(lower)) break;
    kept.push(word);
    length += piece[0].length;
    // The head noun ends the unit: "dock workers" but not "families left". A capitalised word
    // may qualify it ("12 European cities") but is never the head itself (a name after a number).
    if (isHeadNoun(lower) && word[0] === lower[0]) return { words: kept.join(' '), length };
  }
  // No plural head within three words: a singular word after a number is as often a verb or an
  // adjective ("28 made", "99 due", "911 emergency") as a unit, so nothing is taken.
  return undefined;
}

const COLLECTIVES = new Set(['people', 'children', 'men', 'women', 'staff', 'police', 'personnel', 'cattle', 'data', 'equipment', 'troops', 'crew', 'livestock', 'sheep', 'fish', 'deer', 'aircraft']);

function isHeadNoun(word: string): boolean {
  return COLLECTIVES.has(word) || (word.length > 2 && /s$/.test(word) && !/(?:ss|us|is)$/.test(word));
}
