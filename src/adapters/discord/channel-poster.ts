import { createHash } from 'node:crypto';
import { Routes, type REST } from 'discord.js';
import type { CommandReply } from '../../contracts/command-reply.js';
import type { Logger } from '../../logging/logger.js';
import { renderDiscordReply } from '../../render/discord-embeds.js';
import type { ChannelPoster, DeliveryTag, PostedMessage } from '../../contracts/channel-poster.js';
import { toDeliveryError } from './delivery-error.js';

/** Discord caps a nonce at 25 characters: "nb" and 23 characters of the slot's hash. */
export function slotNonce(slot: string, part = 0): string {
  const digest = createHash('sha256').update(part === 0 ? slot : `${slot}#${part}`).digest('base64url');
  return `nb${digest.slice(0, 23)}`;
}

/** What the footer of a tagged post carries: nonces are not returned when reading messages back, the footer is. */
export function slotMarker(slot: string): string {
  return `newsbrief ref ${slotNonce(slot)}`;
}

/** "Late" note for a catch-up post; Discord's <t:…> shows the due time in each reader's own time zone. */
export function lateNote(slot: string): string {
  const due = Date.parse(slot.slice(slot.lastIndexOf('@') + 1));
  return Number.isNaN(due)
    ? 'Posted late: this briefing missed its scheduled time.'
    : `Posted late: this briefing was due <t:${Math.floor(due / 1000)}:f>.`;
}

interface ApiMessage {
  id: string;
  timestamp?: string;
  nonce?: string | number;
  embeds?: { footer?: { text?: string } }[];
}

const PAGE = 100;
const MAX_PAGES = 5;

/** Channel posts over REST (`POST /channels/{id}/messages`), for the scheduler. Needs only a REST client with the bot token. */
export function createDiscordPoster(rest: REST, logger: Logger): ChannelPoster {
  return {
    platform: 'discord',
    async post(channelId: string, reply: CommandReply, tag?: DeliveryTag): Promise<PostedMessage> {
      const bodies = renderDiscordReply(reply, {
        ...(tag ? { marker: slotMarker(tag.slot) } : {}),
        ...(tag?.late ? { note: lateNote(tag.slot) } : {}),
      });
      let first: PostedMessage | undefined;
      for (const [part, body] of bodies.entries()) {
        // enforce_nonce: Discord answers a repeat within minutes with the message it already made.
        const payload = tag ? { ...body, nonce: slotNonce(tag.slot, part), enforce_nonce: true } : body;
        try {
          const sent = (await rest.post(Routes.channelMessages(channelId), { body: payload })) as ApiMessage;
          first ??= { messageId: sent.id };
        } catch (error) {
          const failure = toDeliveryError(error);
          logger.warn({ channel: channelId, slot: tag?.slot, part, permanent: failure.permanent, code: failure.code }, `discord: post failed: ${failure.message}`);
          throw failure;
        }
      }
      return first!;
    },

    async findTagged(channelId: string, slot: string, since: Date): Promise<PostedMessage | null> {
      const nonce = slotNonce(slot);
      let before: string | undefined;
      try {
        for (let page = 0; page < MAX_PAGES; page++) {
          const query = new URLSearchParams({ limit: String(PAGE), ...(before ? { before } : {}) });
          const messages = (await rest.get(Routes.channelMessages(channelId), { query })) as ApiMessage[];
          for (const m of messages) {
            if (m.nonce === nonce || m.embeds?.some((e) => e.footer?.text?.includes(nonce))) return { messageId: m.id };
          }
          const oldest = messages.at(-1);
          if (messages.length < PAGE || !oldest) return null;
          if (oldest.timestamp && Date.parse(oldest.timestamp) < since.getTime()) return null;
          before = oldest.id;
        }
        return null;
      } catch (error) {
        throw toDeliveryError(error);
      }
    },
  };
}
