/**
 * A single word in marks is most often the writer's scare quote; after a verb of judging and "as" it is
 * the word the sentence's subject used for the thing ("Ivo Marsh heralded the deal as a “breakthrough”").
 */
import type { Token } from '../attribution-tokens.js';
import { AS_FILLERS as AS_FILLERS_, JUDGING_VERBS as JUDGING_VERBS_ } from './lexicon.js';

const AS_FILLERS = AS_FILLERS_;
const JUDGING_VERBS = JUDGING_VERBS_;

/** How many tokens back from "as" the verb of judging may stand ("described the new levy as …"). */
const JUDGING_REACH = 8;

/**
 * 'Ivo Marsh heralded the deal as a “breakthrough”': a single word in marks after "as" (perhaps "as a",
 * "as being"), with a verb of judging shortly before, is the subject's judgement in their own word.
 */
export function judgedAs(tokens: Token[], at: number): boolean {
  let k = at - 1;
  if (k >= 0 && AS_FILLERS.has(tokens[k]!.lower)) k--;
  if (k < 1 || tokens[k]!.lower !== 'as') return false;
  for (let j = k - 1; j >= 0 && j >= k - JUDGING_REACH; j--) {
    const t = tokens[j]!;
    if (t.kind !== 'word') {
      if (t.text === '.' || t.text === ';' || t.kind === 'quote') return false;
      continue;
    }
    if (JUDGING_VERBS.has(t.lower)) return true;
  }
  return false;
}
