/** What the attribution rules pass between them: a speech cue, and the speaker phrase a cue or rule found. */
import type { SpeakerPhrase } from '../speaker-names.js';

export interface Cue {
  index: number;
  /** 'left' = speaker expected before the cue only ("according to" looks right). */
  kind: 'verb' | 'according';
  weak: boolean;
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
