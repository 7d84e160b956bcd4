import { BriefingLibrary } from '../../../src/stories/library.js';
import type { Briefing, Quote } from '../../../src/core/types.js';

/** A small hand-written briefing, so these tests never depend on what the core currently extracts. */
export function fixtureBriefing(): Briefing {
  return {
    id: 'zuckerberg-eu',
    title: 'Zuckerberg questioned by the European Parliament',
    sources: [
      { id: 'euronews', title: 'Zuckerberg apologises to MEPs', publisher: 'Euronews', url: 'https://www.euronews.com/zuck', published: '2018-05-22T18:00:00Z' },
      { id: 'cnbc', title: 'Facebook CEO faces EU lawmakers', publisher: 'CNBC', url: 'https://www.cnbc.com/a?b=1&c=2', published: '2018-05-22' },
      { id: 'notes', title: 'Session notes' },
    ],
    keyPoints: [
      { text: 'Mark Zuckerberg apologised to the European Parliament for the misuse of data.', sources: ['euronews', 'cnbc'] },
      { text: 'MEPs complained that the format let him avoid detailed answers.', sources: ['cnbc'] },
      { text: 'Facebook promised to comply with the GDPR.', sources: ['notes'] },
    ],
    figures: [
      {
        text: '87 million users',
        value: 87_000_000,
        unit: 'users',
        context: 'Data of up to 87 million users was shared.',
        sources: ['euronews'],
      },
    ],
    quotes: [
      {
        text: 'We didn’t take a broad enough view of our responsibility.',
        speaker: { name: 'Mark Zuckerberg', role: 'Facebook CEO' },
        sources: ['euronews', 'cnbc'],
        fragment: false,
      },
      {
        text: 'I asked you six yes-or-no questions and got not a single answer.',
        speaker: { name: 'Guy Verhofstadt' },
        sources: ['cnbc'],
        fragment: false,
      },
    ],
    speakers: [
      { name: 'Mark Zuckerberg', role: 'Facebook CEO', quotes: 1 },
      { name: 'Guy Verhofstadt', quotes: 1 },
    ],
  };
}

/** n distinct quotes, for the limits tests. */
export function manyQuotes(n: number): Quote[] {
  return Array.from({ length: n }, (_, i) => ({
    text: `Quote number ${i + 1}, said at length so that the cards have some weight to them.`,
    speaker: { name: 'Mark Zuckerberg', role: 'Facebook CEO' },
    sources: ['euronews'],
    fragment: false,
  }));
}

export function fixtureLibrary(briefing: Briefing = fixtureBriefing()): BriefingLibrary {
  return new BriefingLibrary([{ id: briefing.id, title: briefing.title, briefing, updated: '2018-05-23T00:00:00Z' }]);
}
