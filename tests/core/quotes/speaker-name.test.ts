import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/quotes/quotes.js';
import { readArticle } from '../../../src/core/text/read-article.js';

const firstSpeaker = (paragraph: string) => {
  const { article } = readArticle({ id: 'names', title: 'Names', paragraphs: [paragraph] });
  const speaker = extractQuotes(article).quotes[0]?.speaker;
  return speaker ? [speaker.name, speaker.role ?? ''] : undefined;
};

describe('names as people write them', () => {
  it('takes a party word before a name as the role, whatever the first name', () => {
    expect(firstSpeaker('Democrat Zorah Pell said the plan was “a disaster for the town.”')).toEqual(['Zorah Pell', 'Democrat']);
    expect(firstSpeaker('“We will win,” said Libertarian Quill Yarrow.')).toEqual(['Quill Yarrow', 'Libertarian']);
  });

  it('reads "Democrat of Ohio" between commas as the senator’s role, not the speaker', () => {
    expect(firstSpeaker('Senator Jane Roe, Democrat of Ohio, said the plan was “a disaster for the town.”')?.[0]).toBe('Jane Roe');
  });

  it('keeps a party’s own bodies whole', () => {
    expect(firstSpeaker('The Republican National Committee said the ad was “false.”')?.[0]).toBe('Republican National Committee');
  });

  it('keeps generational suffixes in the name', () => {
    expect(firstSpeaker('“We will win,” said John Smith Jr.')?.[0]).toBe('John Smith Jr.');
    expect(firstSpeaker('John Smith III said the plan was “a disaster for the town.”')?.[0]).toBe('John Smith III');
  });
});
