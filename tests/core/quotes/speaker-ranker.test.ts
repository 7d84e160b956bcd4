import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/quotes/quotes.js';
import { readArticle } from '../../../src/core/text/read-article.js';
import { DEFAULT_CHOOSER, emptyFeatures, FEATURE, nearestCueBest, RANKER_FEATURES, RANKER_WEIGHTS, rankBest, rankerScore, setFeature } from '../../../src/core/quotes/speaker-ranker.js';

const article = readArticle({
  id: 'bridge',
  title: 'Bridge to reopen',
  paragraphs: [
    'Mayor Ann Lee spoke to reporters on Monday.',
    '“The bridge will reopen in May,” Lee said.',
    '“We have the money,” she said.',
    'Tom Reed called the plan “a waste of money for the county,” Ann Lee said.',
  ],
}).article;

const speakers = (chooser: 'ranker' | 'rules' | 'nearest-cue') => extractQuotes(article, undefined, { chooser }).quotes.map((q) => [q.text, q.speaker.name]);

const named = (features: number[]) => RANKER_FEATURES.filter((_, i) => features[i] !== 0);

describe('speaker candidates and the choice among them', () => {
  it('shows a training script every quote with two or more candidates, with relational features', () => {
    const seen: Array<{ text: string; candidates: Array<{ speaker: string; features: string[] }> }> = [];
    extractQuotes(article, undefined, { chooser: 'rules', observe: (q) => seen.push({ text: q.text, candidates: q.candidates.map((c) => ({ speaker: c.speaker, features: named(c.features) })) }) });
    expect(seen.map((q) => [q.text, q.candidates.map((c) => c.speaker)])).toEqual([
      ['We have the money', ['Ann Lee', 'Ann Lee']],
      ['a waste of money for the county', ['Tom Reed', 'Ann Lee', 'Ann Lee']],
    ]);
    // "she said": the pronoun's candidate and the previous quote's speaker, who agrees in gender.
    expect(seen[0]!.candidates[0]!.features).toEqual(['from-sentence-cue', 'cue-after-quote', 'token-distance', 'kind-pronoun', 'resolved-to-entity', 'entity-person', 'is-previous-speaker', 'nearest-cue', 'same-speaker-candidates', 'gender-agrees', 'rule-choice',
      // Its antecedent's relation to the pronoun: the latest subject, named a paragraph before (as a speaker), alone there.
      'ant-latest-subject', 'ant-previous-paragraph', 'ant-subject', 'ant-subject-near', 'ant-speaker', 'ant-gender-known', 'ant-fits', 'ant-shown', 'ant-mentions', 'ant-focus', 'ant-most-mentioned', 'ant-alone']);
    expect(seen[0]!.candidates[1]!.features).toEqual(['from-previous-quote', 'resolved-to-entity', 'entity-person', 'is-previous-speaker', 'previous-and-opens-paragraph', 'same-speaker-candidates', 'gender-agrees', 'previous-and-pronoun-cue']);
    // The weak cue before the quote is the nearest; the rules take the strong one after it.
    expect(seen[1]!.candidates[0]!.features).toEqual(['from-sentence-cue', 'cue-weak', 'token-distance', 'kind-name', 'resolved-to-entity', 'entity-person', 'nearest-cue']);
    expect(seen[1]!.candidates[1]!.features).toContain('rule-choice');
  });

  it('lets the chooser decide: the rules, the plain nearest cue, or the trained ranker', () => {
    expect(speakers('rules')).toEqual([
      ['The bridge will reopen in May', 'Ann Lee'],
      ['We have the money', 'Ann Lee'],
      ['a waste of money for the county', 'Ann Lee'],
    ]);
    expect(speakers('nearest-cue')[2]).toEqual(['a waste of money for the county', 'Tom Reed']);
    expect(speakers('ranker')[2]).toEqual(['a waste of money for the county', 'Ann Lee']);
  });

  it('lets the trained ranker decide by default (it beats the rules under cross-validation on the training split)', () => {
    expect(DEFAULT_CHOOSER).toBe('ranker');
    expect(extractQuotes(article).quotes.map((q) => [q.text, q.speaker.name])).toEqual(speakers('ranker'));
  });

  it('gives each feature the place the weights list it at', () => {
    expect(RANKER_FEATURES.map((f) => FEATURE[f])).toEqual(RANKER_FEATURES.map((_, i) => i));
    expect(FEATURE['from-sentence-cue']).toBe(0);
    expect(Object.keys(FEATURE)).toHaveLength(RANKER_FEATURES.length);
  });

  it('scores w·x + b and takes the highest, the first on a tie', () => {
    const model = { features: RANKER_FEATURES, weights: RANKER_FEATURES.map((f) => (f === 'kind-name' ? 2 : f === 'cue-weak' ? -1 : 0)), bias: 0.5 };
    const a = emptyFeatures();
    setFeature(a, 'kind-name', 1);
    setFeature(a, 'cue-weak', 1);
    const b = emptyFeatures();
    setFeature(b, 'kind-name', 1);
    expect(rankerScore(a, model)).toBe(1.5);
    expect(rankerScore(b, model)).toBe(2.5);
    expect(rankBest([a, b], model)).toBe(1);
    expect(rankBest([b, b], model)).toBe(0);
  });

  it('takes the nearest sentence cue before any paragraph cue in the plain baseline', () => {
    const far = emptyFeatures();
    setFeature(far, 'from-sentence-cue', 1);
    setFeature(far, 'token-distance', 0.8);
    const near = emptyFeatures();
    setFeature(near, 'from-sentence-cue', 1);
    setFeature(near, 'token-distance', 0.2);
    const paragraph = emptyFeatures();
    setFeature(paragraph, 'from-paragraph-cue', 1);
    expect(nearestCueBest([paragraph, far, near])).toBe(2);
  });

  it('keeps the bundled story’s speakers when the ranker chooses', () => {
    const story = fileURLToPath(new URL('../../../briefings/zuckerberg-eu-parliament/', import.meta.url));
    for (const id of ['euronews', 'cnbc']) {
      const read = readArticle({ id, paragraphs: readFileSync(`${story}${id}.txt`, 'utf8').split('\n') }).article;
      const quotes = (chooser: 'ranker' | 'rules') => extractQuotes(read, undefined, { chooser }).quotes.map((q) => [q.text, q.speaker]);
      expect(quotes('ranker')).toEqual(quotes('rules'));
    }
  });

  it('loads committed weights that name the same features in the same order', () => {
    expect(RANKER_WEIGHTS.features).toEqual([...RANKER_FEATURES]);
    expect(RANKER_WEIGHTS.weights).toHaveLength(RANKER_FEATURES.length);
  });
});
