import type { ListingRow } from '../../commands/subscriptions/list-subscriptions.js';
import type { CommandReply } from '../../contracts/command-reply.js';
import { SLACK_LIMITS } from '../../render/slack-blocks.js';
import { escapeAndTruncate } from '../../render/slack-escape.js';

/** The buttons of a subscription list; each click goes through the same permission check as the typed command. */
export const SUBSCRIPTION_ACTION_IDS = {
  pause: 'newsbrief_subscription_pause',
  resume: 'newsbrief_subscription_resume',
  remove: 'newsbrief_subscription_remove',
} as const;

export const SUBSCRIPTION_ACTION_PATTERN = /^newsbrief_subscription_(pause|resume|remove)$/;

type Text = { type: 'plain_text'; text: string; emoji?: boolean } | { type: 'mrkdwn'; text: string };
interface Button {
  type: 'button';
  action_id: string;
  text: { type: 'plain_text'; text: string };
  value: string;
  style?: 'danger';
  confirm?: { title: Text; text: Text; confirm: Text; deny: Text };
}
export type SubscriptionBlock =
  | { type: 'header'; text: { type: 'plain_text'; text: string; emoji: boolean } }
  | { type: 'section'; text: { type: 'mrkdwn'; text: string } }
  | { type: 'context'; elements: Text[] }
  | { type: 'actions'; elements: Button[] };

export interface SubscriptionListMessage {
  text: string;
  blocks: SubscriptionBlock[];
}

/** Two blocks a row and three around them: 10 subscriptions (the default limit) and a few schedules fit in 50. */
const MAX_ROWS = Math.floor((SLACK_LIMITS.blocks - 3) / 2);

/**
 * A channel's subscriptions in Block Kit: each with Pause (or Resume) and Remove buttons, config-file schedules
 * read-only. `note` is the answer to the click that led here ("Subscription 12 paused."), shown above the list.
 */
export function subscriptionListBlocks(rows: ListingRow[], note?: CommandReply): SubscriptionListMessage {
  const title = rows.length ? `Subscriptions in this channel (${rows.length})` : 'No subscriptions in this channel.';
  const blocks: SubscriptionBlock[] = [{ type: 'header', text: { type: 'plain_text', text: title, emoji: true } }];
  if (note?.kind === 'message') {
    const text = [note.title, ...note.lines].join(' ');
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: escapeAndTruncate(text, SLACK_LIMITS.contextText) }] });
  }
  if (rows.length === 0) {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: escapeAndTruncate('Add one with: /briefing subscribe <what> <when>, e.g. /briefing subscribe top daily 08:00', SLACK_LIMITS.sectionText) } });
  }
  for (const row of rows.slice(0, MAX_ROWS)) {
    if (row.kind === 'config') {
      const state = row.schedule.enabled ? (row.next ? `Next run: ${row.next}` : 'No run ahead') : 'Disabled';
      blocks.push(section(`*${escapeAndTruncate(row.schedule.id, 100)}* (config file, read-only) · ${escapeAndTruncate(row.summary, 1000)}\n${state}`));
      continue;
    }
    const s = row.subscription;
    const state = s.paused ? `Paused${s.pausedReason ? `: ${escapeAndTruncate(s.pausedReason, 300)}` : ''}` : row.next ? `Next run: ${row.next}` : 'No run ahead';
    blocks.push(section(`*${s.id}* · ${escapeAndTruncate(row.summary, 2000)}\n${state}`));
    blocks.push({
      type: 'actions',
      elements: [
        s.paused ? button(SUBSCRIPTION_ACTION_IDS.resume, 'Resume', s.id) : button(SUBSCRIPTION_ACTION_IDS.pause, 'Pause', s.id),
        {
          ...button(SUBSCRIPTION_ACTION_IDS.remove, 'Remove', s.id),
          style: 'danger',
          confirm: {
            title: { type: 'plain_text', text: `Remove subscription ${s.id}?` },
            text: { type: 'mrkdwn', text: escapeAndTruncate(`${row.summary} stops posting here.`, 300) },
            confirm: { type: 'plain_text', text: 'Remove' },
            deny: { type: 'plain_text', text: 'Keep it' },
          },
        },
      ],
    });
  }
  if (rows.length > MAX_ROWS) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `…and ${rows.length - MAX_ROWS} more` }] });
  return { text: escapeAndTruncate(title, SLACK_LIMITS.fallbackText, 'plain_text'), blocks };
}

function section(text: string): SubscriptionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

function button(actionId: string, label: string, id: string): Button {
  return { type: 'button', action_id: actionId, text: { type: 'plain_text', text: label }, value: id };
}
