import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { attributionKinds, formatKinds, kindOf } from '../../eval/attribution-kinds.js';

/** A brat file: one attribution (Source, Cue, Content) per triple, each span found in the text. */
function ann(text: string, triples: Array<[string, string, string]>): string {
  const span = (s: string) => {
    const at = text.indexOf(s);
    if (at < 0) throw new Error(`not in the text: ${s}`);
    return `${at} ${at + s.length}`;
  };
  return triples
    .flatMap(([source, cue, content], i) => [
      `T${3 * i + 1}\tSource ${span(source)}\t${source}`,
      `T${3 * i + 2}\tCue ${span(cue)}\t${cue}`,
      `T${3 * i + 3}\tContent ${span(content)}\t${content}`,
      `E${i + 1}\tAttribution:T${3 * i + 2} Source:T${3 * i + 1} Content:T${3 * i + 3}`,
    ])
    .concat([''])
    .join('\n');
}

describe('eval/attribution-kinds: the training quotes counted by how they were attributed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-kinds-'));
  mkdirSync(join(dir, 'text'));
  mkdirSync(join(dir, 'attributions'));
  // One quote with its speaker right; one whose gold credits the other cue's speaker (so the system's is
  // wrong); and a phrase after a colon no annotator counted.
  const text = 'Harbour plan splits council\n“We will not give up on this harbour,” Ann Lee said.\nTom Reed said “the wall is too low,” Omar Hale wrote.\nThe council has a new motto: “Build it right.”\n';
  writeFileSync(join(dir, 'text', 'a-harbour.txt'), text);
  writeFileSync(
    join(dir, 'attributions', 'a-harbour.ann'),
    ann(text, [
      ['Ann Lee', 'said', '“We will not give up on this harbour,”'],
      ['Omar Hale', 'wrote', '“the wall is too low,”'],
    ]),
  );
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names a kind by strategy, mention kind and whether the quote is a phrase', () => {
    expect(kindOf({ attributedBy: 'sentence:name', fragment: false })).toBe('sentence:name');
    expect(kindOf({ attributedBy: 'nested:sentence:pronoun', fragment: true })).toBe('nested:sentence phrase');
    expect(kindOf({ fragment: false })).toBe('');
  });

  it('counts right, wrong and unmatched quotes of each kind, and prints them most judged first', () => {
    const kinds = attributionKinds(dir);
    expect(Object.fromEntries(kinds)).toEqual({
      'sentence:name': { right: 1, wrong: 0, unresolved: 0, unmatched: 0 },
      'sentence:name phrase': { right: 0, wrong: 1, unresolved: 0, unmatched: 0 },
      'subject:description': { right: 0, wrong: 0, unresolved: 0, unmatched: 1 },
    });
    expect(formatKinds(kinds)).toEqual([
      'sentence:name                right     1  wrong    0  unresolved   0  no gold   0  right of all 1.00',
      'sentence:name phrase         right     0  wrong    1  unresolved   0  no gold   0  right of all 0.00',
      'subject:description          right     0  wrong    0  unresolved   0  no gold   1  right of all 0.00',
    ]);
  });
});
