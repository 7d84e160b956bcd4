import type { Briefing } from '../core/types.js';
import type { BriefingLibrary, LeftOut, StoryEntry } from '../stories/library.js';
import { matchesName } from '../stories/name-match.js';
import { rankStories } from '../stories/rank-stories.js';
import { findCommand } from './table.js';
import type { CommandDef, CommandRequest } from './types.js';
import type { CommandReply, Visibility } from '../contracts/command-reply.js';

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

  const speaker = def.kind === 'quotes' ? (def.speaker ?? request.speaker) : undefined;
  // A bare /briefing briefs the latest day's story, or lists them when there are several; a speaker's quotes
  // come from the newest story that quotes them.
  let storyQuery = request.story ?? (speaker ? newestStoryQuoting(context.library, speaker) : undefined);
  if (def.kind === 'briefing' && !storyQuery && context.library.size > 1) {
    const today = latestDay(context.library);
    if (today.length > 1) return storyListReply(context.library, today);
    storyQuery = today[0]?.id;
  }
  const story = resolveStory(storyQuery, context.library);
  if (!story.entry) return story.reply;
  const briefing = story.entry.briefing;
  // Nothing is left out in silence: an answer from a story that dropped articles says which and why.
  const notes = story.entry.leftOut?.length ? { notes: [leftOutNote(story.entry.leftOut)] } : {};

  if (def.kind === 'briefing') return { kind: 'briefing', visibility, briefing, ...notes };

  if (!speaker) {
    return { kind: 'quotes', visibility, briefing, quotes: briefing.quotes, heading: `Quotes: ${briefing.title}`, ...notes };
  }
  const quotes = briefing.quotes.filter((q) => matchesName(q.speaker.name, speaker));
  if (quotes.length === 0) {
    const known = briefing.speakers.map((s) => `${s.name}${s.role ? ` (${s.role})` : ''}: ${s.quotes} quote${s.quotes === 1 ? '' : 's'}`);
    return message(`No quotes from “${speaker}” in “${briefing.title}”.`, known.length ? ['Speakers in this story:', ...known] : ['Nobody is quoted in this story.']);
  }
  const name = quotes[0]!.speaker.name;
  return { kind: 'quotes', visibility, briefing, quotes, heading: `Quotes from ${name}`, ...notes };
}

/** Files named in one line; a long list ends "…and N more" so that the line stays short in every client. */
const MAX_LEFT_OUT_NAMED = 3;

/** "Left out: a.txt: the file is empty; b.txt: no body text after removing boilerplate". */
export function leftOutNote(leftOut: LeftOut[]): string {
  const named = leftOut.slice(0, MAX_LEFT_OUT_NAMED).map((l) => `${l.source}: ${l.reason}`);
  const more = leftOut.length - named.length;
  return `Left out: ${named.join('; ')}${more > 0 ? `; …and ${more} more` : ''}`;
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

function newestStoryQuoting(library: BriefingLibrary, speaker: string): string | undefined {
  return library.list().find((e) => e.briefing.quotes.some((q) => matchesName(q.speaker.name, speaker)))?.id;
}

/** The latest day of news: stories updated within 24 h of the newest, most independent sources first. */
function latestDay(library: BriefingLibrary): StoryEntry[] {
  const all = library.list();
  const newest = Date.parse(all[0]?.updated ?? '');
  return Number.isNaN(newest) ? all : rankStories(all, { now: new Date(newest), withinHours: 24 });
}

function storyListReply(library: BriefingLibrary, today: StoryEntry[]): CommandReply {
  const all = library.list();
  const shown = today.slice(0, MAX_LISTED_STORIES);
  const lines = shown.map(storyLine);
  const more = all.length - shown.length;
  if (more > 0) lines.push(`…and ${more} more (older or smaller) ${more === 1 ? 'story' : 'stories'}`);
  lines.push('Ask for one: /briefing <story>');
  return message(`${all.length} stories`, lines);
}

const MAX_LISTED_STORIES = 20;

function storyLine(e: StoryEntry): string {
  const n = e.briefing.sources.length;
  return `${e.id}: ${e.title} (${n} source${n === 1 ? '' : 's'})`;
}

function storyLines(library: BriefingLibrary): string[] {
  return library.list().map(storyLine);
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
