import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rankExamples, trainRanker } from '../../eval/train-ranker.js';
import { loadPolnear } from '../../eval/polnear.js';
import { chooseL2, rankingAccuracy, serialiseModel, trainLogistic, type RankExample } from '../../eval/train-logistic.js';
import { RANKER_FEATURES } from '../../src/core/quotes/speaker-ranker.js';

/** A brat file for one attribution: Source, Cue and Content spans found in the text, tied by an E line. */
function ann(text: string, source: string, cue: string, content: string): string {
  const span = (s: string) => {
    const at = text.indexOf(s);
    if (at < 0) throw new Error(`not in the text: ${s}`);
    return `${at} ${at + s.length}`;
  };
  return [`T1\tSource ${span(source)}\t${source}`, `T2\tCue ${span(cue)}\t${cue}`, `T3\tContent ${span(content)}\t${content}`, 'E1\tAttribution:T2 Source:T1 Content:T3', ''].join('\n');
}

/**
 * Three hand-written articles: the quote belongs to the weak cue's subject in one, to the strong cue's in
 * the next; in the third, to a man named since the subject the rules take for its "he".
 */
const ARTICLES = [
  {
    name: 'a-bridge',
    text: 'Bridge plan draws fire\nMayor Ann Lee spoke to reporters on Monday.\nTom Reed called the plan “a waste of money for the county,” Ann Lee said.\n',
    gold: ['Tom Reed', 'called', '“a waste of money for the county,”'],
  },
  {
    name: 'b-school',
    text: 'School budget passes\nCouncilwoman Rosa Diaz voted for the budget.\nOmar Hale described the vote as “a win for every family here,” Rosa Diaz said.\n',
    gold: ['Rosa Diaz said', 'said', '“a win for every family here,”'],
  },
  {
    name: 'c-harbour',
    text: 'Harbour plan splits council\nCouncillor Tom Reed opened the meeting on Monday.\nThe vote on the harbour wall was put off until June.\nResidents at the hearing cheered for Omar Hale, a fisherman.\n“We will not give up on this harbour,” he said.\n',
    gold: ['Omar Hale', 'said', '“We will not give up on this harbour,”'],
  },
];

describe('npm run train (the speaker ranker)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-train-'));
  mkdirSync(join(dir, 'text'));
  mkdirSync(join(dir, 'attributions'));
  for (const a of ARTICLES) {
    writeFileSync(join(dir, 'text', `${a.name}.txt`), a.text);
    const [source, cue, content] = a.gold as [string, string, string];
    writeFileSync(join(dir, 'attributions', `${a.name}.ann`), ann(a.text, source.replace(/ said$/u, ''), cue, content));
  }
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('labels each candidate against the gold Source', () => {
    const { examples, quotes } = rankExamples(loadPolnear(dir));
    expect(quotes).toBe(3);
    const weak = RANKER_FEATURES.indexOf('cue-weak');
    // First article: the weak cue's subject (Tom Reed) is right; second: the strong cue's (Rosa Diaz);
    // third: the pronoun's other antecedent (Omar Hale), not the rules' (Tom Reed).
    const rule = RANKER_FEATURES.indexOf('rule-choice');
    const antecedent = RANKER_FEATURES.indexOf('from-antecedent');
    expect(examples.map((e) => [e.quote, e.y, e.x[weak], e.x[rule], e.x[antecedent]])).toEqual([
      [0, 1, 1, 0, 0],
      [0, 0, 0, 1, 0],
      [1, 0, 1, 0, 0],
      [1, 1, 0, 1, 0],
      [2, 0, 0, 1, 0],
      [2, 1, 0, 0, 1],
    ]);
  });

  it('retrains to the same bytes', () => {
    const first = trainRanker(dir).text;
    const second = trainRanker(dir).text;
    expect(second).toBe(first);
    const parsed = JSON.parse(first) as { features: string[]; weights: number[]; bias: number; loss: string; quotes: number };
    expect(parsed.features).toEqual([...RANKER_FEATURES]);
    expect(parsed.weights).toHaveLength(RANKER_FEATURES.length);
    expect(parsed.quotes).toBe(3);
    // The conditional logit: the candidates of a quote compete, so no bias is learnt.
    expect(parsed.loss).toBe('listwise');
    expect(parsed.bias).toBe(0);
  });
});

describe('logistic regression for the ranker', () => {
  // One feature tells the right candidate; the other is noise that agrees half the time.
  const examples: RankExample[] = [];
  for (let q = 0; q < 6; q++) {
    examples.push({ group: q, quote: q, x: [1, q % 2], y: 1 });
    examples.push({ group: q, quote: q, x: [0, (q + 1) % 2], y: 0 });
  }

  it('learns the telling feature and ranks every quote right', () => {
    const model = trainLogistic(examples, { l2: 0.001 });
    expect(model.weights[0]!).toBeGreaterThan(1);
    expect(rankingAccuracy(examples, model)).toEqual({ right: 6, total: 6 });
  });

  it('picks the L2 strength by cross-validation, ties to the stronger', () => {
    const cv = chooseL2(examples, [0.1, 0.01], 3, 50);
    expect(cv.table).toEqual([
      { l2: 0.1, accuracy: 1 },
      { l2: 0.01, accuracy: 1 },
    ]);
    expect(cv.l2).toBe(0.1);
  });

  it('writes fixed decimals, the same bytes every time', () => {
    const text = serialiseModel(['a', 'b'], { weights: [1.23456789, -0.0000001], bias: 0.5 }, { l2: 0.01 });
    expect(text).toBe('{\n  "features": [\n    "a",\n    "b"\n  ],\n  "weights": [\n    1.234568,\n    0\n  ],\n  "bias": 0.5,\n  "l2": 0.01\n}\n');
  });
});
