/** Hand-written briefings for the Discord tests: small, fixed, independent of what the core produces. */
import { BriefingLibrary } from '../../../src/stories/library.js';
import type { Briefing, Quote } from '../../../src/core/types.js';

export const facebookBriefing: Briefing = {
  id: 'facebook-data',
  title: 'Facebook faces questions over data sharing',
  sources: [
    { id: 'guardian', title: 'Zuckerberg apologises', publisher: 'The Guardian', url: 'https://example.org/guardian/zuckerberg' },
    { id: 'bbc', title: 'MPs question Facebook', publisher: 'BBC News', url: 'https://example.org/bbc/facebook' },
    { id: 'notes', title: 'Reporter notes' },
  ],
  keyPoints: [
    { text: 'Facebook said data of 87 million users was shared.', sources: ['guardian', 'bbc'] },
    { text: 'MPs asked the chief executive to appear in person.', sources: ['bbc'] },
  ],
  figures: [
    { text: '87 million users', value: 87_000_000, unit: 'users', context: 'Data of 87 million users was shared with the firm.', sources: ['guardian', 'bbc'] },
  ],
  quotes: [
    { text: 'We made mistakes', speaker: { name: 'Mark Zuckerberg', role: 'Facebook CEO' }, sources: ['guardian', 'bbc'], fragment: false },
    { text: 'It was a breach of trust', speaker: { name: 'Mark Zuckerberg', role: 'Facebook CEO' }, sources: ['guardian'], fragment: false },
    { text: 'Facebook must answer', speaker: { name: 'Damian Collins' }, sources: ['bbc'], fragment: false },
  ],
  speakers: [
    { name: 'Mark Zuckerberg', role: 'Facebook CEO', quotes: 2 },
    { name: 'Damian Collins', quotes: 1 },
  ],
};

/** Article text that tries to ping everyone and a user. */
export const mentionsBriefing: Briefing = {
  id: 'mentions',
  title: 'Ping @everyone',
  sources: [{ id: 'forum', title: 'Forum post <@123>', url: 'https://example.org/forum' }],
  keyPoints: [{ text: 'A post told @everyone and <@123> and @here to look.', sources: ['forum'] }],
  figures: [],
  quotes: [{ text: '@everyone read this, <@123>', speaker: { name: 'Poster' }, sources: ['forum'], fragment: false }],
  speakers: [{ name: 'Poster', quotes: 1 }],
};

/** A briefing with `count` quotes, each from its own speaker, for the limits. */
export function manyQuotesBriefing(count: number): Briefing {
  const quotes: Quote[] = Array.from({ length: count }, (_, i) => ({
    text: `Quote number ${i + 1}: ${'words that go on '.repeat(20).trim()}`,
    speaker: { name: `Speaker ${i + 1}`, role: 'Spokesperson' },
    sources: ['wire'],
    fragment: false,
  }));
  return {
    id: 'many-quotes',
    title: 'A story with many quotes',
    sources: [{ id: 'wire', title: 'Wire report', publisher: 'Wire', url: 'https://example.org/wire' }],
    keyPoints: [{ text: 'Many people spoke.', sources: ['wire'] }],
    figures: [],
    quotes,
    speakers: quotes.map((q) => ({ name: q.speaker.name, ...(q.speaker.role ? { role: q.speaker.role } : {}), quotes: 1 })),
  };
}

export function fixtureLibrary(extra: Briefing[] = []): BriefingLibrary {
  const all = [facebookBriefing, mentionsBriefing, ...extra];
  // Facebook is the newest, so it is the default story.
  return new BriefingLibrary(
    all.map((briefing, i) => ({
      id: briefing.id,
      title: briefing.title,
      briefing,
      updated: briefing.id === 'facebook-data' ? '2026-11-20T10:00:00Z' : `2026-11-0${(i % 9) + 1}T10:00:00Z`,
    })),
  );
}
