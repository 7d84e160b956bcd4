import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/quotes/quotes.js';
import { readArticle } from '../../../src/core/text/read-article.js';

const speakers = (...paragraphs: string[]) => {
  const { article } = readArticle({ id: 'probed', title: 'Probed shapes', paragraphs });
  return extractQuotes(article).quotes.map((q) => ({ name: q.speaker.name, ...(q.speaker.role ? { role: q.speaker.role } : {}) }));
};

// Issue 12, "who said what on any newsroom's text": shapes found by probing made-up sentences in the
// ways British, wire and American newsrooms write them.
describe('a relative written before a name, as the tabloids do', () => {
  it('reads a capitalised family word before a known first name and a surname as the role', () => {
    expect(speakers('Grandmother Ada Quist, 72, added: ‘I just want answers.’')).toEqual([{ name: 'Ada Quist', role: 'Grandmother' }]);
    expect(speakers('Dad Tom Bellamy, 38, said: ‘We just want her home.’')).toEqual([{ name: 'Tom Bellamy', role: 'Dad' }]);
    expect(speakers('Mum Ada Quist, 29, said: ‘I was scared for my kids.’')).toEqual([{ name: 'Ada Quist', role: 'Mum' }]);
  });

  it('reads a kind of person or a relative in lower case after the cue as the role of the name', () => {
    expect(speakers('‘It was like a war zone,’ said neighbour Tom Bellamy.')).toEqual([{ name: 'Tom Bellamy', role: 'neighbour' }]);
    expect(speakers('‘It was like a war zone,’ said dad Tom Bellamy, 44.')).toEqual([{ name: 'Tom Bellamy', role: 'dad' }]);
    expect(speakers('‘It was like a war zone,’ said dad-of-two Tom Bellamy, 44.')).toEqual([{ name: 'Tom Bellamy', role: 'dad-of-two' }]);
  });
});
