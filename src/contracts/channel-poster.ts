import type { CommandReply } from './command-reply.js';

/** Tags a scheduled post with its slot, so a post can be found again in the channel and never doubled. */
export interface DeliveryTag {
  /** "<schedule id>@<slot ISO time>": unique per (schedule, slot). */
  slot: string;
  /** Posted after its slot (catch-up): the message says so. */
  late?: boolean;
  /**
   * Part of this post may be in the channel already (findTagged said `partial`): send only the messages of it that
   * are not there. Costs a read of the channel first; never set for a first attempt.
   */
  resume?: boolean;
}

export interface PostedMessage {
  /** Slack message ts, Discord message id. */
  messageId: string;
}

/** A tagged post found in the channel. */
export interface FoundPost extends PostedMessage {
  /** The post takes several messages (Discord) and only some are in the channel: post again with `resume`. */
  partial?: boolean;
}

/** What the scheduler needs from a platform adapter: post to a channel, and find an earlier tagged post. */
export interface ChannelPoster {
  platform: 'slack' | 'discord';
  post(channelId: string, reply: CommandReply, tag?: DeliveryTag): Promise<PostedMessage>;
  /** The (first) message in the channel carrying this slot's tag, if one was posted (reconciliation, late posts). */
  findTagged(channelId: string, slot: string, since: Date): Promise<FoundPost | null>;
}
