import type { RawFile } from 'discord.js';
import type { CommandReply } from '../../contracts/command-reply.js';
import { replyCards, type CardImage } from '../../render/card/reply-cards.js';
import type { DiscordMessageBody } from '../../render/discord-embeds.js';
import { cardsWanted, type CardsConfig } from '../../contracts/cards.js';

// Discord's limit for an attachment's description (its alt text).
const DESCRIPTION_LIMIT = 1024;

/** A message body with its card files: the embeds show them through `attachment://<name>`. */
export interface BodyWithCards {
  body: DiscordMessageBody & { attachments?: { id: number; filename: string; description: string }[] };
  files: RawFile[];
}

/**
 * Puts each card into the embed of its quote (quote embeds carry the speaker as author, in the reply's quote
 * order) as `image: { url: 'attachment://…' }`, with the file sent as a multipart attachment of the same message.
 * Bodies without a card are returned unchanged with no files.
 */
export function attachCards(bodies: readonly DiscordMessageBody[], quotes: readonly CardImage['quote'][], cards: readonly CardImage[]): BodyWithCards[] {
  let quoteIndex = 0;
  return bodies.map((body) => {
    const files: RawFile[] = [];
    const attachments: { id: number; filename: string; description: string }[] = [];
    const embeds = body.embeds.map((embed) => {
      if (!embed.author) return embed;
      const quote = quotes[quoteIndex++];
      const card = cards.find((c) => c.quote === quote);
      if (!card) return embed;
      attachments.push({ id: files.length, filename: card.filename, description: card.alt.slice(0, DESCRIPTION_LIMIT) });
      files.push({ name: card.filename, data: Buffer.from(card.png), contentType: 'image/png' });
      return { ...embed, image: { url: `attachment://${card.filename}` } };
    });
    return files.length === 0 ? { body, files } : { body: { ...body, embeds, attachments }, files };
  });
}

/** The bodies of a /quotes answer with their cards, or undefined when cards are off here or it is another answer. */
export async function cardBodies(reply: CommandReply, bodies: readonly DiscordMessageBody[], cards: CardsConfig | undefined, command: string, channel: string | undefined): Promise<BodyWithCards[] | undefined> {
  if (!cards || reply.kind !== 'quotes' || !cardsWanted(cards, command, channel)) return undefined;
  const images = await replyCards(reply.briefing, reply.quotes, { size: 'landscape', theme: cards.theme, accent: cards.accent });
  return attachCards(bodies, reply.quotes, images);
}
