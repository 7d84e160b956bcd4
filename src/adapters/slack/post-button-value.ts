import { z } from 'zod';
import { SLACK_LIMITS } from '../../render/slack-blocks.js';

/**
 * What the "Post to channel" button carries: enough to ask the command table again (command, story,
 * speaker or URL), never the rendered blocks, so the shared post is built fresh and within limits.
 */
export interface PostButtonValue {
  command: string;
  story?: string;
  speaker?: string;
  url?: string;
}

const schema = z
  .object({ c: z.string().min(1).max(64), s: z.string().max(500).optional(), p: z.string().max(500).optional(), u: z.string().max(1500).optional() })
  .strict();

/** JSON with short keys; undefined when it would not fit Slack's 2000-character button value (no button then). */
export function encodePostButtonValue(value: PostButtonValue): string | undefined {
  const short = { c: value.command, s: value.story, p: value.speaker, u: value.url };
  const parsed = schema.safeParse(short);
  if (!parsed.success) return undefined;
  const json = JSON.stringify(parsed.data);
  return json.length <= SLACK_LIMITS.buttonValue ? json : undefined;
}

/** Undefined for anything this bot did not write (the value comes back from Slack in a signed request). */
export function decodePostButtonValue(raw: string): PostButtonValue | undefined {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) return undefined;
  const { c, s, p, u } = parsed.data;
  return { command: c, ...(s ? { story: s } : {}), ...(p ? { speaker: p } : {}), ...(u ? { url: u } : {}) };
}
