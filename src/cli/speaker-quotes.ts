import { analyseStory } from '../core/briefing.js';
import type { Briefing, Quote } from '../core/types.js';
import { InputError } from '../sources/input-error.js';
import { matchesName } from '../stories/name-match.js';
import { readCliInput } from './read-input.js';
import { reportSkipped } from './report-skipped.js';

/**
 * What `quotes` and `card` both start from: the story read and briefed (what was left out said on stderr), and
 * its quotes, or one speaker's. A speaker nobody quoted is an InputError naming who was quoted.
 */
export async function briefedQuotes(positionals: string[], speaker: string | undefined): Promise<{ briefing: Briefing; quotes: Quote[] }> {
  const story = await readCliInput(positionals);
  const { briefing, skipped } = analyseStory(story.articles, { ...(story.id ? { id: story.id } : {}), ...(story.title ? { title: story.title } : {}) });
  reportSkipped(story, skipped, briefing, (text) => process.stderr.write(text));
  const quotes = speaker ? briefing.quotes.filter((q) => matchesName(q.speaker.name, speaker)) : briefing.quotes;
  if (speaker && quotes.length === 0) {
    const names = briefing.speakers.map((s) => s.name).join(', ') || 'nobody';
    throw new InputError(`no quotes from "${speaker}" (quoted: ${names})`);
  }
  return { briefing, quotes };
}
