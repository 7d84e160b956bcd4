/**
 * The words (and the colon) the cue rules start at (cue-rules.ts, each rule's `startsAt`), as one set,
 * so that the tokeniser can give each token a bit for them (word-classes.ts) without importing the
 * rules (which import the tokens' types: an import cycle). cue-rules.ts checks when it loads that its
 * rules start at exactly these words.
 */
import { AFTER_QUOTE_VERBS, CHIME_VERBS, DOCUMENT_PART_VERBS, NAMING_VERBS, PASSIVE_SPEECH, SPEECH_VERBS } from './lexicon.js';

export const CUE_START_WORDS: ReadonlySet<string> = new Set([
  'according',
  'per',
  ':',
  'on',
  'back',
  'put',
  'was',
  'is',
  'words',
  'quoted',
  ...PASSIVE_SPEECH,
  ...NAMING_VERBS,
  ...CHIME_VERBS,
  ...DOCUMENT_PART_VERBS,
  ...AFTER_QUOTE_VERBS.keys(),
  ...SPEECH_VERBS,
]);
