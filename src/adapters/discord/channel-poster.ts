import { createHash } from 'node:crypto';
import { Routes, type REST } from 'discord.js';
import type { CommandReply } from '../../contracts/command-reply.js';
import type { Logger } from '../../logging/logger.js';
import { renderDiscordReply, type DiscordMessageBody } from '../../render/discord-embeds.js';
import type { ChannelPoster, DeliveryTag, FoundPost, PostedMessage } from '../../contracts/channel-poster.js';
import { toDeliveryError } from './delivery-error.js';

/** Discord caps a nonce at 25 characters: "nb" and 23 characters of the slot's hash. */
export function slotNonce(slot: string, part = 0): string {
  const digest = createHash('sha256').update(part === 0 ? slot : `${slot}#${part}`).digest('base64url');
  return `nb${digest.slice(0, 23)}`;
}

/**
 * What the footer of each message of a tagged post carries: nonces are not returned when reading messages back, the
 * footer is. A post of several messages marks each with its own part's nonce and "i/n", so a retry can tell which
 * parts are in the channel already and how many there should be.
 */
export function slotMarker(slot: string, part = 0, parts = 1): string {
  const marker = `newsbrief ref ${slotNonce(slot, part)}`;
  return parts > 1 ? `${marker} · ${part + 1}/${parts}` : marker;
}

const MARKER = /newsbrief ref (nb[A-Za-z0-9_-]{23})(?: · (\d+)\/(\d+))?/g;
/** More parts than any reply renders to (render's maxMessages is 3): the nonces a scan recognises. */
const MAX_PARTS = 10;

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

/** What a scan of the channel found of one tagged post: each part's message id, and how many parts it has. */
interface FoundParts {
  ids: Map<number, string>;
  /** From the first part's marker; 1 when that part is not found or was posted as the only one. */
  parts: number;
}

/** Marks each message of a tagged post with its own part (the renderer keeps room for it in every message). */
function markParts(bodies: DiscordMessageBody[], slot: string): DiscordMessageBody[] {
  if (bodies.length < 2) return bodies;
  const first = slotMarker(slot);
  return bodies.map((body, part) => {
    const marker = slotMarker(slot, part, bodies.length);
    const embeds = body.embeds.map((e) => ({ ...e }));
    const carrier = part === 0 ? embeds.find((e) => e.footer?.text.includes(first)) : embeds[0];
    if (!carrier) return body;
    const footer = carrier.footer?.text;
    carrier.footer = { text: part === 0 && footer ? footer.replace(first, marker) : footer ? `${footer} · ${marker}` : marker };
    return { ...body, embeds };
  });
}

/** Channel posts over REST (`POST /channels/{id}/messages`), for the scheduler. Needs only a REST client with the bot token. */
export function createDiscordPoster(rest: REST, logger: Logger): ChannelPoster {
  /**
   * Reads the channel back, newest first, for the messages of one tagged post: stops at its first part (the later
   * parts were posted after it, so they have been seen by then), at `since`, or after MAX_PAGES pages.
   */
  async function scan(channelId: string, slot: string, since: Date | undefined): Promise<FoundParts> {
    const index = new Map(Array.from({ length: MAX_PARTS }, (_, part) => [slotNonce(slot, part), part]));
    const found: FoundParts = { ids: new Map(), parts: 1 };
    let before: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const query = new URLSearchParams({ limit: String(PAGE), ...(before ? { before } : {}) });
      const messages = (await rest.get(Routes.channelMessages(channelId), { query })) as ApiMessage[];
      for (const m of messages) {
        if (typeof m.nonce === 'string' && index.has(m.nonce) && !found.ids.has(index.get(m.nonce)!)) found.ids.set(index.get(m.nonce)!, m.id);
        for (const e of m.embeds ?? []) {
          for (const match of (e.footer?.text ?? '').matchAll(MARKER)) {
            const part = index.get(match[1]!);
            if (part === undefined || found.ids.has(part)) continue;
            found.ids.set(part, m.id);
            if (part === 0 && match[3]) found.parts = Number(match[3]);
          }
        }
        if (found.ids.has(0)) return found;
      }
      const oldest = messages.at(-1);
      if (messages.length < PAGE || !oldest) return found;
      if (since && oldest.timestamp && Date.parse(oldest.timestamp) < since.getTime()) return found;
      before = oldest.id;
    }
    return found;
  }

  return {
    platform: 'discord',
    async post(channelId: string, reply: CommandReply, tag?: DeliveryTag): Promise<PostedMessage> {
      const rendered = renderDiscordReply(reply, {
        ...(tag ? { marker: slotMarker(tag.slot) } : {}),
        ...(tag?.late ? { note: lateNote(tag.slot) } : {}),
      });
      const bodies = tag ? markParts(rendered, tag.slot) : rendered;
      let there = new Map<number, string>();
      try {
        // A retry of a post cut short: the parts already in the channel are not sent again (enforce_nonce alone
        // would catch a repeat only for a few minutes).
        if (tag?.resume) there = (await scan(channelId, tag.slot, undefined)).ids;
      } catch (error) {
        const failure = toDeliveryError(error);
        logger.warn({ channel: channelId, slot: tag?.slot, permanent: failure.permanent, code: failure.code }, `discord: could not read the channel to resume a post: ${failure.message}`);
        throw failure;
      }
      let first: PostedMessage | undefined = there.has(0) ? { messageId: there.get(0)! } : undefined;
      for (const [part, body] of bodies.entries()) {
        if (there.has(part)) continue;
        // enforce_nonce: Discord answers a repeat within minutes with the message it already made.
        const payload = tag ? { ...body, nonce: slotNonce(tag.slot, part), enforce_nonce: true } : body;
        try {
          const sent = (await rest.post(Routes.channelMessages(channelId), { body: payload })) as ApiMessage;
          if (part === 0) first = { messageId: sent.id };
        } catch (error) {
          const failure = toDeliveryError(error);
          logger.warn({ channel: channelId, slot: tag?.slot, part, permanent: failure.permanent, code: failure.code }, `discord: post failed: ${failure.message}`);
          throw failure;
        }
      }
      if (tag?.resume && there.size > 0) logger.info({ channel: channelId, slot: tag.slot, parts: bodies.length, alreadyThere: there.size }, 'discord: resumed a post cut short, sending only the missing parts');
      return first!;
    },

    async findTagged(channelId: string, slot: string, since: Date): Promise<FoundPost | null> {
      let found: FoundParts;
      try {
        found = await scan(channelId, slot, since);
      } catch (error) {
        throw toDeliveryError(error);
      }
      const messageId = found.ids.get(0);
      if (messageId === undefined) return null;
      const missing = Array.from({ length: found.parts }, (_, part) => part).filter((part) => !found.ids.has(part));
      return { messageId, ...(missing.length > 0 ? { partial: true } : {}) };
    },
  };
}
