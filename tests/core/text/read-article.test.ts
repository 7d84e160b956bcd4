import { describe, expect, it } from 'vitest';
import { looksLikeHeadline, looksLikeStoppedHeadline, readArticle, titleFromBody } from '../../../src/core/text/read-article.js';

function read(lines: string[], title?: string) {
  return readArticle({ id: 'a', paragraphs: lines, ...(title ? { title } : {}) });
}

describe('readArticle', () => {
  it('takes the first headline-like line as the title, skipping a section label above it', () => {
    const { article, skipped } = read(['World', '', 'Storm closes ports along the northern coast', 'Ships stayed in harbour on Monday.']);
    expect(article.title).toBe('Storm closes ports along the northern coast');
    expect(article.paragraphs).toEqual(['Ships stayed in harbour on Monday.']);
    expect(skipped.map((s) => s.reason)).toEqual(['section label above the headline']);
  });

  it('drops a repeated headline, photo credit, byline, video prompt and related-links tail, keeping the byline', () => {
    const { article, skipped } = read([
      'Storm closes ports along the northern coast',
      'Storm closes ports along the northern coast',
      'Copyright  AP Photo/Jane Roe',
      'By Ana Lima  with AFP',
      'Watch live as the harbour master speaks to reporters.',
      'Ships stayed in harbour on Monday.',
      'You might also like',
      'Ten things to know about tides',
    ]);
    expect(article.byline).toBe('Ana Lima with AFP');
    expect(article.paragraphs).toEqual(['Ships stayed in harbour on Monday.']);
    expect(skipped.map((s) => s.reason)).toEqual([
      'repeated headline',
      'copyright or photo credit',
      'byline',
      'video prompt',
      'related-articles list after the article',
      'related-articles list after the article',
    ]);
  });

  it('drops "Key Points" headings and video timestamps but keeps the bullet points as text', () => {
    const { article } = read([
      'Storm closes ports along the northern coast',
      'Key Points',
      '  • Ports on the northern coast closed on Monday.',
      'VIDEO1:3201:32',
      'The storm is expected to pass by Wednesday.',
    ]);
    expect(article.paragraphs).toEqual(['Ports on the northern coast closed on Monday.', 'The storm is expected to pass by Wednesday.']);
  });

  it('keeps sub-headings out of the body and says why', () => {
    const { article, skipped } = read(['Storm closes ports along the northern coast', 'Ships stayed in harbour.', 'What comes next', 'Forecasters expect calm seas.']);
    expect(article.paragraphs).toEqual(['Ships stayed in harbour.', 'Forecasters expect calm seas.']);
    expect(skipped).toEqual([{ kind: 'paragraph', text: 'What comes next', source: 'a', reason: 'sub-heading' }]);
  });

  it('does not drop content that merely starts like furniture', () => {
    const { article } = read([
      'Storm closes ports along the northern coast',
      'Share prices of shipping firms fell 3 percent after the ports closed, and analysts expect further falls this week.',
      'Watchdogs said they would review the closures.',
    ]);
    expect(article.paragraphs).toHaveLength(2);
  });

  it('uses the given title and does not repeat it in the body', () => {
    const { article } = read(['Storm closes ports', 'Ships stayed in harbour.'], 'Storm closes ports');
    expect(article.title).toBe('Storm closes ports');
    expect(article.paragraphs).toEqual(['Ships stayed in harbour.']);
  });

  it('drops bylines followed by an outlet or a date, in any case of "by", but keeps a sentence that starts "By the way"', () => {
    const { article, skipped } = read([
      'by Travis Kettle | Sept. 28, 2016',
      'By Marcus Ohiri, USA TODAY',
      'The professor apologised on Tuesday.',
      'By the way, the podcast has since been taken down.',
    ], 'Professor apologises');
    expect(article.paragraphs).toEqual(['The professor apologised on Tuesday.', 'By the way, the podcast has since been taken down.']);
    expect(article.byline).toBe('Travis Kettle');
    expect(skipped.map((x) => x.reason)).toEqual(['byline', 'byline']);
  });
});

describe('the headline rule: a first line is a headline only when it looks like one', () => {
  const pier =
    'The harbour council voted on Tuesday to spend 4 million euros repairing the northern pier, which was damaged in a storm last winter. "We cannot wait another season," said Ana Lima, the harbour master.';

  it('reads a one-paragraph article as body, titled by its first sentence cut at a word', () => {
    const { article, skipped } = read([pier]);
    expect(article.title).toBe('The harbour council voted on Tuesday to spend 4 million euros repairing the northern pier…');
    expect(article.paragraphs).toEqual([pier]);
    expect(skipped).toEqual([]);
  });

  it('reads a short stopped first line with the body after it as the headline, without its full stop', () => {
    const { article, skipped } = read(['Council approves the harbour budget.', 'The council approved the budget on Tuesday after a long debate about the pier.']);
    expect(article.title).toBe('Council approves the harbour budget');
    expect(article.paragraphs).toEqual(['The council approved the budget on Tuesday after a long debate about the pier.']);
    expect(skipped).toEqual([]);
  });

  it('keeps a stopped first line in the body when it is the only paragraph, too long for a headline, or two sentences', () => {
    expect(read(['The council approved the budget on Tuesday.']).article.paragraphs).toEqual(['The council approved the budget on Tuesday.']);
    const lede = 'The harbour council approved the budget for the northern pier on Tuesday after a debate that ran late.';
    const long = read([lede, 'Work begins in May.']);
    expect(long.article.title).toBe('The harbour council approved the budget for the northern pier on Tuesday after a debate…');
    expect(long.article.paragraphs).toEqual([lede, 'Work begins in May.']);
    const two = read(['Ports closed. Ships waited.', 'Work begins in May.']);
    expect(two.article.paragraphs).toEqual(['Ports closed. Ships waited.', 'Work begins in May.']);
  });

  it('tells a stopped headline from an abbreviation, an ellipsis and body text', () => {
    expect(looksLikeStoppedHeadline('Barbs and pleas before N.H. vote.')).toBe(true);
    expect(looksLikeStoppedHeadline('Storm closes ports along the northern coast')).toBe(false);
    expect(looksLikeStoppedHeadline('And then the storm came...')).toBe(false);
    expect(looksLikeStoppedHeadline('Ports closed on Monday. Ships waited at anchor.')).toBe(false);
    expect(looksLikeStoppedHeadline(`Ships ${'and boats '.repeat(7)}waited.`)).toBe(false);
  });

  it('leaves a wire dateline out of the title made from the body', () => {
    expect(titleFromBody('(CNN) -- The harbour council voted on Tuesday. Work begins in May.')).toBe('The harbour council voted on Tuesday');
    expect(titleFromBody('LONDON, England (Reuters) — Ports reopened on Monday. Ships left at dawn.')).toBe('Ports reopened on Monday');
  });

  it('takes a body line after a section label and a byline as body too', () => {
    const { article } = read(['World', 'By Ana Lima', 'Ships stayed in harbour on Monday as the storm closed every port. The coastguard said so.']);
    expect(article.title).toBe('Ships stayed in harbour on Monday as the storm closed every port');
    expect(article.paragraphs).toEqual(['Ships stayed in harbour on Monday as the storm closed every port. The coastguard said so.']);
    expect(article.byline).toBe('Ana Lima');
  });

  it('does not take a sub-heading further down for the headline of an article that starts with its body', () => {
    const lede = 'Ships stayed in harbour on Monday as the storm closed every port along the northern coast.';
    const { article } = read([lede, 'What comes next', 'Forecasters expect calm seas.']);
    expect(article.title).toBe('Ships stayed in harbour on Monday as the storm closed every port along the northern coast');
    expect(article.paragraphs).toEqual([lede, 'Forecasters expect calm seas.']);
  });

  it('accepts short lines without a full stop, questions and abbreviations as headlines', () => {
    expect(looksLikeHeadline('Storm closes ports along the northern coast')).toBe(true);
    expect(looksLikeHeadline('Will the harbour reopen before the summer?')).toBe(true);
    expect(looksLikeHeadline('U.S. Senate passes harbour bill')).toBe(true);
    expect(looksLikeHeadline('Facebook’s Zuckerberg will testify to Europeans that ‘we haven’t done enough’')).toBe(true);
  });

  it('refuses a line that ends with a full stop, holds two sentences, or is too long', () => {
    expect(looksLikeHeadline('The council approved the budget on Tuesday.')).toBe(false);
    expect(looksLikeHeadline('Ports closed on Monday. Ships waited at anchor')).toBe(false);
    expect(looksLikeHeadline(`Ships ${'and boats '.repeat(12)}waited`)).toBe(false);
    expect(looksLikeHeadline('Two words')).toBe(false);
  });
});
