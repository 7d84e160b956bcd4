import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FICTIONAL_DIR, loadFictional, scoreFictional, type FictionalArticle, type FictionalCounts } from '../../eval/fictional.js';
import { parseEvalArgs } from '../../eval/args.js';

const empty = (): FictionalCounts => ({ gold: 0, predicted: 0, matched: 0, speakerRight: 0 });

describe('the fictional evaluation set', () => {
  it('scores a made-up article with the PolNeAR rules: spans by token overlap, speakers by the same person, scare quotes not to be found', () => {
    const article: FictionalArticle = {
      title: 'Council votes on the bridge',
      paragraphs: ['“We will fix it by May,” said Mayor Ana Ruiz.', 'Critics called the plan a “fantasy.” Ruiz’s rival, Tom Bell, said it was “too late.”'],
      quotes: [
        { text: 'We will fix it by May,', speaker: 'Ana Ruiz', kind: 'speech' },
        { text: 'fantasy.', speaker: null, kind: 'scare' },
        { text: 'too late.', speaker: 'Tom Bell', kind: 'partial' },
      ],
    };
    const counts = empty();
    scoreFictional(article, counts);
    expect(counts).toEqual({ gold: 2, predicted: 3, matched: 2, speakerRight: 2 });
  });

  it('loads every style folder of eval/fictional, 40 articles whose quotes are all in their text', () => {
    const articles = loadFictional(fileURLToPath(FICTIONAL_DIR));
    expect(articles).toHaveLength(40);
    expect([...new Set(articles.map((a) => a.style))]).toEqual(['aggregators', 'long-form', 'national-web', 'wire', 'world-business']);
    for (const { article } of articles) {
      const text = [article.title, ...article.paragraphs].join('\n');
      for (const q of article.quotes) expect(text.includes(q.text)).toBe(true);
    }
  });

  it('takes --fictional alone, and refuses an unknown flag', () => {
    expect(parseEvalArgs(['--fictional'])).toEqual({ fictional: true });
    expect(() => parseEvalArgs(['--fast'])).toThrow('unknown argument: --fast');
  });
});
