import { describe, expect, it } from 'vitest';
import { joinLabels, mulberry32, parseLabels, seededSample, wilson } from '../../eval/lib/error-sample.js';

/** Nine made-up errors: three articles, three quote offsets each. */
const errors = ['alpha', 'beta', 'gamma'].flatMap((article) => [10, 20, 30].map((start) => ({ article, start, group: 'g' })));

describe('the seeded sample of errors to audit', () => {
  it('is mulberry32: the published first values for seed 1', () => {
    const random = mulberry32(1);
    expect(random()).toBe(0.6270739405881613);
    expect(random()).toBe(0.002735721180215478);
  });

  it('draws the same errors, in key order, whatever order they were found in', () => {
    const expected = [
      { article: 'alpha', start: 10 },
      { article: 'alpha', start: 20 },
      { article: 'gamma', start: 20 },
      { article: 'gamma', start: 30 },
    ];
    const keys = (list: Array<{ article: string; start: number }>) => list.map(({ article, start }) => ({ article, start }));
    expect(keys(seededSample(errors, 4, 7))).toEqual(expected);
    expect(keys(seededSample([...errors].reverse(), 4, 7))).toEqual(expected);
    expect(seededSample(errors, 50, 7)).toHaveLength(9);
  });
});

describe('labels joined onto the sample', () => {
  const sample = seededSample(errors, 4, 7);

  it('gives each sampled error its label and leaves the unlabelled ones bare', () => {
    const labels = parseLabels('{"article":"gamma","start":20,"group":"g","label":"convention-outlet","reason":"gold credits the paper"}\n\n');
    const joined = joinLabels(sample, labels);
    expect(joined.map((j) => j.label?.label ?? null)).toEqual([null, null, 'convention-outlet', null]);
    expect(parseLabels('{"article":"alpha","start":10,"named":false,"label":"unclear"}')).toEqual([
      { article: 'alpha', start: 10, group: '', named: false, label: 'unclear', reason: '' },
    ]);
  });

  it('refuses a label for an error outside the sample, naming it', () => {
    const labels = parseLabels('{"article":"beta","start":10,"group":"g","label":"system-wrong","reason":"r"}');
    expect(() => joinLabels(sample, labels)).toThrow('1 labels name errors outside the sample, first beta@10');
  });

  it('names the line of a malformed label', () => {
    expect(() => parseLabels('{"article":"alpha","start":10,"label":"system-wrong"}\n{"article":"alpha","start":20,"label":"wrongish"}')).toThrow(
      'labels line 2 has an unknown label "wrongish"',
    );
    expect(() => parseLabels('not json')).toThrow('labels line 1 is not JSON');
  });
});

describe('the Wilson interval', () => {
  it('gives the textbook 95 % bounds', () => {
    const half = wilson(5, 10);
    expect(half.low).toBeCloseTo(0.2366, 4);
    expect(half.high).toBeCloseTo(0.7634, 4);
    expect(wilson(0, 10).low).toBe(0);
    expect(wilson(0, 10).high).toBeCloseTo(0.2775, 4);
  });
});
