/**
 * Preview against report: one outlet writes that an event will happen ("is set to meet", "is
 * expected to vote", "plans to walk out"), another that it did ("met", "voted", "walked out"). The
 * preview must not become a key point once a report of the same event is in the story: a briefing
 * never states as future what a source already reports as done.
 */

/** The modal phrases of a preview, each followed by the verb of the event. */
const PREVIEW = /\b(?:will|(?:is|are|was|were)\s+(?:set|expected|due|scheduled|poised|slated|planning|going|about)\s+to|plans?\s+to|(?:is|are)\s+to|intends?\s+to|would)\s+(?:also\s+|not\s+|then\s+)?([a-z]+)/gi;

/** Past tense of irregular verbs that news reports use for the events they previewed. */
const IRREGULAR: Record<string, string[]> = {
  meet: ['met'], go: ['went'], make: ['made'], take: ['took'], give: ['gave'], hold: ['held'], speak: ['spoke'],
  tell: ['told'], leave: ['left'], begin: ['began'], buy: ['bought'], sell: ['sold'], win: ['won'], lose: ['lost'],
  pay: ['paid'], run: ['ran'], bring: ['brought'], send: ['sent'], fall: ['fell'], rise: ['rose'], see: ['saw'],
  come: ['came'], become: ['became'], build: ['built'], shut: ['shut'], strike: ['struck'], seek: ['sought'],
  find: ['found'], fly: ['flew'], sit: ['sat'], stand: ['stood'], lead: ['led'], say: ['said'], write: ['wrote'],
  break: ['broke'], choose: ['chose'], drive: ['drove'], set: ['set'], put: ['put'], cut: ['cut'], quit: ['quit'],
  sign: ['signed'], be: [], have: [], do: [],
};

/** The verbs of the events a sentence previews ("is set to meet … set to acknowledge" → meet, acknowledge). */
export function previewedVerbs(outside: string): string[] {
  const verbs: string[] = [];
  for (const m of outside.matchAll(PREVIEW)) {
    const verb = m[1]!.toLowerCase();
    if (verb === 'be' || verb === 'have' || verb === 'not') continue;
    verbs.push(verb);
  }
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
  const past = wordsPattern(verbs.flatMap(pastForms));
  const participle = wordsPattern(verbs.flatMap(ingForms));
  return (outside) => {
    const lower = outside.toLowerCase();
    if (past?.test(lower)) return true;
    // "walked out on Friday, cancelling all crossings": a participle carried by a past-tense verb.
    if (!/\b\p{Ll}{2,}ed\b/u.test(lower)) return false;
    return participle?.test(lower) ?? false;
  };
}

function wordsPattern(words: readonly string[]): RegExp | undefined {
  return words.length === 0 ? undefined : new RegExp(`\\b(?:${words.join('|')})\\b`);
}

/** "cancel" → canceling, cancelling; "close" → closing. */
function ingForms(verb: string): string[] {
  if (/[^e]e$/.test(verb)) return [verb.slice(0, -1) + 'ing'];
  return /[^aeiou][aeiou][bdgklmnprt]$/.test(verb) ? [verb + 'ing', verb + verb.slice(-1) + 'ing'] : [verb + 'ing'];
}
