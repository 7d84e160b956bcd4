import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/quotes/quotes.js';
import { speakers } from './speakers-of.js';

const skippedOf = (paragraphs: string[]): string[] => extractQuotes({ id: 'test', title: 'A headline for the test', paragraphs }).skipped.map((s) => s.text);

describe('a quote with no cue is not lent a description cued in another sentence that names nobody', () => {
  it('"A poll by Orrel Media found …" in the next sentence is no speaker for a quoted sentence before it', () => {
    const paragraphs = ['Viewers have stayed loyal. “We watch it every Sunday night with the children.” A poll by Orrel Media found most households stream at least two shows.'];
    expect(speakers(paragraphs)).toEqual([]);
    expect(skippedOf(paragraphs)).toEqual(['We watch it every Sunday night with the children.']);
  });

  it('nor "the ferry line said" of the paragraph before, for a quote opening its own paragraph', () => {
    const paragraphs = [
      'The plane came down in a field at dawn.',
      'The co-pilot had logged 2,000 hours, the ferry line said on Thursday.',
      '“He wanted to fly since he was five years old.”',
    ];
    expect(speakers(paragraphs)).toEqual([]);
  });

  it('a named speaker cued in another sentence still lends the quote his name', () => {
    expect(speakers(['Tomas Weir said the vote was close. “We will win on Thursday.”'])).toEqual([['We will win on Thursday.', 'Tomas Weir']]);
  });

  it('a description that stands for a person the article named still lends the quote that person', () => {
    expect(speakers(['Sen. Ada Whitlow toured the harbour on Monday.', 'The senator said the money was there. “We will build it this year.”'])).toEqual([
      ['We will build it this year.', 'Ada Whitlow'],
    ]);
  });
});

describe('a second quote going on from the paragraph’s first keeps its described speaker', () => {
  it('"“…,” his sister added. “We live here.”"', () => {
    expect(speakers(['“He gets to go home to wherever he lives,” his sister added. “We live here.”'])).toEqual([
      ['He gets to go home to wherever he lives', 'his sister'],
      ['We live here.', 'his sister'],
    ]);
  });

  it('and so with the rules choosing alone', () => {
    const quotes = extractQuotes({ id: 'test', title: 'A headline for the test', paragraphs: ['“There was one meeting,” the official says. “Nobody took notes.”'] }, undefined, { chooser: 'rules' }).quotes;
    expect(quotes.map((q) => [q.text, q.speaker.name])).toEqual([
      ['There was one meeting', 'the official'],
      ['Nobody took notes.', 'the official'],
    ]);
  });
});

describe('a phrase in marks inside a sentence with no cue is not lent the speaker of another sentence', () => {
  it('"The county’s “rainy day” fund …" after "Ada Whitlow said …": the writer’s phrase, not hers', () => {
    const paragraphs = ['Ada Whitlow said on Monday that the budget was sound. The county’s “rainy day” fund was cut by a third last year.'];
    expect(speakers(paragraphs)).toEqual([]);
    expect(skippedOf(paragraphs)).toEqual(['rainy day']);
  });

  it('a whole sentence in marks is still lent her name', () => {
    expect(speakers(['Ada Whitlow said on Monday that the budget was sound. “Nobody will lose a job.”'])).toEqual([['Nobody will lose a job.', 'Ada Whitlow']]);
  });
});
