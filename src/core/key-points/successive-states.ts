/**
 * The latest state wins. A story told over several days moves one event from state to state: a mayor
 * faces calls to resign, then resigns; crews reject an offer, then accept a better one; a trial is
 * adjourned, then the jury gives its verdict. The first day's sentence was true when written, but once
 * a later day's article reports the later state it is out of date, as a preview is once its event is
 * reported: a briefing keeps the later state and drops the earlier one.
 */
import { withoutQuotes } from './without-quotes.js';

/** A change of state: the earlier state, as a sentence outside quotations gives it, and the later states that replace it. */
export interface StateChange {
  kind: string;
  earlier: RegExp;
  later: RegExp;
  /**
   * A state that holds until it ends ("remains closed", "is missing"): a later sentence that still gives
   * it ("reopened to buses but remains closed to lorries") has not ended it.
   */
  lasting?: boolean;
  /** A made-up pair: a first day's sentence and a later day's that supersedes it. */
  example: readonly [string, string];
}

/**
 * What must not come just before a later state for it to be reported as done: a negation ("has not
 * resigned"), a modal or an infinitive ("will be sentenced", "to resign", "would have accepted", "is said to have quit"), a
 * condition ("if convicted", "unless a deal is reached"). A lookbehind, so the table's patterns stay plain.
 */
const NOT_DONE = String.raw`(?<!(?:\b(?:not|never|no longer|be|to|if|unless|whether|until|will|would|could|should|might|may|must|shall|can|cannot|did|does|do|(?:would|could|should|might|may|must|to)\s+have)|n['’]t)\s+)`;

/** `alternatives` as a later state: case-insensitive, whole words, each reported as done. */
function done(alternatives: string): RegExp {
  return new RegExp(String.raw`${NOT_DONE}\b(?:${alternatives})\b`, 'iu');
}

function state(alternatives: string): RegExp {
  return new RegExp(String.raw`\b(?:${alternatives})\b`, 'iu');
}

/** Up to `n` words: what may stand between a verb and its object ("rejected the company's 5 percent offer"). */
const upTo = (n: number) => String.raw`(?:[\p{L}\p{N}'’%,.-]+\s+){0,${n}}?`;
// Not "plan": "refused to divulge his plans" is no offer turned down.
const DEAL = '(?:offer|deal|proposal|bid|terms|agreement|settlement|contract|package)';
const ACCORD = '(?:deal|agreement|accord|settlement|truce|ceasefire|compromise)';
const LEAVE = '(?:resign|quit|step down|stand down)';
/** The verdicts and sentences that end a case. */
const VERDICT = [
  String.raw`found\s+${upTo(5)}(?:not\s+)?guilty`,
  'convicted|acquitted|jailed|imprisoned|pleaded guilty|pleads guilty|changed (?:his|her|their) pleas?',
  String.raw`cleared\s+of|sentenced\s+${upTo(4)}to`,
  String.raw`(?:reached|returned|delivered|gave|announced)\s+(?:a|an|its|their|the)\s+(?:\p{L}+\s+)?verdicts?`,
].join('|');

/** The table: one row per kind of event, each with its example (and so a unit test). */
export const STATE_CHANGES: readonly StateChange[] = [
  {
    kind: 'offer',
    earlier: state(String.raw`(?:rejected|rejects|turned down|turns down|refused|refuses|voted down|voted against|voted to reject|vote to reject|spurned|threw out)\s+${upTo(6)}${DEAL}s?`),
    later: done(String.raw`(?:accepted|accepts|agreed to|approved|backed(?!\s+(?:away|out|off)\b)|endorsed|ratified|signed|voted to accept|voted for|voted in favou?r of)\s+${upTo(6)}${DEAL}s?|${DEAL}\s+(?:was|has been|had been)\s+(?:accepted|approved|ratified|endorsed|signed)`),
    example: ['Crews at Skerra Ferries rejected the company’s 5 percent pay offer on Tuesday.', 'Crews at Skerra Ferries accepted a revised 7 percent pay offer on Friday.'],
  },
  {
    kind: 'resignation',
    earlier: state(String.raw`(?:calls|call|pressure|demands)\s+${upTo(3)}(?:to\s+(?:${LEAVE}|go\b)|for\s+${upTo(2)}resignation)|called\s+(?:on|for)\s+${upTo(5)}(?:to\s+${LEAVE}|resignation)|refus(?:ed|es)\s+to\s+${LEAVE}|resist(?:ed|s|ing)\s+calls|no[- ]confidence`),
    // "Resigned to defeat" and "quit making trouble" leave no post: "quit" only before what was left, or at a clause's end.
    later: done(String.raw`resigned(?!\s+to\b)|resigns|stepped down|steps down|stood down|quits?(?=\s+(?:as|the|his|her|their|on|in|after|over|from|amid|last|this|yesterday|today)\b|\s*[,.;])|(?:was|has been|had been)\s+(?:sacked|fired|ousted|dismissed|removed\s+(?:from|as))|(?:has|have|had)\s+(?:sacked|ousted|dismissed)\s+\p{L}+|(?:announced|tendered|handed in)\s+(?:his|her|their)\s+resignation|lost\s+(?:a|the)\s+(?:no[- ]confidence|confidence)\s+vote`),
    example: ['Ostrum mayor Tilda Varn faced calls to resign on Monday over a 2 million euro contract.', 'Ostrum mayor Tilda Varn resigned on Wednesday over the 2 million euro contract.'],
  },
  {
    kind: 'trial',
    earlier: state(String.raw`(?:trial|case|hearing|sentencing|verdict)\s+${upTo(6)}(?:was|were|has been|had been|is)\s+(?:adjourned|postponed|deferred|delayed|put off|pushed back)|adjourned|jur(?:y|ors)\s+${upTo(2)}(?:retired|retires|(?:is|are|was|were)\s+(?:considering|deliberating|sent out)|began deliberating|deliberated)|(?:went|goes|is|was)\s+on\s+trial|stood trial|trial\s+${upTo(2)}(?:began|opened|continues|continued)`),
    later: done(VERDICT),
    example: ['The trial of Dace Orrin at Penmoor Crown Court was adjourned until Thursday after a juror fell ill.', 'A jury at Penmoor Crown Court found Dace Orrin guilty of stealing from the sailing club.'],
  },
  {
    kind: 'charge',
    earlier: state(String.raw`(?:was|were|has been|have been|had been|is|are)\s+charged|pleaded not guilty|pleads not guilty|den(?:ies|ied|y)\s+(?:${upTo(2)}(?:charges?|counts?|wrongdoing|allegations?|offen[cs]es?)|\p{Ll}+ing)|awaiting trial|awaits trial`),
    later: done(VERDICT),
    example: ['Dace Orrin, 34, denies stealing 40,000 euros from the Penmoor sailing club.', 'Dace Orrin, 34, was convicted of stealing 40,000 euros from the Penmoor sailing club.'],
  },
  {
    kind: 'custody',
    // Not "remanded in custody": a judge remands a convicted man too, and the verdict does not end it.
    // "Held" only as a prisoner is: "the debate was held on Monday".
    earlier: state(String.raw`arrested|detained|taken into custody|held\s+(?:in\s+(?:custody|jail|prison|detention)|without\s+(?:charge|bail)|on\s+suspicion|for\s+questioning|hostage|captive)`),
    // "Released" from custody only: "was released by Redby" is a player leaving a club.
    later: done(String.raw`${VERDICT}|(?:was|were|has been|have been|had been)\s+(?:freed|charged|let go|released\s+(?:from|on|without|after))|charges\s+${upTo(4)}(?:were|have been|had been)\s+dropped|dropped\s+(?:the|all)\s+charges`),
    example: ['Police in Harl arrested Ivo Brandt, 52, on Monday after a fire at the Harl boatyard.', 'Ivo Brandt, 52, was charged with arson on Wednesday over the fire at the Harl boatyard.'],
  },
  {
    kind: 'talks',
    // Talks that failed, and a deal still hoped for or sought ("still hoping to reach a deal", "working towards an
    // agreement"), until the deal is reached.
    earlier: state(String.raw`talks\s+${upTo(8)}(?:stalled|broke down|have broken down|had broken down|collapsed|failed|ended without|deadlocked)|(?:stalled|failed|collapsed|deadlocked)\s+talks|no\s+${ACCORD}\s+(?:was|is|has been|had been)|no\s+${ACCORD}\s+in\s+sight|without\s+(?:a|an|any)\s+${ACCORD}|failed\s+to\s+(?:reach|agree|strike)\s+(?:a|an|any)|impasse|deadlock|stalemate|walked out of\s+${upTo(2)}talks|(?:hop(?:e|es|ed|ing)|aim(?:s|ed|ing)?|seek(?:s|ing)?|sought|push(?:es|ed|ing)?|work(?:s|ed|ing)?\s+(?:towards?|on)|trying|tried)\s+(?:to\s+(?:reach|agree|strike|secure|seal)\s+|for\s+)?(?:a|an)\s+${upTo(2)}${ACCORD}`),
    later: done(String.raw`${ACCORD}\s+${upTo(3)}(?:was|were|has been|had been)\s+(?:reached|agreed|struck|signed|sealed)|(?:reached|struck|signed|sealed|agreed)\s+(?:a|an|the)\s+${upTo(3)}${ACCORD}|agreed\s+(?:on|to)\s+(?:a|an|the)\s+${upTo(3)}(?:${ACCORD}|terms)|(?:settled|resolved)\s+(?:the|their)\s+dispute`),
    example: ['Talks between Lomar Rail and the drivers’ union broke down on Tuesday.', 'Lomar Rail and the drivers’ union reached a deal on Thursday.'],
  },
  {
    kind: 'closure',
    earlier: state(String.raw`(?:remains?|remained|stays?|stayed|is|are|has been|have been)\s+(?:still\s+)?(?:closed|shut|blocked|cut off|suspended|impassable|out of (?:action|service|use))|closed until further notice`),
    later: done(String.raw`reopened|re-opened|reopens|opened again|back open|resumed|restored`),
    lasting: true,
    example: ['The coast road at Vell Point remains closed after Monday’s landslide.', 'The coast road at Vell Point reopened on Friday.'],
  },
  {
    kind: 'missing',
    // Missing as a state, not as a verb with an object ("are missing the point").
    earlier: state(String.raw`(?:is|are|was|were|remains?|remained|been|went|gone|reported|still)\s+(?:still\s+)?missing(?=\s*[,.;:]|\s*$|\s+(?:after|since|in|at|from|on|near|off|for|and|following|overnight|today|yesterday)\b)|unaccounted for|(?:search|hunt|searching)\s+${upTo(2)}for\s+(?:the\s+)?(?:missing|survivors?)|(?:has|have|had)\s+not\s+been\s+(?:found|seen)`),
    // Found where or when, not "found guilty" or "found to have…".
    later: done(String.raw`(?:was|were|has been|have been|had been)\s+(?:found|located|traced|recovered|pulled\s+\p{L}+)(?=\s*[,.;]|\s+(?:on|in|at|near|by|after|late|early|safe|alive|dead|well|unharmed|yesterday|today|this|last)\b)|found\s+${upTo(3)}(?:safe|alive|dead|well|unharmed)|(?:was|were|has been|have been|had been)\s+rescued|(?:divers|rescuers|crews|teams|coastguards?|police|firefighters|lifeboats?)\s+rescued`),
    lasting: true,
    example: ['Three fishermen from Harl are missing after their boat sank off Vell Point.', 'Three fishermen from Harl were rescued off Vell Point on Tuesday.'],
  },
  {
    kind: 'aground',
    // A ship stuck, and the failed attempts to free it, until it is refloated or towed clear.
    earlier: state(String.raw`(?:ran|runs|run|has run|had run)\s+aground|(?:become|became|becomes|is|was|are|were|remains?|remained|been|got|gets)\s+(?:still\s+)?(?:stuck|stranded|grounded|aground|wedged)|(?:attempts?|bid|efforts?)\s+to\s+(?:refloat|free|pull|tow)\s+${upTo(6)}(?:failed|was abandoned|were abandoned)|failed\s+to\s+(?:refloat|free)`),
    later: done(String.raw`refloated|re-floated|(?:was|were|has been|have been|had been)\s+(?:freed|pulled\s+(?:clear|free|off)|towed\s+(?:clear|free|off|away|to))`),
    lasting: true,
    example: ['The ferry Orla Star has run aground on a sandbank off Skelby with 140 passengers on board.', 'The ferry Orla Star was refloated on Thursday off Skelby with the help of two tugs.'],
  },
  {
    kind: 'contest',
    // A lead, a first round or a runoff to come, until the result: someone elected, a contest won or lost.
    earlier: state(String.raw`(?:took|takes|has taken|had taken|holds|held|has|had|built)\s+(?:a|an|the)\s+${upTo(2)}lead|(?:leads|led|leading|topped|tops|came first in)\s+(?:the\s+)?(?:first|opening)\s+(?:round|ballot|count)|fell short of\s+(?:the|a|an)\s+${upTo(2)}majority|(?:goes|went|go|heads|headed|head)\s+to\s+(?:a|the)\s+(?:runoff|run-off|second round|second ballot)|(?:forced|forcing)\s+(?:a|the)\s+(?:runoff|run-off|second round)`),
    later: done(String.raw`(?:was|were|has been|have been|had been)\s+(?:elected|re-elected|chosen|voted in|named)\s+(?:as\s+)?(?:the\s+)?${upTo(3)}(?:leader|president|mayor|chair|chairman|chairwoman|head|winner|candidate|nominee)|won\s+(?:the|a)\s+${upTo(3)}(?:election|runoff|run-off|contest|race|ballot|vote|leadership|second round)|(?:conceded|concedes)\s+(?:defeat|the\s+${upTo(2)}(?:race|contest|election))`),
    example: ['Former minister Ada Lune took a clear lead in the first round of the Ostrum Party leadership contest.', 'Ivo Brandt was elected leader of the Ostrum Party on Saturday after a runoff.'],
  },
  {
    kind: 'warning',
    // A weather or flood warning at one level, until it is raised, lowered or lifted.
    earlier: state(String.raw`(?:yellow|amber|orange|red)\s+(?:weather\s+|flood\s+)?warnings?\s+${upTo(4)}(?:is|are|was|were|has been|have been|remains?|remained)\s+(?:in\s+(?:force|place)|issued|active)|(?:issued|issues|put\s+in\s+place)\s+(?:a|an)\s+(?:yellow|amber|orange|red)\s+(?:weather\s+|flood\s+)?warning`),
    later: done(String.raw`(?:upgraded|raised|downgraded|lowered|lifted|withdrew|withdrawn|cancelled|canceled|extended)\s+${upTo(4)}warnings?|warnings?\s+${upTo(4)}(?:was|were|has been|have been|had been)\s+(?:upgraded|raised|downgraded|lowered|lifted|withdrawn|cancelled|canceled|extended)`),
    example: ['A yellow warning for rain is in force for the Holm valley from midnight on Tuesday.', 'The weather office has upgraded its warning for the Holm valley to amber.'],
  },
  {
    kind: 'polls',
    // What the polls say before a vote, until its result: a party or side elected, a vote won, lost or carried.
    // Not "the polls have closed": polling stations, not opinion.
    earlier: state(String.raw`(?:opinion\s+)?(?:polls?|surveys?)\s+${upTo(3)}(?:show|shows|showed|suggest|suggests|suggested|put|puts|give|gives|gave|point|points|indicate|indicates|indicated|predict|predicts|predicted)\b|neck and neck|too close to call|level pegging|dead heat|(?:leads?|led|leading|trails?|trailed|trailing|ahead|behind)\s+in\s+(?:the\s+)?(?:latest\s+|recent\s+|opinion\s+)?polls?`),
    later: done(String.raw`(?:was|were|has been|have been|had been)\s+(?:elected|re-elected)|won\s+${upTo(3)}(?:election|referendum|vote|ballot|race|contest|runoff|run-off|poll|majority)s?|(?:conceded|concedes)\s+(?:defeat|the\s+${upTo(2)}(?:race|contest|election|vote))|(?:voters|electors|residents|members)\s+${upTo(4)}(?:backed|rejected|approved|voted)|(?:was|were|has been|have been)\s+(?:carried|defeated|rejected|approved)\s+by|(?:results?|count)\s+${upTo(3)}(?:showed|gave|put)`),
    example: ['Polls show the Ostrum Party and the Velm Alliance level before Sunday’s election in Norland.', 'The Velm Alliance won Sunday’s election in Norland with 41 percent of the vote.'],
  },
];

/**
 * What a sentence (quotations blanked) says of a row's event: `gives` the earlier state (and not already the later
 * one: such a sentence is not out of date), `ends` it with the later state (and, for a lasting state, does not still
 * give it: "reopened to buses but remains closed to lorries").
 */
function statesIn(row: StateChange, outside: string): { gives: boolean; ends: boolean } {
  const earlier = row.earlier.test(outside);
  const later = row.later.test(outside);
  return { gives: earlier && !later, ends: later && !(row.lasting && earlier) };
}

/**
 * The kind of change when `later` (a sentence of a later day) reports the state that replaces the one
 * `earlier` gives; undefined when it does not. The sentences' being about the same event is the caller's
 * to judge.
 */
export function stateChange(earlier: string, later: string): string | undefined {
  const before = withoutQuotes(earlier);
  const after = withoutQuotes(later);
  return STATE_CHANGES.find((row) => statesIn(row, before).gives && statesIn(row, after).ends)?.kind;
}

/** What the rule reads of a candidate: its text outside quotations and its article. */
export interface StatedSentence {
  outside: string;
  article: number;
}

/**
 * Candidates giving a state of an event that a later day's article reports replaced by a later state
 * (`STATE_CHANGES`): out of date. `days` is each article's publication day (`YYYY-MM-DD`), `latest` the
 * story's latest of them; `sameEvent(earlier, later)` says whether two candidates are about one event.
 */
export function supersededStates(candidates: readonly StatedSentence[], days: ReadonlyArray<string | undefined>, latest: string, sameEvent: (earlier: number, later: number) => boolean, out: Set<number>): void {
  // Each candidate's earlier and later states, by row: most sentences give none, and are never compared.
  const earlier: number[][] = [];
  const later: number[][] = [];
  candidates.forEach((s, i) => {
    const day = days[s.article];
    if (!day) return;
    STATE_CHANGES.forEach((row, k) => {
      const { gives, ends } = statesIn(row, s.outside);
      if (gives && day < latest) (earlier[i] ??= []).push(k);
      if (ends) (later[i] ??= []).push(k);
    });
  });
  earlier.forEach((rows, i) => {
    if (!rows || out.has(i)) return;
    const day = days[candidates[i]!.article]!;
    for (let j = 0; j < candidates.length; j++) {
      const ends = later[j];
      if (!ends || !(days[candidates[j]!.article]! > day) || !ends.some((k) => rows.includes(k))) continue;
      if (sameEvent(i, j)) {
        out.add(i);
        return;
      }
    }
  });
}
