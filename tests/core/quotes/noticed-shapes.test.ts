import { describe, expect, it } from 'vitest';
import { mergeQuotes } from '../../../src/core/quotes/merge-quotes.js';
import { extractQuotes } from '../../../src/core/quotes/quotes.js';
import { SpeakerRegistry } from '../../../src/core/quotes/speaker-registry.js';
import { readArticle } from '../../../src/core/text/read-article.js';
import { speakersWithRoles as speakers } from './speakers-of.js';

/** The speaker and role a quote card shows for each merged quote of a made-up article. */
function cards(...paragraphs: string[]): Array<{ name: string; role?: string }> {
  const { article } = readArticle({ id: 'test', title: 'A headline for the test', paragraphs });
  return mergeQuotes(extractQuotes(article).quotes).map((q) => ({ name: q.speaker.name, ...(q.speaker.role ? { role: q.speaker.role } : {}) }));
}

// Issue 12: shapes noticed by probing made-up sentences, each read as a pattern of the language.
describe('a relation named by a first name only', () => {
  it('keeps the relation on a lone first name right after it, so a later "her husband said" is him', () => {
    expect(speakers('Ada Quist, 41, died on Monday. Her husband Tom was at her side.', '“She was the light of my life,” her husband said.')).toEqual([{ name: 'Tom' }]);
    expect(speakers('Ada Quist, 41, died on Monday. Her husband, Tom, was at her side.', '“She was the light of my life,” her husband said.')).toEqual([{ name: 'Tom' }]);
    expect(speakers('Tom Bellamy, 41, died on Monday. His wife Ada was at his side.', '“He was the light of my life,” his wife said.')).toEqual([{ name: 'Ada' }]);
  });

  it('still lets the relation speak as written when no name was given to it', () => {
    expect(speakers('Ada Quist, 41, died on Monday. Her husband was at her side.', '“She was the light of my life,” her husband said.')).toEqual([{ name: 'her husband' }]);
    // (A first name the article gave before in full is that person's, not the relation's: a son named after his father.)
    expect(speakers('Tom Bellamy, 71, died on Monday. His son Tom was at his side.', '“He was the best of men,” his son said.')).toEqual([{ name: 'his son' }]);
  });
});

describe('a statement from someone', () => {
  it('credits whom the statement is from, as "the family said" is the family', () => {
    expect(speakers('Tom Bellamy, 41, died on Monday.', 'A statement from the family read: “He was a loving son.”')).toEqual([{ name: 'the family' }]);
    expect(speakers('Kessel Bank cut 200 jobs.', 'A statement from Kessel Bank read: “We regret the losses.”')).toEqual([{ name: 'Kessel Bank' }]);
    expect(speakers('Kessel Bank cut 200 jobs.', '“We regret the losses,” a statement from the bank said.')).toEqual([{ name: 'Kessel Bank' }]);
  });

  it('credits whom a statement was released or issued by', () => {
    expect(speakers('Kessel Bank cut 200 jobs.', 'A statement released by Kessel Bank said: “We regret the losses.”')).toEqual([{ name: 'Kessel Bank' }]);
    expect(speakers('Kessel Bank cut 200 jobs.', 'A statement issued by the bank on Monday said: “We regret the losses.”')).toEqual([{ name: 'Kessel Bank' }]);
  });

  it('leaves a statement from nobody named as the statement', () => {
    expect(speakers('Kessel Bank cut 200 jobs.', 'A statement said: “We regret the losses.”')).toEqual([{ name: 'A statement' }]);
  });
});

describe('a quote that was someone’s reply', () => {
  it('credits the reply’s owner', () => {
    expect(speakers('Tom Bellamy was asked if he would quit.', '“Absolutely not,” was Tom Bellamy’s reply.')).toEqual([{ name: 'Tom Bellamy' }]);
    expect(speakers('Tom Bellamy was asked if he would quit.', '“Absolutely not,” was his reply.')).toEqual([{ name: 'Tom Bellamy' }]);
    expect(speakers('Ada Quist was asked if she would quit.', '“Not a chance,” was her answer.')).toEqual([{ name: 'Ada Quist' }]);
  });

  it('credits whom the response came from', () => {
    expect(speakers('Kessel Bank was asked if it would pay.', '“Absolutely not,” was the response from Kessel Bank.')).toEqual([{ name: 'Kessel Bank' }]);
    expect(speakers('Tom Bellamy was asked if he would quit.', '“Absolutely not,” was the reply from Tom Bellamy.')).toEqual([{ name: 'Tom Bellamy' }]);
  });
});

describe('a direct cue beside "according to"', () => {
  it('gives the quote to the subject of the verb it is attached to, not to whose account reports it', () => {
    expect(speakers('Tom Bellamy was asked about the night.', '“It was chaos,” Tom Bellamy said, according to Ada Quist’s account.')).toEqual([{ name: 'Tom Bellamy' }]);
    expect(speakers('Tom Bellamy was asked about the night.', 'Tom Bellamy said “it was chaos”, according to Ada Quist’s recollection.')).toEqual([{ name: 'Tom Bellamy' }]);
    expect(speakers('Ada Quist was there.', '“It was chaos,” Tom Bellamy told her, according to her account.')).toEqual([{ name: 'Tom Bellamy' }]);
  });

  it('still gives a quote with no other cue to whom "according to" names', () => {
    expect(speakers('The night was “chaos,” according to Ada Quist.')).toEqual([{ name: 'Ada Quist' }]);
  });
});

describe('the fullest role the article gives a person', () => {
  it('shows a fuller later role that holds the short first one', () => {
    expect(speakers('Tom Bellamy, the chief, spoke first.', 'Later Tom Bellamy, chief executive of Kessel Bank, said: “We will grow.”')).toEqual([{ name: 'Tom Bellamy', role: 'chief executive of Kessel Bank' }]);
  });

  it('puts the fuller role on the quote card too, the short one counting for it', () => {
    expect(cards('Tom Bellamy, the chief, spoke first.', 'Later Tom Bellamy, chief executive of Kessel Bank, said: “We will grow.”')).toEqual([{ name: 'Tom Bellamy', role: 'chief executive of Kessel Bank' }]);
  });

  it('keeps the first role when two fuller ones hold it, or the fuller one names someone else', () => {
    expect(speakers('Ada Quist, the director, spoke first. Ada Quist, the sales director, and Ada Quist, the finance director, are one person.', '“We will grow,” Ada Quist said.')).toEqual([{ name: 'Ada Quist', role: 'director' }]);
    // (A Title Case headline run read as a role holds another person's name.)
    const registry = new SpeakerRegistry();
    registry.add({ kind: 'name', text: 'Ada Quist', person: true, at: 0 }, 1);
    const tom = registry.add({ kind: 'name', text: 'Tom Bellamy', person: true, role: 'chief', at: 0 }, 2);
    registry.add({ kind: 'name', text: 'Tom Bellamy', person: true, role: 'Ada Quist Praises Kessel Bank chief', at: 0 }, 3);
    expect(registry.speakerOf(tom)).toEqual({ name: 'Tom Bellamy', role: 'chief' });
  });

  it('keeps the first role when a later one does not hold it', () => {
    expect(speakers('Tom Bellamy, the treasurer, spoke first.', 'Later Tom Bellamy, a keen sailor, said: “We will grow.”')).toEqual([{ name: 'Tom Bellamy', role: 'treasurer' }]);
  });
});
