import { MAX_REPLY_MESSAGES } from '../../adapters/discord/command-answer.js';
import { handleCommand, type CommandContext } from '../../commands/dispatch.js';
import type { Platform } from '../../commands/types.js';
import type { Briefing } from '../../core/types.js';
import { renderDiscordReply } from '../../render/discord-embeds.js';
import type { RenderCut } from '../../render/render-cut.js';
import { renderSlackReply } from '../../render/slack-blocks.js';
import { discordMessagesHtml } from './discord-message-html.js';
import { escapeHtml } from './html-escape.js';
import { pageHtml, storyHref } from './page-layout.js';
import { slackMessageHtml } from './slack-message-html.js';

/** The commands a story page shows, each as the adapters would answer it posted in a channel. */
const COMMANDS = ['briefing', 'quotes'] as const;

interface Warning {
  platform: string;
  command: string;
  cut: RenderCut;
}

/** The URL of quote card `n` (1-based) of a story, served by cardPng. */
export function cardHref(id: string, n: number): string {
  return `${storyHref(id)}/card/${n}.png`;
}

async function answer(context: CommandContext, command: string, id: string, platform: Platform) {
  return handleCommand({ command, platform, story: id, public: true }, context);
}

/**
 * A story drawn as Slack and Discord would show /briefing and /quotes: the same dispatch and renderers as the
 * bots, drawn as HTML, with a warning for every list a platform's limits cut. Undefined for an unknown story.
 */
export async function storyPageHtml(context: CommandContext, id: string): Promise<string | undefined> {
  const entry = context.library.get(id);
  if (!entry) return undefined;
  const warnings: Warning[] = [];
  const slack: string[] = [];
  const discord: string[] = [];
  for (const command of COMMANDS) {
    const label = `/${command} ${id}`;
    const slackMessage = renderSlackReply(await answer(context, command, id, 'slack'), {
      onCut: (cut) => warnings.push({ platform: 'Slack', command: label, cut }),
    });
    slack.push(`<div class="command">${escapeHtml(label)}</div>\n${slackMessageHtml(slackMessage)}`);
    const bodies = renderDiscordReply(await answer(context, command, id, 'discord'), {
      maxMessages: MAX_REPLY_MESSAGES,
      onCut: (cut) => warnings.push({ platform: 'Discord', command: label, cut }),
    });
    discord.push(`<div class="command">${escapeHtml(label)}</div>\n${discordMessagesHtml(bodies)}`);
  }
  const body = [
    `<header class="page"><a href="/">All stories</a><h1>${escapeHtml(entry.title)}</h1></header>`,
    '<main>',
    warningsHtml(warnings),
    '<div class="platforms">',
    `<section class="platform"><h2>Slack</h2><div class="slack">\n${slack.join('\n')}\n</div></section>`,
    `<section class="platform"><h2>Discord</h2><div class="discord">\n${discord.join('\n')}\n</div></section>`,
    '</div>',
    cardsHtml(entry.id, entry.briefing),
    '</main>',
  ].join('\n');
  return pageHtml(entry.title, body);
}

function warningsHtml(warnings: Warning[]): string {
  if (warnings.length === 0) return '<p class="ok">Nothing is cut: every post fits the platforms’ limits.</p>';
  const items = warnings.map(
    (w) =>
      `<li>${escapeHtml(`${w.platform}, ${w.command}: ${w.cut.shown} of ${w.cut.shown + w.cut.left} ${w.cut.what} shown; the post says “…and ${w.cut.left} more ${w.cut.what}”.`)}</li>`,
  );
  return `<section class="warnings"><h2>Cut to fit a platform limit</h2><ul>\n${items.join('\n')}\n</ul></section>`;
}

function cardsHtml(id: string, briefing: Briefing): string {
  // Every quote has its card, a fragment drawn in its sentence, as in chat answers (card-png.ts).
  const figures = briefing.quotes.map(
    (q, i) => `<figure><img src="${escapeHtml(cardHref(id, i + 1))}" alt="${escapeHtml(`“${q.text}” (${q.speaker.name})`)}"><figcaption>Card ${i + 1}: ${escapeHtml(q.speaker.name)}</figcaption></figure>`,
  );
  if (figures.length === 0) return '';
  return `<section><h2>Quote cards</h2><div class="cards">\n${figures.join('\n')}\n</div></section>`;
}
