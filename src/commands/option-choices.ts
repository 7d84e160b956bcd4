import type { BriefingLibrary, StoryEntry } from '../stories/library.js';
import { matchScore } from '../stories/name-match.js';
import type { CommandDef } from './types.js';

/** One suggestion for an option being typed: what the user sees, and what the command receives. */
export interface OptionChoice {
  label: string;
  value: string;
}

/** The option the user is typing, and the story already chosen in the same command (if any). */
export interface TypedOption {
  name: string;
  value: string;
  story?: string;
}

/**
 * Suggestions for a story or speaker option, best matches first, answered from memory. Which stories and
 * speakers match is the command's business; how many fit and how long a label may be is the platform's.
 */
export function optionChoices(def: CommandDef, typed: TypedOption, library: BriefingLibrary, max: number): OptionChoice[] {
  if (typed.name === 'story') return storyChoices(library, typed.value, max);
  if (typed.name === 'speaker' && !def.speaker) {
    const entry = typed.story?.trim() ? library.find(typed.story) : library.defaultStory();
    return entry ? speakerChoices(entry, typed.value, max) : [];
  }
  return [];
}

function storyChoices(library: BriefingLibrary, query: string, max: number): OptionChoice[] {
  // list() is newest first, and the sort is stable: equal scores keep that order.
  return library
    .list()
    .map((entry) => ({ entry, score: Math.max(matchScore(entry.id, query), matchScore(entry.title, query)) }))
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, max)
    .map(({ entry }) => ({ label: `${entry.title} (${entry.id})`, value: entry.id }));
}

function speakerChoices(entry: StoryEntry, query: string, max: number): OptionChoice[] {
  return entry.briefing.speakers
    .map((speaker) => ({ speaker, score: matchScore(speaker.name, query) }))
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score || b.speaker.quotes - a.speaker.quotes)
    .slice(0, max)
    .map(({ speaker }) => {
      const role = speaker.role ? `, ${speaker.role}` : '';
      const count = `${speaker.quotes} quote${speaker.quotes === 1 ? '' : 's'}`;
      return { label: `${speaker.name}${role} (${count})`, value: speaker.name };
    });
}
