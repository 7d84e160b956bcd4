import type { webApi } from '@slack/bolt';
import type { CommandReply } from '../../contracts/command-reply.js';
import type { Logger } from '../../logging/logger.js';
import { renderSlackReply } from '../../render/slack-blocks.js';
import type { ChannelPoster, DeliveryTag, PostedMessage } from '../../contracts/channel-poster.js';
import { toDeliveryError } from './delivery-error.js';

/** The message metadata event type that marks scheduled posts, so a restart can find them again. */
export const DELIVERY_EVENT_TYPE = 'newsbrief_delivery';

/** How far back findTagged pages through a channel before it gives up (200 messages a page). */
const MAX_HISTORY_PAGES = 10;

interface HistoryMessage {
  ts?: string;
  metadata?: { event_type?: string; event_payload?: Record<string, unknown> };
}

/** Posts scheduled briefings with chat.postMessage and finds them again through conversations.history. */
export function createSlackPoster(client: webApi.WebClient, logger: Logger): ChannelPoster {
  const log = logger.child({ component: 'slack-poster' });
  return {
    platform: 'slack',

    async post(channelId: string, reply: CommandReply, tag?: DeliveryTag): Promise<PostedMessage> {
      const message = renderSlackReply({ ...reply, visibility: 'public' } as CommandReply, { late: tag?.late ?? false });
      try {
        const result = await client.chat.postMessage({
          channel: channelId,
          text: message.text,
          blocks: message.blocks,
          unfurl_links: false,
          unfurl_media: false,
          ...(tag ? { metadata: { event_type: DELIVERY_EVENT_TYPE, event_payload: { slot: tag.slot } } } : {}),
        });
        if (!result.ts) throw new Error('chat.postMessage answered without a message ts');
        log.info({ channel: channelId, slot: tag?.slot, ts: result.ts }, 'posted to Slack');
        return { messageId: result.ts };
      } catch (error) {
        const failure = toDeliveryError(error, `posting to Slack channel ${channelId}`);
        log.warn({ channel: channelId, slot: tag?.slot, code: failure.code, permanent: failure.permanent }, failure.message);
        throw failure;
      }
    },

    async findTagged(channelId: string, slot: string, since: Date): Promise<PostedMessage | null> {
      let cursor: string | undefined;
      try {
        for (let page = 0; page < MAX_HISTORY_PAGES; page++) {
          const result = await client.conversations.history({
            channel: channelId,
            ...(Number.isFinite(since.getTime()) ? { oldest: (since.getTime() / 1000).toFixed(6) } : {}),
            include_all_metadata: true,
            limit: 200,
            ...(cursor ? { cursor } : {}),
          });
          const found = ((result.messages ?? []) as HistoryMessage[]).find(
            (m) => m.metadata?.event_type === DELIVERY_EVENT_TYPE && m.metadata.event_payload?.['slot'] === slot,
          );
          if (found?.ts) return { messageId: found.ts };
          cursor = result.response_metadata?.next_cursor || undefined;
          if (!result.has_more || !cursor) return null;
        }
        log.warn({ channel: channelId, slot }, `stopped looking for the tagged post after ${MAX_HISTORY_PAGES} pages of history`);
        return null;
      } catch (error) {
        const failure = toDeliveryError(error, `reading Slack channel ${channelId} history`);
        log.warn({ channel: channelId, slot, code: failure.code, permanent: failure.permanent }, failure.message);
        throw failure;
      }
    },
  };
}
