import type { SubscriptionTopic } from '../../contracts/stores.js';
import type { BriefingLibrary } from '../../stories/library.js';
import { tokenise } from './tokenise.js';

export const MAX_TOP = 10;
const DEFAULT_TOP = 3;

/** What `<what>` names, before anything is fetched; `feed-url` is checked by the caller through the safe fetcher. */
export type ResolvedTopic = { ok: true; topic: SubscriptionTopic } | { ok: false; problem: string; lines?: string[] };

/**
 * `top` / `top 3`, `speaker:"Full Name"`, an http(s) URL (Slack's <url|label> too), a feed id from config, or a
 * story id or title known to the library, in that order: a feed id and a story id never shadow the keywords.
 */
export function resolveTopic(what: string, library: BriefingLibrary, feedIds: readonly string[]): ResolvedTopic {
  const text = what.trim();
  const top = /^top(?:\s+(\d{1,3}))?$/i.exec(text);
  if (top) {
    const count = top[1] ? Number(top[1]) : DEFAULT_TOP;
    if (count < 1 || count > MAX_TOP) return { ok: false, problem: `top takes 1 to ${MAX_TOP} stories (got ${count}).` };
    return { ok: true, topic: { kind: 'top', count } };
  }
  const speaker = /^speaker:(.*)$/is.exec(text);
  if (speaker) {
    const name = tokenise(speaker[1]!).map((t) => t.text).join(' ').trim();
    if (!name) return { ok: false, problem: 'speaker: needs a name, e.g. speaker:"Mark Zuckerberg".' };
    return { ok: true, topic: { kind: 'speaker', speaker: name } };
  }
  const url = /^<?(https?:\/\/[^\s|>]+)(?:\|[^>]*)?>?$/i.exec(text);
  if (url) return { ok: true, topic: { kind: 'feed-url', url: url[1]! } };
  const feed = feedIds.find((id) => id.toLowerCase() === text.toLowerCase());
  if (feed) return { ok: true, topic: { kind: 'feed', feedId: feed } };
  const story = library.find(text);
  if (story) return { ok: true, topic: { kind: 'story', story: story.id } };
  const stories = library.list().slice(0, 10).map((e) => `${e.id}: ${e.title}`);
  return {
    ok: false,
    problem: `No story or feed matches “${text}”.`,
    lines: [
      ...(stories.length ? ['Stories:', ...stories] : ['No stories are loaded.']),
      ...(feedIds.length ? [`Feeds: ${feedIds.join(', ')}`] : []),
      'Or subscribe to top, to a feed URL, or to speaker:"Full Name".',
    ],
  };
}
