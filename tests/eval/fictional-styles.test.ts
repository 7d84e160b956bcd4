import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateFictional, FICTIONAL_STYLES_DIR, loadFictional } from '../../eval/fictional.js';

describe('the house-style evaluation set', () => {
  it('loads eval/fictional-styles: 6 British and 6 archived-NYT articles whose quotes are all in their text', () => {
    const articles = loadFictional(fileURLToPath(FICTIONAL_STYLES_DIR));
    expect(articles.map((a) => a.style)).toEqual([...Array<string>(6).fill('british'), ...Array<string>(6).fill('nyt-archive')]);
    expect(articles.reduce((n, a) => n + a.article.quotes.length, 0)).toBe(181);
    for (const { article } of articles) {
      const text = [article.title, ...article.paragraphs].join('\n');
      for (const q of article.quotes) expect(text.includes(q.text)).toBe(true);
    }
  });

  it('is scored on its own lines by the --fictional run', () => {
    const lines = evaluateFictional(fileURLToPath(FICTIONAL_STYLES_DIR), 'House-style set', 'eval/fictional-styles');
    expect(lines[0]).toBe("House-style set (12 articles in eval/fictional-styles, newsbrief's own; same rules as PolNeAR)");
    expect(lines.slice(1).map((l) => l.trim().split(/\s+/u)[0])).toEqual(['british', 'nyt-archive', 'all']);
  });
});
