import { describe, expect, it } from 'vitest';
import { MAX_PARAGRAPH_SENTENCES, recoverParagraphs } from '../../../src/core/text/recover-paragraphs.js';
import { readArticle } from '../../../src/core/text/read-article.js';
import { extractQuotes } from '../../../src/core/quotes/quotes.js';

/** Narration with no quote and no speech verb: `n` sentences about the weather at a made-up harbour. */
const narration = (n: number) => Array.from({ length: n }, (_, i) => `The tide at Wrenmouth rose ${i + 1} feet overnight.`);

describe('recoverParagraphs', () => {
  it('leaves a paragraph of news length whole, however many quotes it holds', () => {
    const paragraph = [...narration(8), '‘It was high,’ Oona Vale said.', '‘Higher than last year.’'].join(' ');
    expect(MAX_PARAGRAPH_SENTENCES).toBe(10);
    expect(recoverParagraphs(paragraph)).toEqual([paragraph]);
  });

  it('cuts a line far longer than a paragraph where news paragraphs begin', () => {
    const line = [
      ...narration(4),
      'Oona Vale, who runs the ferry, said: ‘We tied every boat down. We were ready.',
      '‘But nobody expected this much water.’',
      'The ferry will not sail on Tuesday.',
      ...narration(2),
      '‘We will try again on Wednesday,’ she said.',
    ].join(' ');
    expect(recoverParagraphs(line)).toEqual([
      narration(3).join(' '),
      `${narration(4)[3]} Oona Vale, who runs the ferry, said: ‘We tied every boat down. We were ready.`,
      '‘But nobody expected this much water.’',
      ['The ferry will not sail on Tuesday.', ...narration(2)].join(' '),
      '‘We will try again on Wednesday,’ she said.',
    ]);
  });

  it('breaks after a quote’s own full stop when the sentence after it is more than its attribution', () => {
    const line = [...narration(9), '‘The water came fast.’ Oona Vale said the harbour wall had held.', '‘It was close.’ Piet Sorrel said.'].join(' ');
    expect(recoverParagraphs(line).slice(-3)).toEqual(['‘The water came fast.’', 'Oona Vale said the harbour wall had held.', '‘It was close.’ Piet Sorrel said.']);
  });

  it('keeps a photo caption glued into a run-on quotation out of it, as a paragraph of its own', () => {
    const line = [...narration(8), 'Piet Sorrel said: ‘The wall held. We were lucky!', 'Piet Sorrel on the harbour wall at Wrenmouth on Monday ‘Next year we build it higher.’'].join(' ');
    expect(recoverParagraphs(line).slice(-3)).toEqual([
      `${narration(8).slice(-2).join(' ')} Piet Sorrel said: ‘The wall held. We were lucky!`,
      'Piet Sorrel on the harbour wall at Wrenmouth on Monday',
      '‘Next year we build it higher.’',
    ]);
  });

  it('gives readArticle pseudo-paragraphs, and the quotes a speaker from their own part of the text', () => {
    const line = [
      'Dr Ivo Marsh said the harbour had never flooded before.',
      ...narration(8),
      'Ada Brook, who keeps the lighthouse, watched the water rise.',
      '‘It came so fast,’ she said.',
      '‘Nobody could move.’ Dr Ivo Marsh said the keepers had acted within seconds.',
    ].join(' ');
    const { article } = readArticle({ id: 'a', title: 'Harbour floods', paragraphs: [line] });
    expect(article.paragraphs.slice(-4)).toEqual([
      'Ada Brook, who keeps the lighthouse, watched the water rise.',
      '‘It came so fast,’ she said.',
      '‘Nobody could move.’',
      'Dr Ivo Marsh said the keepers had acted within seconds.',
    ]);
    const quotes = extractQuotes(article).quotes;
    expect(quotes.map((q) => [q.text, q.speaker.name, q.paragraphIndex, article.paragraphs[q.paragraphIndex]!.slice(q.start, q.start + 1)])).toEqual([
      ['It came so fast', 'Ada Brook', 4, '‘'],
      ['Nobody could move.', 'Ada Brook', 5, '‘'],
    ]);
  });
});
