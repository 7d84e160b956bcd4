import type { CommandReply } from './command-reply.js';

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
