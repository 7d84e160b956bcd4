/**
 * Who a quotation is attributed to within its sentence. The rules live in `attribution/`: word
 * lists in one lexicon, cues and speaker rules as tables run by one small engine (see
 * docs/quotes.md, "How it works"); this entry keeps the names other modules import.
 */
export type { Attribution, Cue, CueSpeaker } from './attribution/types.js';
export { findCues } from './attribution/cue-rules.js';
export { speakerOfCue } from './attribution/cue-speaker-rules.js';
export { attributeInSentence, clauseBreakBetween, listenerClause, type KnownSpeakers } from './attribution/sentence-rules.js';
export { appositiveAfter, nameRunRight, nameRuns } from './attribution/name-runs.js';
export { coordinatedSubject, datelineEnd, joinedClauseSubject, opensWithClause, sentenceSubject } from './attribution/sentence-subject.js';
