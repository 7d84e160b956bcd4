import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSample, pronounSourceSpans, readSample, systematicSample } from '../../eval/pronoun-check.js';
import { span } from './brat-span.js';


const text = 'Greta Holm met Dennis Hale.\n“Never,” she said. Hale said he agreed with it.\n';
const article = {
  name: 'made-up',
  text,
  ann: [
    span('T1', 'Source', text, 'she'),
    span('T2', 'Content', text, '“Never,”'),
    span('T3', 'Source', text, 'he', text.indexOf('Hale said')),
    span('T4', 'Content', text, 'he agreed with it'),
    'E1\tCue:T0 Source:T1 Content:T2',
    'E2\tCue:T0 Source:T3 Content:T4',
  ].join('\n'),
};

describe('the hand check of the gold pronoun resolution', () => {
  it('samples only pronoun Sources of direct quotes, by article and offset', () => {
    expect(pronounSourceSpans([article])).toEqual([{ article: 'made-up', offset: text.indexOf('she said'), pronoun: 'she' }]);
  });

  it('takes a fixed systematic sample, with a phase for a second disjoint one', () => {
    const items = Array.from({ length: 10 }, (_, i) => i);
    expect(systematicSample(items, 4)).toEqual([0, 2, 5, 7]);
    expect(systematicSample(items, 4, 0.25)).toEqual([0, 3, 5, 8]);
    expect(() => systematicSample(items, 11)).toThrow('only 10 pronoun Sources to sample 11 from');
  });

  it('scores right against the hand answer by the scorer’s same-person rule, and unresolvable as right only when left unresolved', () => {
    const at = text.indexOf('she said');
    expect(checkSample([article], [{ article: 'made-up', offset: at, answer: 'Greta Holm' }])[0]!.verdict).toBe('right');
    expect(checkSample([article], [{ article: 'made-up', offset: at, answer: 'Dennis Hale' }])[0]!.verdict).toBe('wrong');
    expect(checkSample([article], [{ article: 'made-up', offset: at, answer: 'unresolvable' }])[0]!.verdict).toBe('wrong');
    expect(() => checkSample([article], [{ article: 'made-up', offset: 3, answer: 'x' }])).toThrow('made-up has no gold quote with its Source at 3');
  });

  it('names the line of a sample file that lacks a field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pronoun-check-'));
    writeFileSync(join(dir, 's.jsonl'), '{"article":"a","offset":1,"answer":"X Y"}\n{"article":"a","answer":"X Y"}\n');
    expect(() => readSample(join(dir, 's.jsonl'))).toThrow(`${join(dir, 's.jsonl')} line 2: needs "article", "offset" and "answer"`);
  });
});
