import type { Quote, SpeakerSummary } from '../types.js';

/** Everyone quoted, most quoted first, with role and quote count. */
export function summariseSpeakers(quotes: Quote[]): SpeakerSummary[] {
  const byName = new Map<string, SpeakerSummary>();
  for (const quote of quotes) {
    const entry = byName.get(quote.speaker.name) ?? { name: quote.speaker.name, quotes: 0 };
    entry.quotes += 1;
    if (!entry.role && quote.speaker.role) entry.role = quote.speaker.role;
    byName.set(quote.speaker.name, entry);
  }
  return [...byName.values()].sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name));
}
