import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadHeadlineArticles, trainOnHeadlines } from '../../eval/train-point-headlines.js';
import { pointExamples } from '../../eval/train-point-scorer.js';
import { POINT_FEATURES } from '../../src/core/key-points/point-scorer.js';

/** Five hand-written articles, each file's first line its headline, as in a PolNeAR split's text/ folder. */
const ARTICLES: Record<string, string> = {
  'a-ferry.txt': [
    'Drava ferry workers strike over pay.',
    'Passengers waited at the quay in Orlen for hours on Monday morning.',
    'Ferry workers on the Drava went on strike over a pay offer they called an insult.',
    'The company put on buses between Orlen and Vask for the rest of the day.',
    'A spokesman for the union said talks would resume on Thursday.',
  ].join('\n'),
  'b-plant.txt': [
    'Velmar to build chip plant in Korsby.',
    'Velmar will build a chip plant outside Korsby that is expected to employ 1,200 people.',
    'The regional government agreed to pay for a new road to the site.',
    'Construction is due to start in the spring and to last two years.',
    'Local shops said they hoped the plant would bring trade back to the town.',
  ].join('\n'),
  'c-bridge.txt': [
    'Portmere bridge to close for repairs.',
    'Engineers found cracks in two of the five piers during an inspection in May.',
    'Drivers will have to take a detour of 20 kilometres through the hills.',
    'The council decided on Tuesday that the Portmere bridge will close for three years of repairs.',
    'Cyclists and walkers can still cross on a temporary footbridge.',
  ].join('\n'),
  'd-library.txt': [
    'Dunmore library reopens after flood.',
    'The Dunmore library reopened on Saturday, eight months after a flood ruined its ground floor.',
    'Volunteers carried 30,000 books back to the shelves over the last three weeks.',
    'The town paid for new floors and a new heating system.',
    'Children queued at the door an hour before it opened.',
  ].join('\n'),
  'e-vote.txt': [
    'Korsby council votes down parking fees.',
    'Shop owners had warned that fees would drive shoppers to the malls outside town.',
    'The Korsby council voted down a plan for parking fees in the town centre by nine votes to six.',
    'The mayor said she would bring a smaller plan back in the autumn.',
    'Parking in the centre stays free on weekdays and Saturdays.',
  ].join('\n'),
};

describe('npm run train:points -- --headlines (the scorer learned from headlines)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-train-headlines-'));
  mkdirSync(join(dir, 'text'));
  // Written in reverse order: the articles must come out in file-name order all the same.
  for (const name of Object.keys(ARTICLES).reverse()) writeFileSync(join(dir, 'text', name), `${ARTICLES[name]}\n`);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads text/*.txt in name order: the first line is the reference, never a candidate', () => {
    const articles = loadHeadlineArticles(dir);
    expect(articles.map((a) => [a.id, a.reference])).toEqual([
      ['a-ferry', 'Drava ferry workers strike over pay.'],
      ['b-plant', 'Velmar to build chip plant in Korsby.'],
      ['c-bridge', 'Portmere bridge to close for repairs.'],
      ['d-library', 'Dunmore library reopens after flood.'],
      ['e-vote', 'Korsby council votes down parking fees.'],
    ]);
    expect(articles[0]!.article.title).toBe('Drava ferry workers strike over pay.');
    expect(articles[0]!.article.paragraphs).toEqual(ARTICLES['a-ferry.txt']!.split('\n').slice(1));
  });

  it('labels the candidates that best overlap the article\'s own headline, wherever they stand', () => {
    const examples = pointExamples(loadHeadlineArticles(dir));
    expect(examples.map((e) => [e.group, e.y])).toEqual([
      [0, 0], [0, 1], [0, 0], [0, 0],
      [1, 1], [1, 0], [1, 0], [1, 0],
      [2, 0], [2, 0], [2, 1], [2, 0],
      [3, 1], [3, 0], [3, 0], [3, 0],
      [4, 0], [4, 1], [4, 0], [4, 0],
    ]);
    expect(examples.every((e) => e.x.length === POINT_FEATURES.length)).toBe(true);
  });

  it('retrains to the same bytes, and the file says what it was trained on', () => {
    const first = trainOnHeadlines(dir).text;
    expect(trainOnHeadlines(dir).text).toBe(first);
    const parsed = JSON.parse(first) as { features: string[]; weights: number[]; trainedOn: string; articles: number; candidates: number; positives: number };
    expect(parsed.features).toEqual([...POINT_FEATURES]);
    expect(parsed.weights).toHaveLength(POINT_FEATURES.length);
    expect(parsed.trainedOn).toBe('articles with headlines, greedy oracle against each headline');
    expect([parsed.articles, parsed.candidates, parsed.positives]).toEqual([5, 20, 5]);
  });

  it('reads a folder of .txt files directly too', () => {
    expect(loadHeadlineArticles(join(dir, 'text')).map((a) => a.id)).toEqual(['a-ferry', 'b-plant', 'c-bridge', 'd-library', 'e-vote']);
  });

  it('names the file with no headline or no text, and the folder with no articles', () => {
    const bad = mkdtempSync(join(tmpdir(), 'newsbrief-train-headlines-bad-'));
    try {
      writeFileSync(join(bad, 'x.txt'), '\nThe body starts on the second line, under an empty headline.\n');
      expect(() => loadHeadlineArticles(bad)).toThrow(`${join(bad, 'x.txt')}: the first line must be the headline, and it is empty`);
      writeFileSync(join(bad, 'x.txt'), 'A headline alone\n\n');
      expect(() => loadHeadlineArticles(bad)).toThrow(`${join(bad, 'x.txt')}: no text after the headline`);
      rmSync(join(bad, 'x.txt'));
      expect(() => loadHeadlineArticles(bad)).toThrow(`no .txt articles in ${bad} (give --headlines <PolNeAR split dir>)`);
    } finally {
      rmSync(bad, { recursive: true, force: true });
    }
  });
});
