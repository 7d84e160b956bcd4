/**
 * A single word in marks is most often the writer's scare quote; after a verb of judging and "as" it is
 * the word the sentence's subject used for the thing ("Ivo Marsh heralded the deal as a “breakthrough”").
 */
import type { Token } from '../attribution-tokens.js';

/** Verbs that pass a judgement through "as": "portrayed the levy as …", "described her as …". */
export const JUDGING_VERBS = new Set([
  'portray', 'portrays', 'portrayed', 'portraying', 'describe', 'describes', 'described', 'describing', 'refer',
  'refers', 'referred', 'referring', 'label', 'labels', 'labeled', 'labelled', 'labeling', 'labelling', 'brand',
  'brands', 'branded', 'branding', 'dismiss', 'dismisses', 'dismissed', 'dismissing', 'herald', 'heralds', 'heralded',
  'characterize', 'characterizes', 'characterized', 'characterise', 'characterised', 'frame', 'frames', 'framed',
  'framing', 'cast', 'casts', 'casting', 'regard', 'regards', 'regarded', 'view', 'views', 'viewed', 'define',
  'defines', 'defined', 'reject', 'rejects', 'rejected', 'defend', 'defends', 'defended', 'deride', 'derides',
  'derided', 'decry', 'decries', 'decried', 'tout', 'touts', 'touted', 'hail', 'hails', 'hailed', 'denounce',
  'denounces', 'denounced', 'dub', 'dubs', 'dubbed', 'dubbing', 'bill', 'billed', 'paint', 'paints', 'painted',
  'depict', 'depicts', 'depicted', 'praise', 'praised', 'criticize', 'criticized', 'slam', 'slammed', 'blast', 'blasted',
]);

/** Words that may stand between "as" and the judged word. */
const AS_FILLERS = new Set(['a', 'an', 'being', 'too', 'so', 'very']);

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
