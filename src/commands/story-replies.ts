import type { CommandReply } from '../contracts/command-reply.js';
import type { BriefingLibrary, LeftOut, StoryEntry } from '../stories/library.js';
import type { CommandDef } from './types.js';

/** Files named in one line; a long list ends "…and N more" so that the line stays short in every client. */
const MAX_LEFT_OUT_NAMED = 3;

/** "Left out: a.txt: the file is empty; b.txt: no body text after removing boilerplate". */
export function leftOutNote(leftOut: LeftOut[]): string {
  const named = leftOut.slice(0, MAX_LEFT_OUT_NAMED).map((l) => `${l.source}: ${l.reason}`);
  const more = leftOut.length - named.length;
  return `Left out: ${named.join('; ')}${more > 0 ? `; …and ${more} more` : ''}`;
}

/** Nothing is left out in silence: an answer from a story that dropped articles says which and why. */
export function leftOutNotes(entry: StoryEntry): { notes?: string[] } {
  return entry.leftOut?.length ? { notes: [leftOutNote(entry.leftOut)] } : {};
}

/** The story a query names (or the default one), or the reply saying why there is none. */
export function resolveStory(
  query: string | undefined,
  library: BriefingLibrary,
): { entry: StoryEntry; reply?: undefined } | { entry?: undefined; reply: CommandReply } {
  if (library.size === 0) return { reply: message('No stories are loaded yet.', ['Add article files to a folder under briefings/ or configure feeds.']) };
  const entry = query ? library.find(query) : library.defaultStory();
  if (entry) return { entry };
  return { reply: message(`No story matches “${query}”.`, ['Stories:', ...storyLines(library)]) };
}

export function storyLine(e: StoryEntry): string {
  const n = e.briefing.sources.length;
  return `${e.id}: ${e.title} (${n} source${n === 1 ? '' : 's'})`;
}

export function storyLines(library: BriefingLibrary): string[] {
  return library.list().map(storyLine);
}

export function message(title: string, lines: string[]): CommandReply {
  return { kind: 'message', visibility: 'ephemeral', title, lines };
}

/** Usage for every command in the table, optionally after a line saying what went wrong. */
export function usageReply(table: CommandDef[], problem?: string): CommandReply {
  const lines = table.map((c) => `/${c.name} ${c.usage}: ${c.description}`);
  lines.push('Add “public” to post the answer in the channel for everyone.');
  return message(problem ? `${problem} Usage:` : 'newsbrief commands', lines);
}
