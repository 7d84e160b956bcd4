import type { Visibility } from '../contracts/command-reply.js';
import type { BriefingLibrary, StoryEntry } from '../stories/library.js';
import { rankStories } from '../stories/rank-stories.js';
import type { CommandModule } from './command-module.js';
import { publicOption, storyOption } from './command-options.js';
import { UserFacingError } from './user-facing-error.js';
import { leftOutNote, leftOutNotes, message, resolveStory, storyLine, storyLines } from './story-replies.js';

const MAX_LISTED_STORIES = 20;

/** /briefing [story | url] [public]: key points, figures and quotes of one story. */
export const briefingCommand: CommandModule = {
  kind: 'briefing',
  definition: {
    name: 'briefing',
    description: 'Key points, figures and quotes of a story, with their sources',
    usage: '[story | url] [public] | help',
    kind: 'briefing',
    options: [storyOption, publicOption],
  },
  acceptsUrl: true,
  parse(_def, words) {
    return words.length ? { story: words.join(' ') } : {};
  },
  async execute(_def, request, context) {
    const visibility: Visibility = request.public ? 'public' : 'ephemeral';
    if (request.url) {
      if (!context.briefUrl) {
        return message('Briefing a link is not enabled here.', ['Ask for a story by name instead:', ...storyLines(context.library)]);
      }
      try {
        const { briefing, leftOut } = await context.briefUrl(request.url, request.userId);
        return { kind: 'briefing', visibility, briefing, ...(leftOut?.length ? { notes: [leftOutNote(leftOut)] } : {}) };
      } catch (error) {
        if (error instanceof UserFacingError) return message('Could not brief that link', [error.message]);
        throw error;
      }
    }
    // A bare /briefing briefs the latest day's story, or lists them when there are several.
    let storyQuery = request.story;
    if (!storyQuery && context.library.size > 1) {
      const today = latestDay(context.library);
      if (today.length > 1) return storyListReply(context.library, today);
      storyQuery = today[0]?.id;
    }
    const story = resolveStory(storyQuery, context.library);
    if (!story.entry) return story.reply;
    return { kind: 'briefing', visibility, briefing: story.entry.briefing, ...leftOutNotes(story.entry) };
  },
};

/** The latest day of news: stories updated within 24 h of the newest, most independent sources first. */
function latestDay(library: BriefingLibrary): StoryEntry[] {
  const all = library.list();
  const newest = Date.parse(all[0]?.updated ?? '');
  return Number.isNaN(newest) ? all : rankStories(all, { now: new Date(newest), withinHours: 24 });
}

function storyListReply(library: BriefingLibrary, today: StoryEntry[]) {
  const all = library.list();
  const shown = today.slice(0, MAX_LISTED_STORIES);
  const lines = shown.map(storyLine);
  const more = all.length - shown.length;
  if (more > 0) lines.push(`…and ${more} more (older or smaller) ${more === 1 ? 'story' : 'stories'}`);
  lines.push('Ask for one: /briefing <story>');
  return message(`${all.length} stories`, lines);
}
