import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyseStory } from '../../../src/core/briefing.js';
import { findQuoteSpans } from '../../../src/core/text/quote-spans.js';
import type { Article } from '../../../src/core/types.js';

const story = fileURLToPath(new URL('../../../briefings/zuckerberg-eu-parliament/', import.meta.url));
const read = (id: string): Article => ({ id, paragraphs: readFileSync(`${story}${id}.txt`, 'utf8').split('\n') });
const articles = [read('euronews'), read('cnbc')];

const ZUCKERBERG = { name: 'Mark Zuckerberg', role: 'Facebook CEO' };
const COLLINS = { name: 'Damian Collins', role: "chair of the UK Parliament's Digital Culture Media and Sport Committee" };

describe('quotes of the bundled story (Euronews and CNBC on Zuckerberg at the European Parliament)', () => {
  const { briefing, skipped } = analyseStory(articles);

  it('finds every quote with its speaker, merged across the two outlets', () => {
    expect(briefing.quotes).toEqual([
      {
        text: "It's also become clear over the last couple of years that we haven't done enough to prevent the tools we've built from being used for harm",
        speaker: ZUCKERBERG,
        sources: ['euronews', 'cnbc'],
        fragment: false,
        variants: [
          "become clear over the last couple of years that we haven't done enough to prevent the tools we've built from being used for harm as well.",
          'we haven’t done enough',
          'harm.',
        ],
      },
      {
        // The unattributed continuation paragraph is Zuckerberg's; CNBC splits it around "he said, adding".
        text: 'Whether it\'s fake news, foreign interference in elections or developers misusing people’s information, we didn’t take a broad enough view of our responsibilities. That was a mistake, and I’m sorry.',
        speaker: ZUCKERBERG,
        sources: ['euronews', 'cnbc'],
        fragment: false,
        variants: [
          "Whether it's fake news, foreign interference in elections or developers misusing people's information, we didn't take a broad enough view of our responsibilities",
          "That was a mistake and I'm sorry.",
        ],
      },
      {
        text: 'I don’t think the question is whether or not there should be regulation. I think the question is what is the right regulation … The important thing is to get this right',
        speaker: ZUCKERBERG,
        sources: ['euronews'],
        fragment: false,
      },
      { text: 'keeping people safe will always be more important than maximising profits', speaker: ZUCKERBERG, sources: ['euronews'], fragment: true, context: 'Zuckerberg stressed that "keeping people safe will always be more important than maximising profits".' },
      // "According to him, Facebook's AI tools can flag …": "him" is the CEO.
      { text: '99 percent', speaker: ZUCKERBERG, sources: ['euronews'], fragment: true, context: 'According to him, Facebook\'s AI tools can flag "99 percent" of terror-related content that is removed before anyone else finds it.' },
      // "A UK politician said …" is the UK politician the article then names.
      { text: 'missed opportunity', speaker: COLLINS, sources: ['euronews'], fragment: true, context: 'A UK politician said that the session had been a "missed opportunity".' },
      {
        // Names Mr Zuckerberg inside its marks, but is Damian Collins's.
        text: 'Unfortunately the format of questioning allowed Mr Zuckerberg to cherry-pick his responses and not respond to each individual point',
        speaker: COLLINS,
        sources: ['euronews'],
        fragment: false,
      },
      // An organisation as speaker: "Facebook previously said that … "improperly shared"".
      { text: 'improperly shared', speaker: { name: 'Facebook' }, sources: ['cnbc'], fragment: true, context: 'Facebook previously said that 87 million users had their data "improperly shared" in connection with Cambridge Analytica — a firm publicly associated with President Donald Trump\'s 2016 election campaign.' },
      { text: 'It will take time to work through all of the changes we must make', speaker: ZUCKERBERG, sources: ['cnbc'], fragment: false },
      {
        text: "But I'm committed to getting it right and to making the significant investments needed to keep people safe.",
        speaker: ZUCKERBERG,
        sources: ['cnbc'],
        fragment: false,
      },
    ]);
  });

  it('accounts for every quotation-mark span of both articles: attributed, merged as a variant, or dropped with a reason', () => {
    const dropped = skipped.filter((s) => s.kind === 'quote');
    // Nothing is dropped: every span in these two articles has a speaker.
    expect(dropped).toEqual([]);
    const wordings = new Set(briefing.quotes.flatMap((q) => [q.text, ...(q.variants ?? [])]));
    for (const article of articles) {
      for (const span of findQuoteSpans(article.paragraphs)) {
        const text = span.text.replace(/[\s,;:]+$/u, '');
        // Spans in boilerplate the reader drops (the "Key Points" list repeats body text) need not appear.
        const inBody = wordings.has(text) || dropped.some((d) => d.text === span.text);
        const boilerplate = /^\s*•/u.test(article.paragraphs[span.paragraphIndex]!);
        expect(inBody || boilerplate, `${article.id}: ${span.text}`).toBe(true);
      }
    }
  });

  it('lists Zuckerberg once, with every quote he has, and his role', () => {
    expect(briefing.speakers).toEqual([
      { name: 'Mark Zuckerberg', role: 'Facebook CEO', quotes: 7 },
      { name: 'Damian Collins', role: "chair of the UK Parliament's Digital Culture Media and Sport Committee", quotes: 2 },
      { name: 'Facebook', quotes: 1 },
    ]);
  });

  it('gives Zuckerberg the role the articles use most ("Facebook CEO" over CNBC\'s "Facebook Chief"), whichever is read first', () => {
    for (const order of [articles, [...articles].reverse()]) {
      const { briefing: b } = analyseStory(order);
      expect(b.speakers[0]).toEqual({ name: 'Mark Zuckerberg', role: 'Facebook CEO', quotes: 7 });
      expect(new Set(b.quotes.filter((q) => q.speaker.name === 'Mark Zuckerberg').map((q) => q.speaker.role))).toEqual(new Set(['Facebook CEO']));
    }
  });
});
