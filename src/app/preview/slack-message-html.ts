import type { SlackBlock, SlackMessage } from '../../render/slack-blocks.js';
import { escapeHtml } from './html-escape.js';
import { slackMrkdwnToHtml } from './slack-mrkdwn-html.js';

type TextObject = { type: 'plain_text'; text: string } | { type: 'mrkdwn'; text: string };

/** plain_text is shown as typed: only Slack's own entities are decoded. */
function textObjectHtml(text: TextObject): string {
  if (text.type === 'mrkdwn') return slackMrkdwnToHtml(text.text);
  return escapeHtml(text.text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
}

function blockHtml(block: SlackBlock): string {
  switch (block.type) {
    case 'header':
      return `<div class="sk-header">${textObjectHtml(block.text)}</div>`;
    case 'section':
      return `<div class="sk-section">${textObjectHtml(block.text)}</div>`;
    case 'context':
      return `<div class="sk-context">${block.elements.map((e) => `<span>${textObjectHtml(e)}</span>`).join(' ')}</div>`;
    case 'divider':
      return '<hr class="sk-divider">';
    case 'actions':
      return `<div class="sk-actions">${block.elements.map((b) => `<button type="button" disabled>${escapeHtml(b.text.text)}</button>`).join('')}</div>`;
  }
}

/** One Slack message as a Slack client draws it: the app's name and badge, then its blocks. */
export function slackMessageHtml(message: SlackMessage): string {
  return [
    '<div class="sk-message">',
    '<div class="sk-avatar" aria-hidden="true">nb</div>',
    '<div class="sk-body">',
    '<div class="sk-sender"><b>newsbrief</b> <span class="sk-app">APP</span></div>',
    ...message.blocks.map(blockHtml),
    '</div>',
    '</div>',
  ].join('\n');
}
