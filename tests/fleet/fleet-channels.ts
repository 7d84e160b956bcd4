import type { DiscordStandIn } from '../stand-ins/discord-api.js';
import type { SlackStandIn } from '../stand-ins/slack-api.js';
import { instanceOf } from './fleet.js';

/** A message the Slack stand-in accepted, with the instance that sent it and the slot tag it carried. */
export interface FleetPost {
  platform: 'slack' | 'discord';
  /** Slack's ts; for Discord, the order of arrival. */
  ts: string;
  channel: string;
  /** The delivery tag from the message metadata: "<schedule>@<slot ISO>". */
  tag: string | undefined;
  /** Which instance posted it (from its token). */
  by: string | undefined;
  /** Wall time the stand-in received it (ms since the epoch). */
  at: number;
  metadata?: { event_type?: string; event_payload?: { slot?: string } };
}

/**
 * Makes the Slack stand-in keep what every instance posts, in every channel, and give it back through
 * conversations.history as Slack does (newest first), so reconciliation after a crash can find a tagged post.
 * `beforeAnswer` runs after the post is kept and before the poster hears back: killing the poster there leaves
 * a post in the channel that its process never records.
 */
export function keepFleetChannels(slack: SlackStandIn, now: () => number, beforeAnswer?: (post: FleetPost) => void): FleetPost[] {
  const posts: FleetPost[] = [];
  let ts = 1;
  slack.on('chat.postMessage', (call) => {
    const metadata = call.body['metadata'] as FleetPost['metadata'];
    const post: FleetPost = {
      platform: 'slack',
      ts: `1800000000.${String(ts++).padStart(6, '0')}`,
      channel: String(call.body['channel']),
      tag: metadata?.event_payload?.slot,
      by: instanceOf(call.authorization),
      at: now(),
      ...(metadata ? { metadata } : {}),
    };
    posts.push(post);
    beforeAnswer?.(post);
    return { body: { ok: true, channel: post.channel, ts: post.ts, message: {} } };
  });
  slack.on('conversations.history', (call) => ({
    body: {
      ok: true,
      messages: posts.filter((p) => p.channel === call.body['channel']).reverse().map((p) => ({ ts: p.ts, ...(p.metadata ? { metadata: p.metadata } : {}) })),
      has_more: false,
    },
  }));
  return posts;
}

/** How many posts carry each tag. */
export function postsPerTag(posts: readonly FleetPost[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const post of posts) if (post.tag) counts.set(post.tag, (counts.get(post.tag) ?? 0) + 1);
  return counts;
}

/**
 * Records every message post that reaches the Discord stand-in (which itself keeps the channel and answers reads
 * and repeated nonces as Discord does), with its sender and the tag its nonce stands for. `beforeAnswer` runs
 * before the stand-in stores and answers the post, as for Slack.
 */
export function watchFleetDiscord(discord: DiscordStandIn, tagOfNonce: (nonce: string) => string | undefined, now: () => number, beforeAnswer?: (post: FleetPost) => void): FleetPost[] {
  const posts: FleetPost[] = [];
  discord.intercept((call) => {
    const channel = /^\/channels\/(\d+)\/messages$/.exec(call.path)?.[1];
    if (call.method !== 'POST' || !channel) return undefined;
    const nonce = (call.body as { nonce?: unknown } | undefined)?.nonce;
    const post: FleetPost = { platform: 'discord', ts: String(posts.length + 1), channel, tag: typeof nonce === 'string' ? tagOfNonce(nonce) : undefined, by: instanceOf(call.authorization), at: now() };
    posts.push(post);
    beforeAnswer?.(post);
    return undefined;
  });
  return posts;
}
