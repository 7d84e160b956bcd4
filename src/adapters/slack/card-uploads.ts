import type { WebClient } from '@slack/web-api';
import type { Logger } from '../../logging/logger.js';
import type { CardImage } from '../../render/card/reply-cards.js';

/** An image block showing an uploaded file (Slack's `slack_file` image source). */
export interface SlackFileImageBlock {
  type: 'image';
  slack_file: { id: string };
  alt_text: string;
}

// Slack's limit for an image block's alt_text.
const ALT_LIMIT = 2000;

const altText = (text: string): string => (text.length <= ALT_LIMIT ? text : `${text.slice(0, ALT_LIMIT - 1)}…`);

/**
 * Uploads cards through Slack's external-upload flow (files.getUploadURLExternal, the upload URL,
 * files.completeUploadExternal: what `files.uploadV2` does). With `channel` the files are shared there (public
 * answers); without, they stay private to the app and are shown through image blocks (ephemeral answers, which
 * must publish nothing to the channel). Returns the blocks to show; [] when the upload failed (logged): the text
 * answer is sent either way.
 */
export async function uploadCards(client: WebClient, cards: readonly CardImage[], options: { channel?: string; log: Logger }): Promise<SlackFileImageBlock[]> {
  if (cards.length === 0) return [];
  try {
    const result = await client.files.uploadV2({
      file_uploads: cards.map((card) => ({ file: Buffer.from(card.png), filename: card.filename, title: card.filename, alt_text: altText(card.alt) })),
      ...(options.channel ? { channel_id: options.channel } : {}),
    });
    const completions = (result as unknown as { files?: { files?: { id?: string }[] }[] }).files ?? [];
    const ids = completions.flatMap((c) => c.files ?? []).map((f) => f.id).filter((id): id is string => typeof id === 'string');
    if (ids.length !== cards.length) {
      options.log.warn({ uploaded: ids.length, cards: cards.length }, 'Slack confirmed fewer card uploads than were sent; answering without them');
      return [];
    }
    return ids.map((id, i) => ({ type: 'image', slack_file: { id }, alt_text: altText(cards[i]!.alt) }));
  } catch (error) {
    options.log.warn({ err: error, channel: options.channel }, 'could not upload quote cards; the answer goes out as text only');
    return [];
  }
}
