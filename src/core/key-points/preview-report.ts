/**
 * Preview against report: one outlet writes that an event will happen ("is set to meet", "is
 * expected to vote", "plans to walk out"), another that it did ("met", "voted", "walked out"). The
 * preview must not become a key point once a report of the same event is in the story: a briefing
 * never states as future what a source already reports as done.
 */

/**
 * The modal phrases of a preview, each followed by the verb of the event, or by "be" and its
 * participle in the passive ("will be broadcast", "is expected to be signed").
 */
const PREVIEW = /\b(?:will|(?:is|are|was|were)\s+(?:set|expected|due|scheduled|poised|slated|planning|going|about)\s+to|plans?\s+to|(?:is|are)\s+to|intends?\s+to|would)\s+(?:also\s+|not\s+|then\s+)?(be\s+)?(?:also\s+)?([a-z]+(?:-[a-z]+)?)/gi;

/**
 * A demand names the event it asks for ("called on the government to declare an emergency", "urged the
 * minister to intervene", "called for the bridge to be reopened"): once a later article reports that event
 * done, the demand is out of date as a preview is. Up to six words name who is asked.
 */
const DEMAND = /\b(?:call(?:s|ed)?\s+(?:on|for)|urg(?:e|es|ed)|ask(?:s|ed)?|press(?:es|ed)?|appeal(?:s|ed)?\s+to)\s+(?:[\p{L}’'.-]+\s+){1,6}?to\s+(be\s+)?(\p{Ll}+(?:-\p{Ll}+)?)/gu;

/**
 * A forecast names its event by a noun that is the verb itself ("economists expect a cut to 3.25 percent",
 * "analysts predicted a rise"): once a later article reports the bank "cut" its rate, the forecast is out of
 * date as a preview is. Only nouns spelt as their verb.
 */
const FORECAST = /\b(?:expect(?:s|ed)?|forecast(?:s|ed)?|predict(?:s|ed)?|anticipate[sd]?)\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,2}?(cut|rise|fall|drop|increase|decrease|hike|raise|win|strike|vote)\b/gu;

/** Past tense (and participle, where it differs) of irregular verbs that news reports use for the events they previewed. */
const IRREGULAR: Record<string, string[]> = {
  meet: ['met'], go: ['went', 'gone'], make: ['made'], take: ['took', 'taken'], give: ['gave', 'given'], hold: ['held'], speak: ['spoke', 'spoken'],
  tell: ['told'], leave: ['left'], begin: ['began', 'begun'], buy: ['bought'], sell: ['sold'], win: ['won'], lose: ['lost'],
  pay: ['paid'], run: ['ran'], bring: ['brought'], send: ['sent'], fall: ['fell', 'fallen'], rise: ['rose', 'risen'], see: ['saw', 'seen'],
  come: ['came'], become: ['became'], build: ['built'], shut: ['shut'], strike: ['struck'], seek: ['sought'],
  find: ['found'], fly: ['flew', 'flown'], sit: ['sat'], stand: ['stood'], lead: ['led'], say: ['said'], write: ['wrote', 'written'],
  break: ['broke', 'broken'], choose: ['chose', 'chosen'], drive: ['drove', 'driven'], set: ['set'], put: ['put'], cut: ['cut'], quit: ['quit'],
  'call off': ['called off'], show: ['showed', 'shown'], broadcast: ['broadcast', 'broadcasted'], hear: ['heard'], read: ['read'], sign: ['signed'], be: [], have: [], do: [],
};

/** The irregular participles above, back to their verb: "will be held" previews "hold". */
const IRREGULAR_VERB = new Map<string, string>(Object.entries(IRREGULAR).flatMap(([verb, forms]) => forms.map((f): [string, string] => [f, verb])));

/**
 * Verbs that report the same kind of event: a preview of a broadcast is superseded by a report
 * that the event was streamed or televised. Only close synonyms: a report must share two content
 * words with the preview as well.
 */
const SAME_EVENT: readonly (readonly string[])[] = [
  ['broadcast', 'stream', 'live-stream', 'livestream', 'televise', 'air', 'screen'],
  ['publish', 'release', 'issue', 'unveil'],
  ['announce', 'reveal', 'unveil'],
  ['testify', 'appear'],
  ['approve', 'pass', 'adopt'],
  ['resign', 'quit'],
  ['close', 'shut'],
  ['open', 'launch'],
  // A service stopped: "would halt all 42 routes on Friday" is done once "called off Friday's sailings".
  ['halt', 'suspend', 'cancel', 'call off'],
];

/** The verb of a participle after "be", or undefined when the word is not one ("will be the first"). */
export function participleVerb(word: string): string | undefined {
  const irregular = IRREGULAR_VERB.get(word);
  if (irregular) return irregular;
  if (!/\p{Ll}{2,}ed$/u.test(word)) return undefined;
  if (word.endsWith('ied')) return word.slice(0, -3) + 'y';
  // "stopped" → "stop"; otherwise the stem without -ed, which makes the same past tense ("approv" → "approved").
  if (/([bdgklmnprt])\1ed$/.test(word)) return word.slice(0, -3);
  return word.slice(0, -2);
}

/** The verbs of the events a sentence previews ("is set to meet … set to acknowledge" → meet, acknowledge). */
export function previewedVerbs(outside: string): string[] {
  const verbs: string[] = [];
  for (const m of outside.matchAll(PREVIEW)) {
    const word = m[2]!.toLowerCase();
    const verb = m[1] ? participleVerb(word) : word;
    if (!verb || verb === 'be' || verb === 'have' || verb === 'not') continue;
    verbs.push(verb);
  }
  for (const m of outside.matchAll(DEMAND)) {
    const verb = m[1] ? participleVerb(m[2]!) : m[2]!;
    if (verb && verb !== 'be' && verb !== 'have') verbs.push(verb);
  }
  for (const m of outside.matchAll(FORECAST)) verbs.push(m[1]!);
  // "When Zuckerberg meets officials on Tuesday, …": a present tense after "when" speaks of the future.
  const when = /^(?:[Ww]hen|[Oo]nce|[Bb]efore)\s+(?:\p{Lu}[\p{L}.'’-]*\s+)+(\p{Ll}+?)(?:es|s)\b/u.exec(outside.trim());
  if (when) verbs.push(when[1]!.toLowerCase());
  return verbs;
}

/** Past-tense forms of a verb: regular endings and the irregular table. */
export function pastForms(verb: string): string[] {
  const irregular = IRREGULAR[verb];
  if (irregular) return irregular;
  if (verb.endsWith('e')) return [verb + 'd'];
  if (/[^aeiou]y$/.test(verb)) return [verb.slice(0, -1) + 'ied'];
  // Doubled final consonant ("stop" → "stopped") as well as the plain ending.
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(verb)) return [verb + 'ed', verb + verb.slice(-1) + 'ed'];
  return [verb + 'ed'];
}

/** True when `outside` (a sentence with quotations blanked) reports one of the verbs as done. */
export function reportsDone(outside: string, verbs: readonly string[]): boolean {
  return doneReporter(verbs)(outside);
}

/**
 * `reportsDone` for one set of verbs, its patterns compiled once: a preview is checked against
 * every sentence of the other articles. Each form is a run of letters, so one alternation between
 * word boundaries matches exactly where one of the forms would.
 */
export function doneReporter(verbs: readonly string[]): (outside: string) => boolean {
  const reports = loweredDoneReporter(verbs);
  return (outside) => reports(outside.toLowerCase());
}

/** `doneReporter` for text already in lower case (a caller asking of the same sentence for many previews lowers it once). */
export function loweredDoneReporter(verbs: readonly string[]): (lower: string) => boolean {
  const all = [...new Set(verbs.flatMap(sameEvent))];
  const past = wordsPattern(all.flatMap(pastForms));
  const participle = wordsPattern(all.flatMap(ingForms));
  return (lower) => {
    if (past?.test(lower)) return true;
    // "walked out on Friday, cancelling all crossings": a participle carried by a past-tense verb. (The
    // participle first: its literal words are found faster than any past tense, and most sentences have none.)
    if (!participle?.test(lower)) return false;
    return /\b\p{Ll}{2,}ed\b/u.test(lower);
  };
}

/** The verb and the verbs that report the same kind of event, compared by their past tense ("approv" is "approve"). */
export function sameEvent(verb: string): string[] {
  const past = pastForms(verb)[0];
  const family = SAME_EVENT.find((f) => f.some((v) => v === verb || pastForms(v)[0] === past));
  return family ? [verb, ...family.filter((v) => v !== verb && pastForms(v)[0] !== past)] : [verb];
}

function wordsPattern(words: readonly string[]): RegExp | undefined {
  return words.length === 0 ? undefined : new RegExp(`\\b(?:${words.join('|')})\\b`);
}

/** "cancel" → canceling, cancelling; "close" → closing. */
function ingForms(verb: string): string[] {
  if (/[^e]e$/.test(verb)) return [verb.slice(0, -1) + 'ing'];
  return /[^aeiou][aeiou][bdgklmnprt]$/.test(verb) ? [verb + 'ing', verb + verb.slice(-1) + 'ing'] : [verb + 'ing'];
}

/**
 * A sentence in the mood of a preview or of an unconfirmed account, whatever verb follows: a modal
 * ("will", "would", "could"), an expectation or a plan ("is expected to", "is set to", "plans to"),
 * an instruction for what is to come ("have been told to", "were asked to") or a guess ("are
 * thought to have fallen", "is believed to"). Lower-case "may" only: "May" is a month.
 */
const PREVIEW_MOOD = /\b(?:[Ww]ill|[Ww]ould|[Cc]ould|may|might|(?:is|are|was|were)\s+(?:set|expected|due|scheduled|poised|slated|planning|going|about|likely|thought|believed|understood|said|reported|estimated|feared|tipped)\s+to|plans?\s+to|(?:is|are)\s+to|intends?\s+to|(?:has|have|had)\s+been\s+(?:told|asked|urged|advised|warned|ordered)\s+to)\b/u;

/** True when `outside` (a sentence with quotations blanked) previews an event or guesses at a fact. */
export function previewMood(outside: string): boolean {
  return PREVIEW_MOOD.test(outside);
}

/**
 * An unconfirmed account: "is reported to be considering …", "is said to have agreed …", "reportedly", "according to
 * reports". Its confirmation, once another outlet has it, is the fact (`confirms`).
 */
const RUMOUR = /\b(?:(?:is|are|was|were)\s+(?:reported|said|understood|thought|believed|rumou?red|tipped)\s+to|reportedly|according\s+to\s+(?:(?:local|media|press|news)\s+)?(?:reports|sources|people familiar))\b/u;

/** True when `outside` (a sentence with quotations blanked) gives an account as unconfirmed. */
export function rumourMood(outside: string): boolean {
  return RUMOUR.test(outside);
}

/**
 * "Holtby Bank confirmed on Wednesday that it will close …", "The closure was confirmed …": a confirmation, not
 * "has not confirmed", "could not be confirmed", "neither confirmed nor denied" ("declined to confirm" has no
 * "confirmed"). Not "announced": a company announces much that no rumour was about.
 */
const CONFIRMED = /(?<!\b(?:not|never|be|neither|nor)\s+)\b(?:confirmed|confirms)\b/u;

/** True when `outside` (a sentence with quotations blanked) confirms something, and is no rumour itself. */
export function confirms(outside: string): boolean {
  return outside.includes('onfirm') && CONFIRMED.test(outside) && !RUMOUR.test(outside);
}

const PREVIEW_MOOD_ALL = new RegExp(PREVIEW_MOOD.source, 'gu');
/**
 * Where the clause a preview phrase opens ends: a stop of punctuation or a word that opens another clause. Not the
 * colon of a time or the comma of a number ("will come into force at 06:00 on Tuesday", "will cut 1,200 jobs on Friday").
 */
const CLAUSE_END = /[;()–—]|[,:](?!\d)|\b(?:that|which|who|whose|after|because|but|and|while|when|where|as|since|until|although)\b/u;

/**
 * The clause each preview phrase of `outside` opens, to its end: "will vote on Wednesday on a budget" of
 * "Councillors will vote on Wednesday on a budget that would raise the tax", so that a day is read as
 * the preview's own only when it is said with it ("approved the budget on Wednesday after an amendment
 * scrapped plans to close three libraries" dates no preview).
 */
export function previewClauses(outside: string): string[] {
  const clauses: string[] = [];
  for (const m of outside.matchAll(PREVIEW_MOOD_ALL)) {
    const rest = outside.slice(m.index + m[0].length);
    const end = CLAUSE_END.exec(rest);
    clauses.push(m[0] + (end ? rest.slice(0, end.index) : rest));
  }
  return clauses;
}

/**
 * A schedule told in the present: "Polling stations open at 7am on Sunday", "The council meets on Tuesday", "The
 * consultation ends on Friday". Lower-case verbs of a timetable only, not after "to", a modal, a negation, a
 * determiner or a number ("plans to open", "does not open", "the vote on Sunday", "by 33 votes to 28 on Wednesday").
 */
const SCHEDULE_PRESENT = /\b(?:opens?|reopens?|begins?|starts?|closes?|resumes?|kicks?\s+off|ends?|expires?|meets?|sits?|votes?|go(?:es)?\s+to\s+the\s+polls)\b/gu;
/** What makes the word no present tense: read on the few characters before it, not tried at every offset. */
const NOT_SCHEDULE_BEFORE = /(?:\d|\b(?:to|will|would|may|might|can|could|should|must|shall|not|did|does|do|the|a|an|its|their|his|her|our|your|my|this|that|these|those|such|some|many|both|all|any|no|first|final|last|next))\s+$/u;

/** The clause each present-tense verb of a schedule opens, to its end ("open at 7am on Sunday"), as `previewClauses`. */
export function scheduleClauses(outside: string): string[] {
  const clauses: string[] = [];
  for (const m of outside.matchAll(SCHEDULE_PRESENT)) {
    if (NOT_SCHEDULE_BEFORE.test(outside.slice(Math.max(0, m.index - 12), m.index))) continue;
    const rest = outside.slice(m.index + m[0].length);
    const end = CLAUSE_END.exec(rest);
    clauses.push(m[0] + (end ? rest.slice(0, end.index) : rest));
  }
  return clauses;
}

/**
 * Irregular past tenses, with "beat" (a result: "Redby beat Lisby 2-1"); not "set", "put" and
 * "read", which are as often present or infinitive ("set out", "put forward") as past.
 */
const IRREGULAR_PAST = new Set(
  [
    ...Object.values(IRREGULAR).flat(),
    ...'beat beaten fled fought threw thrown drew drawn grew grown blew blown wore worn tore torn swore struck stuck spent lent meant felt kept slept swept wept crept dealt dug hung rang sang sank swam sprang drank spun shook shaken stole stolen froze frozen rode ridden bit bitten hid hidden slid lit fed bled sped caught taught thought ate eaten forgot forgotten got shot spat understood knew known withdrew lay laid wound woke woken'.split(' '),
  ].filter((f) => f !== 'set' && f !== 'put' && f !== 'read'),
);

/** True when a lower-case word of the text is an irregular past tense ("flew", "beat", "struck"). */
export function hasIrregularPast(text: string): boolean {
  for (const word of text.match(/(?<![\p{L}'’-])\p{Ll}+/gu) ?? []) if (IRREGULAR_PAST.has(word)) return true;
  return false;
}
/** A preview phrase with the verb it carries ("would be sentenced", "are thought to have fallen"): its participle is not a report. */
const PREVIEW_PHRASE = new RegExp(PREVIEW_MOOD.source + String.raw`(?:\s+(?:also|not|then))?(?:\s+(?:be|have)\s+\p{Ll}+|\s+\p{Ll}+)?`, 'gu');

/** Verbs of saying: "X said he would meet…" reports the speech, not the event. */
const SPEECH_PAST = new Set(['said', 'told', 'added', 'stated', 'explained', 'warned', 'claimed', 'insisted', 'expected', 'hoped', 'planned', 'scheduled']);
/** Words ending in -ed that are not past tenses. */
const NOT_PAST = new Set(['need', 'speed', 'hundred', 'seed', 'feed', 'proceed', 'exceed', 'succeed', 'shed', 'red', 'bed', 'bred', 'led', 'wed', 'greed', 'deed', 'creed', 'breed', 'weed', 'indeed', 'kindred']);

/**
 * True when `outside` reports something as done: a past tense ("was called off", "beat", "reached
 * its verdict") that is neither a verb of saying nor inside a preview phrase ("is expected to",
 * "would be sentenced").
 */
export function reportsPast(outside: string): boolean {
  // Lower-case words only: "Lisby United" is a name, not a past tense.
  const rest = outside.replace(PREVIEW_PHRASE, ' ');
  for (const word of rest.match(/(?<![\p{L}'’-])\p{Ll}+(?:-\p{Ll}+)?/gu) ?? []) {
    if (SPEECH_PAST.has(word) || NOT_PAST.has(word)) continue;
    if (word === 'was' || word === 'were' || word === 'had' || word === 'did' || IRREGULAR_PAST.has(word)) return true;
    if (word.length >= 5 && word.endsWith('ed')) return true;
  }
  return false;
}
