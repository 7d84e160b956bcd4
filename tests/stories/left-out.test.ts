import { describe, expect, it } from 'vitest';
import type { Article, Skipped } from '../../src/core/types.js';
import { leftOutArticles } from '../../src/stories/left-out.js';

const article = (id: string, extra: Partial<Article> = {}): Article => ({ id, paragraphs: [], ...extra });

describe('leftOutArticles', () => {
  it('names each dropped article by its link, else its title, else its id, and ignores smaller skips', () => {
    const articles = [article('a', { url: 'https://harbour.example/a', title: 'Ferry strike' }), article('b', { title: 'Bridge shut' }), article('c')];
    const skipped: Skipped[] = [
      { kind: 'article', text: '', source: 'a', reason: 'no body text after removing boilerplate' },
      { kind: 'quote', text: '“Yes.”', source: 'a', reason: 'no speaker' },
      { kind: 'article', text: '', source: 'b', reason: 'the text is empty' },
      { kind: 'article', text: '', source: 'c', reason: 'not English' },
      { kind: 'article', text: '', source: 'gone', reason: 'unreadable' },
    ];
    expect(leftOutArticles(skipped, articles)).toEqual([
      { source: 'https://harbour.example/a', reason: 'no body text after removing boilerplate' },
      { source: 'Bridge shut', reason: 'the text is empty' },
      { source: 'c', reason: 'not English' },
      { source: 'gone', reason: 'unreadable' },
    ]);
  });
});
