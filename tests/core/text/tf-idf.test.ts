import { describe, expect, it } from 'vitest';
import { buildTfIdf, vectorFor } from '../../../src/core/text/tf-idf.js';
import { contentTerms, roughSentences, stem, wordCount } from '../../../src/core/text/tokens.js';

describe('contentTerms', () => {
  it('lower-cases, drops stop words and possessives, folds plurals', () => {
    expect(contentTerms("Facebook's apps were suspended by the company, and the Apps' owners said so.")).toEqual([
      'facebook', 'app', 'suspended', 'company', 'app', 'owner',
    ]);
  });

  it('keeps numbers whole', () => {
    expect(contentTerms('About 10,000 people in 12 cities')).toEqual(['10', '000', 'people', '12', 'city']);
    expect(stem('2016s')).toBe('2016s');
    expect(stem('business')).toBe('business');
    expect(stem('status')).toBe('status');
  });
});

describe('roughSentences and wordCount', () => {
  it('splits after a stop before a capital, digit or quote, and nowhere else', () => {
    expect(roughSentences('The port closed. "It was needed," he said. 300 ships waited. It cost $2.5 million in total.')).toEqual([
      'The port closed.',
      '"It was needed," he said.',
      '300 ships waited.',
      'It cost $2.5 million in total.',
    ]);
  });

  it('counts runs of non-space characters', () => {
    expect(wordCount('  About 10,000  people\tin 12\ncities ')).toBe(6);
    expect(wordCount('')).toBe(0);
  });
});

describe('buildTfIdf', () => {
  it('weights a term found in every document below a rarer one, and normalises each vector', () => {
    const model = buildTfIdf([
      ['storm', 'port'],
      ['storm', 'ship'],
      ['storm', 'aid'],
    ]);
    const first = model.vectors[0]!;
    const storm = model.vocabulary.get('storm')!;
    const port = model.vocabulary.get('port')!;
    const weight = (id: number) => first.weights[Array.from(first.ids).indexOf(id)]!;
    expect(weight(port)).toBeGreaterThan(weight(storm));
    const norm = Math.hypot(...first.weights);
    expect(norm).toBeCloseTo(1, 12);
    // idf = ln((n + 1) / (df + 1)) + 1
    expect(model.idf[storm]).toBeCloseTo(1, 12);
    expect(model.idf[port]).toBeCloseTo(Math.log(2) + 1, 12);
  });

  it('gives an empty vector to a document without terms', () => {
    const model = buildTfIdf([[], ['storm']]);
    expect(Array.from(model.vectors[0]!.ids)).toEqual([]);
  });

  it('counts terms unseen by the model in the norm of an outside vector, so they dilute its likeness', () => {
    const model = buildTfIdf([[], ['storm']]);
    const outside = vectorFor(model, ['storm', 'unknown']);
    expect(Array.from(outside.ids)).toEqual([model.vocabulary.get('storm')]);
    const storm = Math.log(3 / 2) + 1;
    const unseen = Math.log(3) + 1;
    expect(outside.weights[0]).toBeCloseTo(storm / Math.hypot(storm, unseen), 12);
    expect(vectorFor(model, ['storm']).weights[0]).toBeCloseTo(1, 12);
  });
});
