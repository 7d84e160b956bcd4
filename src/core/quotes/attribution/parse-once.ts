/**
 * One parse per run of tokens: the subject finder, the registry's name runs and the cue rules parse the same
 * capitalised runs of a sentence (about one parse in four repeats one), and a parse reads nothing but the
 * tokens, which are never changed after tokenising. The last few runs are remembered and compared token by
 * token (a run is an array slice, a new array each time); each caller gets its own copy of the phrase.
 */
import type { Token } from '../attribution-tokens.js';
import type { SpeakerPhrase } from '../speaker-names.js';

/**
 * Runs remembered: a sentence's runs are asked for within a few calls of each other. Few on purpose: a long
 * memory keeps the sentences' tokens alive past the young generation, and the collector's extra work cost
 * more than the parses it saved.
 */
const REMEMBERED = 16;

const runs: Array<ReadonlyArray<Token> | undefined> = new Array(REMEMBERED).fill(undefined);
const phrases: Array<SpeakerPhrase | undefined> = new Array(REMEMBERED).fill(undefined);
let next = 0;

function sameRun(a: ReadonlyArray<Token>, b: ReadonlyArray<Token>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** `parse(tokens)`, computed once for the same tokens; a copy each time, so that no caller can change another's. */
export function parseOnce(tokens: Token[], parse: (tokens: Token[]) => SpeakerPhrase | undefined): SpeakerPhrase | undefined {
  const first = tokens[0];
  if (first === undefined) return parse(tokens);
  for (let i = 0; i < REMEMBERED; i++) {
    const run = runs[i];
    if (run !== undefined && run[0] === first && sameRun(run, tokens)) {
      const phrase = phrases[i];
      return phrase === undefined ? undefined : { ...phrase };
    }
  }
  const phrase = parse(tokens);
  runs[next] = tokens.slice();
  phrases[next] = phrase === undefined ? undefined : { ...phrase };
  next = (next + 1) % REMEMBERED;
  return phrase;
}
