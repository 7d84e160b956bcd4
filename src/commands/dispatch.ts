import type { Briefing } from '../core/types.js';
import type { BriefingLibrary, StoryEntry } from './library.js';
import { matchesName } from './match.js';
import { findCommand } from './table.js';
import type { CommandDef, CommandReply, CommandRequest, Visibility } from './types.js';

/** Fetches and briefs one URL on demand (set when the sources layer allows it). Throws UserFacingError for refusals. */
export type UrlBriefer = (url: string, userId: string | undefined) => Promise<Briefing>;

export interface CommandContext {
  table: CommandDef[];
  library: BriefingLibrary;
  briefUrl?: UrlBriefer;
}

/** An error whose message is safe and useful to show the user who asked. */
export class UserFacingError extends Error {
  override name = 'UserFacingError';
}

/** Every platform dispatches through here: request in, reply out. */
export async function handleCommand(request: CommandRequest, context: CommandContext): Promise<CommandReply> {
  const def = findCommand(context.table, request.command);
  if (!def) return usageReply(context.table, `Unknown command /${request.command}.`);
  if (request.help) return usageReply(context.table);
  if (request.unknown?.length) {
    return usageReply(context.table, `I did not understand “${request.unknown.join(' ')}”.`);
  }
  const visibility: Visibility = request.public ? 'public' : 'ephemeral';

  if (request.url) {
    if (def.kind !== 'briefing' || !context.briefUrl) {
      return message('Briefing a link is not enabled here.', ['Ask for a story by name instead:', ...storyLines(context.library)]);
    }
    try {
      const briefing = await context.briefUrl(request.url, request.userId);
      return { kind: 'briefing', visibility, briefing };
    } catch (error) {
      if (error instanceof UserFacingError) return message('Could not brief that link', [error.message]);
      throw error;
    }
  }

  const story = resolveStory(request.story, context.library);
  if (!story.entry) return story.reply;
  const briefing = story.entry.briefing;

  if (def.kind === 'briefing') return { kind: 'briefing', visibility, briefing };

  const speaker = def.speaker ?? request.speaker;
  if (!speaker) {
    return { kind: 'quotes', visibility, briefing, quotes: briefing.quotes, heading: `Quotes: ${briefing.title}` };
  }
  const quotes = briefing.quotes.filter((q) => matchesName(q.speaker.name, speaker));
  if (quotes.length === 0) {
    const known = briefing.speakers.map((s) => `${s.name}${s.role ? ` (${s.role})` : ''}: ${s.quotes} quote${s.quotes === 1 ? '' : 's'}`);
    return message(`No quotes from “${speaker}” in “${briefing.title}”.`, known.length ? ['Speakers in this story:', ...known] : ['Nobody is quoted in this story.']);
  }
  const name = quotes[0]!.speaker.name;
  return { kind: 'quotes', visibility, briefing, quotes, heading: `Quotes from ${name}` };
}

function resolveStory(
  query: string | undefined,
  library: BriefingLibrary,
): { entry: StoryEntry; reply?: undefined } | { entry?: undefined; reply: CommandReply } {
  if (library.size === 0) return { reply: message('No stories are loaded yet.', ['Add article files to a folder under briefings/ or configure feeds.']) };
  const entry = query ? library.find(query) : library.defaultStory();
  if (entry) return { entry };
  return { reply: message(`No story matches “${query}”.`, ['Stories:', ...storyLines(library)]) };
}

function storyLines(library: BriefingLibrary): string[] {
  return library.list().map((e) => `${e.id}: ${e.title} (${e.briefing.sources.length} source${e.briefing.sources.length === 1 ? '' : 's'})`);
}

function message(title: string, lines: string[]): CommandReply {
  return { kind: 'message', visibility: 'ephemeral', title, lines };
}

/** Usage for every command in the table, optionally after a line saying what went wrong. */
export function usageReply(table: CommandDef[], problem?: string): CommandReply {
  const lines = table.map((c) => `/${c.name} ${c.usage}: ${c.description}`);
  lines.push('Add “public” to post the answer in the channel for everyone.');
  return message(problem ? `${problem} Usage:` : 'newsbrief commands', lines);
}
