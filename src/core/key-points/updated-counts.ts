/**
 * The latest count wins. Early reports of a disaster, a vote or a count give first figures ("at least
 * one person died and about 30 were injured") that later reports correct ("two people died and 41
 * were injured"). A sentence from an earlier day whose count of the same thing differs from a later
 * article's, about the same event, is out of date: it is no point, as a preview is none once the
 * event is reported.
 */

/** Numbers written in words, as news writes small counts ("five people died"). */
const NUMBER_WORDS = new Map<string, number>([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10],
  ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18],
  ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

/**
 * What a count of people says happened to them: one key for each way of saying it ("3 dead", "three
 * people were killed", "killing three"), so that a later "five died" corrects an earlier "3 dead".
 */
const OUTCOME = new Map<string, string>([
  ['dead', 'dead'], ['killed', 'dead'], ['died', 'dead'], ['deaths', 'dead'], ['fatalities', 'dead'], ['killing', 'dead'],
  ['injured', 'injured'], ['hurt', 'injured'], ['wounded', 'injured'], ['injuries', 'injured'], ['injuring', 'injured'], ['wounding', 'injured'],
  ['missing', 'missing'],
]);

/** Words of a tally itself, never evidence that two sentences report the same event. */
const TALLY_WORDS = new Set([...NUMBER_WORDS.keys(), ...OUTCOME.keys(), 'people', 'person']);

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|${[...NUMBER_WORDS.keys()].join('|')})`;
/** An auxiliary before the participle of a count, if any ("31 homes were destroyed", "dozens of homes have been flooded"). */
const BE_OR_HAVE = String.raw`(?:(?:were|was|have been|had been|are|is|have|had)\s+)?`;
/** Auxiliaries, never the word before a counted plural ("30 were injured"). */
const AUXILIARY = '(?:were|was|are|is|have|had|has|been|be)';
/**
 * A count and what follows it: "3 dead", "41 injured", "about 30 were injured", "five people died",
 * "31 homes were destroyed", "4,200 people were evacuated", "and 41 hurt", "40 planned operations were
 * postponed" (one word may stand before the plural). Group 1 the number, 2 a
 * noun (a plural, or none), 3 the participle or outcome word after it.
 */
const COUNT = new RegExp(
  String.raw`\b${NUMBER}(?:\s+(?:million|thousand|hundred))?\s+(?:(?:(?!${AUXILIARY}\b)[a-z-]+\s+)?((?!(?:as|is|us|has|was|his|its|this|thus)\b)[a-z]+s|people|person)\s+)?${BE_OR_HAVE}(dead|killed|died|injured|hurt|wounded|missing|[a-z]+ed)?\b`,
  'giu',
);
/** "killing three", "injuring 12": the outcome before the count. */
const OUTCOME_FIRST = new RegExp(String.raw`\b(killing|injuring|wounding)\s+(?:at least\s+|about\s+|some\s+)?${NUMBER}\b`, 'giu');
/** "the death toll rose to six", "the toll from the collapse stood at 12": a toll is of the dead. */
const TOLL = new RegExp(String.raw`\btoll\s+(?:(?:from|of|in|at|after)\s[^.;:!?]{0,80}?\s)?(?:has\s+|had\s+)?(?:rose|rises|risen|climbed|climbs|reached|reaches|stood|stands|increased|jumped)\s+(?:to|at)\s+(?:at least\s+)?${NUMBER}\b`, 'giu');

/** "the number of animals that have died … has risen to 70", "the number of people killed rose to 11": a toll written out. */
const NUMBER_DEAD = new RegExp(String.raw`\bnumber\s+of\s+[^.;:!?]{0,60}?\b(?:died|dead|killed)\b[^.;:!?]{0,60}?\s(?:has\s+|had\s+)?(?:rose|rises|risen|climbed|climbs|reached|reaches|stood|stands|increased|jumped)\s+(?:to|at)\s+(?:at least\s+)?${NUMBER}\b`, 'giu');

/** A qualifier between a verb and its count: "postponed about 40 operations". */
const QUALIFIER = String.raw`(?:(?:about|around|nearly|almost|some|over|another|more\s+than|at\s+least)\s+)?`;
/**
 * A count after the past verb that did it: "has now postponed 112 operations", "cancelled 1,300 outpatient
 * appointments" (one word may stand before the plural). Group 1 the verb, 2 the number, 3 the plural.
 */
const DONE_TO = new RegExp(String.raw`\b([a-z]+ed)\s+${QUALIFIER}${NUMBER}(?:\s+(?:million|thousand))?\s+(?:[a-z-]+\s+)?([a-z]+s|people)\b`, 'giu');
/** Spans of time are how long, not how many: "served 12 years". */
const TIME_PLURALS = new Set(['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds', 'decades', 'times']);
const PERCENT = String.raw`(\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b)`;
/** "52% of the vote": a share of a named thing. Group 1 the number, 2 the thing. */
const SHARE_OF = new RegExp(String.raw`${PERCENT}\s+of\s+(?:the\s+|all\s+)?([a-z]+)`, 'giu');
/** "a turnout of about 21%", "a rise of 4.5 per cent": a named thing's share. Group 1 the thing, 2 the number. */
const NAMED_SHARE = new RegExp(String.raw`\b([a-z]+)\s+of\s+${QUALIFIER}${PERCENT}`, 'giu');

/**
 * "Dozens of homes were flooded", "hundreds of people in Tarnby were evacuated": a first report's count in words
 * that a later one gives exactly. Its value is negative, so that it equals no exact count (and any exact
 * count of the same thing corrects it); the same vague word again is the same count.
 */
const VAGUE_COUNTS = new Map<string, number>([['dozens', -12], ['scores', -20], ['hundreds', -100], ['thousands', -1000]]);
const VAGUE = new RegExp(String.raw`\b(${[...VAGUE_COUNTS.keys()].join('|')})\s+of\s+(?:[a-z-]+\s+)?([a-z]+s|people)\s+(?:(?:in|at|near|across)\s+(?:the\s+)?[\p{L}'’-]+\s+)?${BE_OR_HAVE}([a-z]+ed)\b`, 'giu');

/**
 * Jobs lost, cut or at risk are one tally however a report puts it ("putting 420 jobs at risk", "460 jobs will
 * go", "will cut 300 jobs"); jobs alone ("300 jobs") may be any background and count nothing.
 */
const JOBS_AFTER = new RegExp(String.raw`\b${NUMBER}\s+(?:[a-z-]+\s+)?jobs\s+(?:at\s+risk|(?:will|would|could|are\s+to|are\s+set\s+to|to)\s+(?:go|be\s+(?:lost|cut|axed|shed))|(?:were|have\s+been|had\s+been)\s+(?:lost|cut|axed|shed)|lost|cut|axed)\b`, 'giu');
const JOBS_BEFORE = new RegExp(String.raw`\b(?:cut|cuts|cutting|axe|axes|axed|axing|shed|sheds|shedding|lose|loses|losing|lost|putting|puts|put)\s+${QUALIFIER}(?:up\s+to\s+)?${NUMBER}\s+(?:[a-z-]+\s+)?jobs\b`, 'giu');

/**
 * A recall's size, whatever the verb ("is recalling 48,000 cars", "widened its recall to 112,000 cars", "a recall of
 * 3,000 heaters"): one tally with "recalled 48,000 cars" (`cars:recalled`).
 */
const RECALL = new RegExp(String.raw`\brecall(?:s|ing)?\s+(?:(?:of|to|affecting|covering)\s+)?${QUALIFIER}(?:up\s+to\s+)?${NUMBER}(?:\s+(?:million|thousand))?\s+(?:[a-z-]+\s+)?([a-z]+s|people)\b`, 'giu');

function valueOf(text: string): number {
  const word = NUMBER_WORDS.get(text.toLowerCase());
  return word ?? Number(text.replace(/,/g, ''));
}

/**
 * The counts a sentence gives, by what they count: `dead`, `injured`, `missing`, or a plural and what
 * happened to it (`homes:destroyed`, `people:evacuated`); a plural with no participle counts
 * nothing (`300 jobs` may be background), nor does a bare number.
 */
export function countsOf(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (key: string, value: number) => {
    if (!counts.has(key)) counts.set(key, value);
  };
  for (const m of text.matchAll(COUNT)) {
    const noun = m[2]?.toLowerCase();
    const after = m[3]?.toLowerCase();
    // A year, a time or an age is no count ("in 2019 closed", "aged 41").
    if (/^\d{4}$/.test(m[1]!) && !noun) continue;
    const outcome = after ? OUTCOME.get(after) : undefined;
    const value = valueOf(m[1]!);
    // A plural alone ("300 jobs", "41 years") is as often background as the event's tally: only what
    // happened to what is counted is compared.
    if (outcome) add(outcome, value);
    else if (noun && after) add(`${noun}:${after}`, value);
  }
  for (const m of text.matchAll(JOBS_AFTER)) add('jobs', valueOf(m[1]!));
  for (const m of text.matchAll(JOBS_BEFORE)) add('jobs', valueOf(m[1]!));
  for (const m of text.matchAll(VAGUE)) add(`${m[2]!.toLowerCase()}:${m[3]!.toLowerCase()}`, VAGUE_COUNTS.get(m[1]!.toLowerCase())!);
  for (const m of text.matchAll(DONE_TO)) {
    const noun = m[3]!.toLowerCase();
    if (!TIME_PLURALS.has(noun)) add(`${noun}:${m[1]!.toLowerCase()}`, valueOf(m[2]!));
  }
  // A plain search first: most sentences recall nothing.
  if (/recall/i.test(text)) for (const m of text.matchAll(RECALL)) add(`${m[2]!.toLowerCase()}:recalled`, valueOf(m[1]!));
  for (const m of text.matchAll(SHARE_OF)) add(`%:${m[2]!.toLowerCase()}`, Number(m[1]));
  for (const m of text.matchAll(NAMED_SHARE)) add(`%:${m[1]!.toLowerCase()}`, Number(m[2]));
  for (const m of text.matchAll(OUTCOME_FIRST)) add(OUTCOME.get(m[1]!.toLowerCase())!, valueOf(m[2]!));
  for (const m of text.matchAll(TOLL)) add('dead', valueOf(m[1]!));
  for (const m of text.matchAll(NUMBER_DEAD)) add('dead', valueOf(m[1]!));
  return counts;
}

/** What the rule reads of a candidate: its text outside quotations, its content terms, its article. */
export interface CountedSentence {
  outside: string;
  terms: readonly string[];
  article: number;
}

/** Content terms two sentences must share to be about the same event (numbers and days left out by the caller). */
const SHARED_TERMS = 2;

/**
 * Candidates whose count of something differs from a later day's article's count of the same thing: out
 * of date. A toll must come in a sentence sharing at least two event terms; a count of what was done to
 * what ("homes:destroyed") names its event itself. `days` is each article's publication
 * day (`YYYY-MM-DD`), `latest` the story's latest of them, `ignore` the terms that say when rather than what.
 */
export function outdatedCounts(candidates: readonly CountedSentence[], days: ReadonlyArray<string | undefined>, latest: string, ignore: ReadonlySet<string>, out: Set<number>): void {
  const counts: Array<Map<string, number> | undefined> = [];
  const countsAt = (k: number) => (counts[k] ??= countsOf(candidates[k]!.outside));
  candidates.forEach((s, i) => {
    const day = days[s.article];
    if (out.has(i) || !day || day >= latest) return;
    const own = countsAt(i);
    if (own.size === 0) return;
    // The event, not the tally: "died" and "injured" are shared by any two tolls.
    const counted = new Set([...own.keys()].flatMap((k) => k.split(':')));
    const terms = new Set(s.terms.filter((t) => !ignore.has(t) && !/^\d/.test(t) && !TALLY_WORDS.has(t) && !counted.has(t)));
    for (let j = 0; j < candidates.length; j++) {
      const later = days[candidates[j]!.article];
      if (!later || later <= day) continue;
      const theirs = countsAt(j);
      let differs = false;
      let named = false;
      for (const [key, value] of own) {
        if (!theirs.has(key) || theirs.get(key) === value) continue;
        differs = true;
        // "operations:postponed", "%:turnout": the key names what was done to what, so within one story it is the
        // same tally; a toll ("dead") is any event's, and needs terms of the event besides.
        if (key.includes(':')) named = true;
      }
      if (!differs) continue;
      if (named) {
        out.add(i);
        return;
      }
      let shared = 0;
      for (const t of new Set(candidates[j]!.terms)) if (terms.has(t) && ++shared >= SHARED_TERMS) break;
      if (shared >= SHARED_TERMS) {
        out.add(i);
        return;
      }
    }
  });
}
