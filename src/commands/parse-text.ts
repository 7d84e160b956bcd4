import type { BriefingLibrary } from '../stories/library.js';
import { normaliseForMatch } from '../stories/name-match.js';
import { parseSubscriptionText } from './subscriptions/parse-subscription-text.js';
import { commandModule } from './table.js';
import type { CommandDef, CommandRequest, Platform } from './types.js';

const URL_PATTERN = /^https?:\/\/\S+$/i;

/**
 * Turns the free text after a slash command (Slack, shell) into a request:
 * "help", "public" and a URL here; the remaining words are the command module's to read.
 */
export function parseCommandText(
  def: CommandDef,
  text: string,
  library: BriefingLibrary,
  platform: Platform,
  userId?: string,
): CommandRequest {
  const request: CommandRequest = { command: def.name, platform, ...(userId ? { userId } : {}) };
  // `/briefing subscribe …` and its siblings: read whole, before "public" or a URL could be taken out of them.
  const subscription = def.kind === 'briefing' ? parseSubscriptionText(text) : undefined;
  if (subscription) return { ...request, subscription };
  const acceptsUrl = commandModule(def).acceptsUrl;
  const words = text.trim().split(/\s+/).filter(Boolean);
  const rest: string[] = [];
  for (const word of words) {
    const lower = word.toLowerCase();
    if (lower === 'help' || lower === '--help' || lower === '-h') request.help = true;
    else if (lower === 'public' || lower === '--public') request.public = true;
    else if (acceptsUrl && URL_PATTERN.test(word) && !request.url) request.url = word.replace(/^<|>$/g, '');
    else rest.push(word);
  }
  // Slack wraps links as <https://…|label>: take the URL part.
  if (acceptsUrl && !request.url && rest.length === 1) {
    const wrapped = /^<(https?:\/\/[^|>]+)(\|[^>]*)?>$/i.exec(rest[0]!);
    if (wrapped) {
      request.url = wrapped[1]!;
      rest.length = 0;
    }
  }
  return { ...request, ...commandModule(def).parse(def, rest, library) };
}

/** For messages like "@newsbrief briefing zuckerberg": the first word picks the command. */
export function splitMentionText(text: string): { command: string; rest: string } {
  const cleaned = text.replace(/<@[A-Z0-9]+>/gi, ' ').trim();
  const [first = '', ...others] = cleaned.split(/\s+/);
  return { command: normaliseForMatch(first.replace(/^\//, '')).replace(/ /g, '-'), rest: others.join(' ') };
}
