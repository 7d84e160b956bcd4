import type { BriefingLibrary } from '../stories/library.js';
import { normaliseForMatch } from '../stories/name-match.js';
import type { CommandDef, CommandRequest, Platform } from './types.js';

const URL_PATTERN = /^https?:\/\/\S+$/i;

/**
 * Turns the free text after a slash command (Slack, shell) into a request:
 * "help", "public", a URL, a story id, and for /quotes the speaker words.
 */
export function parseCommandText(
  def: CommandDef,
  text: string,
  library: BriefingLibrary,
  platform: Platform,
  userId?: string,
): CommandRequest {
  const request: CommandRequest = { command: def.name, platform, ...(userId ? { userId } : {}) };
  const words = text.trim().split(/\s+/).filter(Boolean);
  const rest: string[] = [];
  for (const word of words) {
    const lower = word.toLowerCase();
    if (lower === 'help' || lower === '--help' || lower === '-h') request.help = true;
    else if (lower === 'public' || lower === '--public') request.public = true;
    else if (def.kind === 'briefing' && URL_PATTERN.test(word) && !request.url) request.url = word.replace(/^<|>$/g, '');
    else rest.push(word);
  }
  // Slack wraps links as <https://…|label>: take the URL part.
  if (def.kind === 'briefing' && !request.url && rest.length === 1) {
    const wrapped = /^<(https?:\/\/[^|>]+)(\|[^>]*)?>$/i.exec(rest[0]!);
    if (wrapped) {
      request.url = wrapped[1]!;
      rest.length = 0;
    }
  }
  if (rest.length === 0) return request;

  if (def.kind === 'briefing') {
    request.story = rest.join(' ');
    return request;
  }
  // /quotes [speaker] [story]: the longest tail that names a story is the story; the rest is the speaker.
  for (let cut = 0; cut < rest.length; cut++) {
    const tail = rest.slice(cut).join(' ');
    if (library.get(tail) || (cut > 0 && library.find(tail))) {
      request.story = library.find(tail)?.id ?? tail;
      rest.length = cut;
      break;
    }
  }
  if (rest.length > 0) {
    if (def.speaker) {
      // An alias fixes the speaker: remaining words can only be a story we did not find.
      request.story = rest.join(' ');
    } else {
      request.speaker = rest.join(' ');
    }
  }
  return request;
}

/** For messages like "@newsbrief briefing zuckerberg": the first word picks the command. */
export function splitMentionText(text: string): { command: string; rest: string } {
  const cleaned = text.replace(/<@[A-Z0-9]+>/gi, ' ').trim();
  const [first = '', ...others] = cleaned.split(/\s+/);
  return { command: normaliseForMatch(first.replace(/^\//, '')).replace(/ /g, '-'), rest: others.join(' ') };
}
