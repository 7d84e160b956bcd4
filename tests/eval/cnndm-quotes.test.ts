import { describe, expect, it } from 'vitest';
import { parseEvalArgs } from '../../eval/args.js';
import { goldFromAnnotation, parseAnnotations } from '../../eval/cnndm-quotes.js';
import { emptyCounts, scoreArticle } from '../../eval/lib/score-quotes.js';

describe('the CNN/DailyMail quote annotations', () => {
  // Made up, one line like the set's texts, a British quotation over two paragraphs.
  const text = "Ivo Brand was upbeat. ‘We are ready. ‘The rest can wait,’ said Brand. The 'bridge of hope' opens soon.";
  const line = JSON.stringify({
    id: 'x1',
    quotes: [
      { start: text.indexOf('We are'), end: text.indexOf(' ‘The'), speaker: 'Ivo Brand', kind: 'speech' },
      { start: text.indexOf('The rest'), end: text.indexOf(',’'), speaker: 'Ivo Brand', kind: 'speech' },
    ],
  });

  it('cuts the gold texts out of the article at the offsets, and scores them with the same-person rule', () => {
    const [article] = parseAnnotations(`${line}\n`);
    const gold = goldFromAnnotation(article!, text);
    expect(gold.map((g) => [g.text, g.source])).toEqual([
      ['We are ready.', 'Ivo Brand'],
      ['The rest can wait', 'Ivo Brand'],
    ]);
    const counts = emptyCounts();
    scoreArticle(
      [
        { text: 'We are ready.', speaker: 'Brand' },
        { text: 'The rest can wait', speaker: 'Ana Brand' },
        { text: 'bridge of hope', speaker: 'Brand' },
      ],
      gold,
      counts,
    );
    expect(counts).toMatchObject({ gold: 2, predicted: 3, matched: 2, predictedMatched: 2, speakerRight: 1 });
  });

  it('refuses a quote without a speaker or running past its text, naming the article', () => {
    expect(() => parseAnnotations('{"id":"x2","quotes":[{"start":3,"end":9,"speaker":"","kind":"speech"}]}')).toThrow('cnndm-quotes line 1 (x2): bad quote');
    const [article] = parseAnnotations('{"id":"x3","quotes":[{"start":3,"end":900,"speaker":"Ivo Brand","kind":"speech"}]}');
    expect(() => goldFromAnnotation(article!, text)).toThrow('cnndm-quotes x3: quote 3-900 runs past the text');
  });

  it('scores the annotated quotes with --cnndm, or alone with --cnndm-quotes', () => {
    expect(parseEvalArgs(['--cnndm', 'd'])).toEqual({ cnndm: 'd', cnndmQuotes: 'd' });
    expect(parseEvalArgs(['--cnndm-quotes=d'])).toEqual({ cnndmQuotes: 'd' });
  });
});
