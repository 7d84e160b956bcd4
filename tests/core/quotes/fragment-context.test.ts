import { describe, expect, it } from 'vitest';
import { mergeQuotes } from '../../../src/core/quotes/merge-quotes.js';
import { extractQuotes, type ArticleQuote } from '../../../src/core/quotes/quotes.js';

const pick = (quotes: ArticleQuote[]) => quotes.map((q) => [q.text, q.fragment, q.context ?? null]);

describe('a fragment quote carries the sentence it was quoted in', () => {
  it('the whole sentence, verbatim, for a fragment; none for a full quote', () => {
    const { quotes } = extractQuotes({
      id: 'harbour',
      title: 'Harbour plan approved',
      paragraphs: [
        'The council met on Tuesday. Mayor Linh Tran stressed that "no resident will be left behind". The vote was close.',
        '“We listened to every objection,” said Ruth Albers, the chair of the harbour board.',
      ],
    });
    expect(pick(quotes)).toEqual([
      ['no resident will be left behind', true, 'Mayor Linh Tran stressed that "no resident will be left behind".'],
      ['We listened to every objection', false, null],
    ]);
  });

  it('a fragment inside a quoted passage keeps its straight single marks as the article prints them', () => {
    const { quotes } = extractQuotes({
      id: 'blog',
      title: 'Blog',
      paragraphs: [
        'The Sentinel sent a reporter, Ana Kipp, to the harbour. Her dispatch is worth quoting:',
        "“The dockers were angry. Their leader, Tom Reyes, told me the plan was a 'betrayal' of the port. 'We will strike,' Reyes said.",
        'Nobody in the office disagreed.”',
      ],
    });
    expect(pick(quotes)).toEqual([
      ["The dockers were angry. Their leader, Tom Reyes, told me the plan was a 'betrayal' of the port. 'We will strike,' Reyes said.", false, null],
      ['betrayal', true, "Their leader, Tom Reyes, told me the plan was a 'betrayal' of the port."],
      ['We will strike', false, null],
    ]);
  });

  it('merged across sources, the quote keeps the context of the first source quoting those words', () => {
    const fragment = (source: string, context: string): ArticleQuote => ({ text: 'missed opportunity', speaker: { name: 'Damian Collins' }, fragment: true, context, source, paragraphIndex: 0, start: 0 });
    const merged = mergeQuotes([
      fragment('first', 'Collins called the session a "missed opportunity".'),
      fragment('second', 'It was a "missed opportunity", Collins said later.'),
    ]);
    expect(merged).toEqual([
      { text: 'missed opportunity', speaker: { name: 'Damian Collins' }, sources: ['first', 'second'], fragment: true, context: 'Collins called the session a "missed opportunity".' },
    ]);
    // The contract's key order: context right after fragment.
    expect(Object.keys(merged[0]!)).toEqual(['text', 'speaker', 'sources', 'fragment', 'context']);
  });
});
