import type { CommandReply } from '../commands/types.js';

/** Tags a scheduled post with its slot, so a post can be found again in the channel and never doubled. */
export interface DeliveryTag {
  /** "<schedule id>@<slot ISO time>": unique per (schedule, slot). */
  slot: string;
  /** Posted after its slot (catch-up): the message says so. */
  late?: boolean;
}

export interface PostedMessage {
  /** Slack message ts, Discord message id. */
  messageId: string;
}

/** What the scheduler needs from a platform adapter: post to a channel, and find an earlier tagged post. */
export interface ChannelPoster {
  platform: 'slack' | 'discord';
  post(channelId: string, reply: CommandReply, tag?: DeliveryTag): Promise<PostedMessage>;
  /** The message in the channel carrying this slot's tag, if one was posted (reconciliation after a crash). */
  findTagged(channelId: string, slot: string, since: Date): Promise<PostedMessage | null>;
}

/**
 * A delivery that failed. `permanent` errors (channel not found, not in channel, invalid token) are not
 * retried; transient ones (network, 5xx, 429) may be, after `retryAfterMs` when the platform said so.
 */
export class DeliveryError extends Error {
  override name = 'DeliveryError';
  constructor(
    message: string,
    readonly permanent: boolean,
    readonly retryAfterMs?: number,
    readonly code?: string,
  ) {
    super(message);
  }
}

/** A running platform connection, as `serve` and /healthz see it. */
export interface RunningAdapter {
  platform: 'slack' | 'discord' | 'shell';
  /** "connected", "connecting", "disconnected", "error: …" */
  state(): string;
  stop(): Promise<void>;
}
