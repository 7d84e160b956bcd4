import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { keyPointSummary } from '../../eval/cnndm.js';
import { greedyOracle, keyPointsOf, loadTuneHalf, pointExamples, trainPointScorer, tuneTrainingArticle } from '../../eval/train-point-scorer.js';
import { DEFAULT_KEY_POINT_OPTIONS } from '../../src/core/key-points/key-points.js';
import { POINT_FEATURES } from '../../src/core/key-points/point-scorer.js';

/** Six hand-written one-paragraph articles with highlights; the tune half is the first three ids. */
const TUNE = [
  {
    id: 'a-ferry',
    text: 'Ferry workers on the Drava walked out on Monday over a pay offer they called an insult. The strike stopped all 14 crossings between Orlen and Vask for the day. Passengers waited at the quay for hours before the company put on buses. A spokesman for the union said talks would resume on Thursday. The ferry company said it regretted the disruption to travellers.',
    reference: 'Ferry workers on the Drava walked out over pay. All 14 crossings between Orlen and Vask stopped. Talks resume on Thursday.',
  },
  {
    id: 'b-plant',
    text: 'Velmar will build a chip plant outside Korsby that is expected to employ 1,200 people. The regional government agreed to pay for a new road to the site. Construction is due to start in the spring and to last two years. Local shops said they hoped the plant would bring trade back to the town. The company has three other plants in the north of the country.',
    reference: 'Velmar will build a chip plant employing 1,200 people outside Korsby. Construction starts in the spring.',
  },
  {
    id: 'c-bridge',
    text: 'The old Portmere bridge will close to traffic for three years of repairs. Engineers found cracks in two of its five piers during an inspection in May. Drivers will have to take a detour of 20 kilometres through the hills. The council said the repairs would cost about 40 million euros. Cyclists and walkers can still cross on a temporary footbridge.',
    reference: 'Portmere bridge closes for three years of repairs. Engineers found cracks in two piers. Repairs will cost 40 million euros.',
  },
];
const HELD_OUT = ['d-held', 'e-held', 'f-held'];

describe('npm run train:points (the key points\' sentence scorer)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-train-points-'));
  const references = [...TUNE.map((a) => ({ id: a.id, reference: a.reference })), ...HELD_OUT.map((id) => ({ id, reference: 'Never read.' }))];
  writeFileSync(join(dir, 'references.jsonl'), references.map((r) => JSON.stringify(r)).join('\n') + '\n');
  // Only the tune half's texts exist: training that touched the held-out half would fail to read it.
  for (const a of TUNE) writeFileSync(join(dir, `${a.id}.txt`), a.text);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the tune half only: the first half of the ids in sorted order', () => {
    expect(loadTuneHalf(dir).map((a) => a.id)).toEqual(['a-ferry', 'b-plant', 'c-bridge']);
  });

  it('labels the greedy oracle: the sentences that, one by one, most raise ROUGE-1 + ROUGE-2 against the highlights', () => {
    const sentences = ['The strike stopped all 14 crossings between Orlen and Vask.', 'Passengers waited at the quay.', 'Talks resume on Thursday, the union said.'];
    expect(greedyOracle(sentences, 'All 14 crossings between Orlen and Vask stopped. Talks resume on Thursday.')).toEqual([0, 2]);
    const examples = pointExamples(loadTuneHalf(dir).map(tuneTrainingArticle));
    expect(examples.map((e) => [e.group, e.y])).toEqual([
      [0, 1], [0, 1], [0, 0], [0, 1], [0, 0],
      [1, 1], [1, 0], [1, 1], [1, 0], [1, 0],
      [2, 1], [2, 1], [2, 0], [2, 1], [2, 0],
    ]);
    expect(examples.every((e) => e.x.length === POINT_FEATURES.length)).toBe(true);
  });

  it('chooses, from an article read once, the points the evaluation chooses', () => {
    for (const a of loadTuneHalf(dir)) {
      const read = tuneTrainingArticle(a);
      expect(keyPointsOf(read, DEFAULT_KEY_POINT_OPTIONS)).toBe(keyPointSummary(a.id, a.text, DEFAULT_KEY_POINT_OPTIONS));
      expect(keyPointsOf(read, DEFAULT_KEY_POINT_OPTIONS).split('\n')).toHaveLength(3);
    }
  });

  it('retrains to the same bytes', () => {
    const first = trainPointScorer(dir).text;
    expect(trainPointScorer(dir).text).toBe(first);
    const parsed = JSON.parse(first) as { features: string[]; weights: number[]; articles: number; candidates: number };
    expect(parsed.features).toEqual([...POINT_FEATURES]);
    expect(parsed.weights).toHaveLength(POINT_FEATURES.length);
    expect([parsed.articles, parsed.candidates]).toEqual([3, 15]);
  });

  it('names a malformed references file and line', () => {
    const bad = mkdtempSync(join(tmpdir(), 'newsbrief-train-points-bad-'));
    writeFileSync(join(bad, 'references.jsonl'), '{"id": "x"}\n');
    expect(() => loadTuneHalf(bad)).toThrow(`${join(bad, 'references.jsonl')} line 1: needs a string "id" and "reference"`);
    rmSync(bad, { recursive: true, force: true });
  });
});
