/** What the attribution rules pass between them: a speech cue, and the speaker phrase a cue or rule found. */
import type { SpeakerPhrase } from '../speaker-names.js';

export interface Cue {
  index: number;
  /** 'according': the speaker is after the cue ("according to X", "per X", "written by X"); 'verb': on the side the grammar puts it. */
  kind: 'verb' | 'according';
  weak: boolean;
  /** Words after the verb that belong to the cue ("chimed in"): a speaker after the cue comes after them. */
  particles?: number;
}

export interface Attribution {
  phrase: SpeakerPhrase;
  /** Role from an appositive ("Damian Collins, chair of …"). */
  role?: string;
  cue: Cue;
}

/** A speaker phrase found beside a cue, with the role an appositive gives it. */
export interface CueSpeaker {
  phrase: SpeakerPhrase;
  role?: string;
}
