import type { BriefingLibrary, StoryEntry } from '../../commands/library.js';
import { matchScore } from '../../commands/match.js';
import type { CommandDef } from '../../commands/types.js';
import { truncateText } from '../../render/discord-text.js';
import type { InteractionOption } from './interaction-options.js';

export interface AutocompleteChoice {
  name: string;
  value: string;
}

/** Discord shows at most 25 choices and waits 3 seconds: answered from memory, best matches first. */
export const MAX_CHOICES = 25;

export function autocompleteChoices(
  def: CommandDef,
  options: readonly InteractionOption[],
  library: BriefingLibrary,
): AutocompleteChoice[] {
  const focused = options.find((o) => o.focused);
  if (!focused) return [];
  const query = typeof focused.value === 'string' ? focused.value : '';
  if (focused.name === 'story') return storyChoices(library, query);
  if (focused.name === 'speaker' && !def.speaker) {
    const story = options.find((o) => o.name === 'story' && typeof o.value === 'string' && o.value.trim());
    const entry = story ? library.find(String(story.value)) : library.defaultStory();
    return entry ? speakerChoices(entry, query) : [];
  }
  return [];
}

function storyChoices(library: BriefingLibrary, query: string): AutocompleteChoice[] {
  // list() is newest first, and the sort is stable: equal scores keep that order.
  return library
    .list()
    .map((entry) => ({ entry, score: Math.max(matchScore(entry.id, query), matchScore(entry.title, query)) }))
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_CHOICES)
    .map(({ entry }) => ({ name: choiceName(`${entry.title} (${entry.id})`), value: entry.id.slice(0, 100) }));
}

function speakerChoices(entry: StoryEntry, query: string): AutocompleteChoice[] {
  return entry.briefing.speakers
    .map((speaker) => ({ speaker, score: matchScore(speaker.name, query) }))
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score || b.speaker.quotes - a.speaker.quotes)
    .slice(0, MAX_CHOICES)
    .map(({ speaker }) => {
      const role = speaker.role ? `, ${speaker.role}` : '';
      const count = `${speaker.quotes} quote${speaker.quotes === 1 ? '' : 's'}`;
      return { name: choiceName(`${speaker.name}${role} (${count})`), value: speaker.name.slice(0, 100) };
    });
}

function choiceName(text: string): string {
  return truncateText(text, 100);
}
