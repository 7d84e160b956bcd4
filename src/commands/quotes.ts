import type { Visibility } from '../contracts/command-reply.js';
import type { BriefingLibrary } from '../stories/library.js';
import { matchesName } from '../stories/name-match.js';
import type { CommandModule } from './command-module.js';
import { publicOption, speakerOption, storyOption } from './command-options.js';
import { leftOutNotes, message, resolveStory } from './story-replies.js';
import type { CommandDef } from './types.js';

/** /quotes [speaker] [story] [public], and its aliases that fix the speaker (/zuckerberg-quotes). */
export const quotesCommand: CommandModule = {
  kind: 'quotes',
  definition: {
    name: 'quotes',
    description: 'Who said what in a story, as quote cards',
    usage: '[speaker] [story] [public]',
    kind: 'quotes',
    options: [speakerOption, storyOption, publicOption],
  },
  acceptsUrl: false,
  parse(def, words, library) {
    const rest = [...words];
    const parsed: { story?: string; speaker?: string } = {};
    // The longest tail that names a story is the story; the rest is the speaker.
    for (let cut = 0; cut < rest.length; cut++) {
      const tail = rest.slice(cut).join(' ');
      if (library.get(tail) || (cut > 0 && library.find(tail))) {
        parsed.story = library.find(tail)?.id ?? tail;
        rest.length = cut;
        break;
      }
    }
    if (rest.length > 0) {
      // An alias fixes the speaker: remaining words can only be a story we did not find.
      if (def.speaker) parsed.story = rest.join(' ');
      else parsed.speaker = rest.join(' ');
    }
    return parsed;
  },
  async execute(def, request, context) {
    const visibility: Visibility = request.public ? 'public' : 'ephemeral';
    const speaker = def.speaker ?? request.speaker;
    // A speaker's quotes come from the newest story that quotes them.
    const story = resolveStory(request.story ?? (speaker ? newestStoryQuoting(context.library, speaker) : undefined), context.library);
    if (!story.entry) return story.reply;
    const briefing = story.entry.briefing;
    const notes = leftOutNotes(story.entry);
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
  },
};

/** An alias of /quotes that fixes the speaker: /zuckerberg-quotes → "Mark Zuckerberg". */
export function quotesAlias(alias: { command: string; speaker: string; description?: string | undefined }): CommandDef {
  return {
    name: alias.command,
    description: alias.description ?? `Quotes from ${alias.speaker}`,
    usage: '[story] [public]',
    kind: 'quotes',
    speaker: alias.speaker,
    options: [storyOption, publicOption],
  };
}

function newestStoryQuoting(library: BriefingLibrary, speaker: string): string | undefined {
  return library.list().find((e) => e.briefing.quotes.some((q) => matchesName(q.speaker.name, speaker)))?.id;
}
