import type { DiscordEmbed, DiscordMessageBody } from '../../render/discord-embeds.js';
import { discordMarkdownToHtml } from './discord-markdown-html.js';
import { escapeHtml } from './html-escape.js';

function colourHex(colour: number | undefined): string {
  // Discord draws an embed without a colour with its neutral grey bar.
  return `#${(colour ?? 0x1e1f22).toString(16).padStart(6, '0')}`;
}

function embedHtml(embed: DiscordEmbed): string {
  const parts: string[] = [];
  // Discord shows the author name and footer as plain text; titles, descriptions and fields as markdown.
  if (embed.author) parts.push(`<div class="dc-author">${escapeHtml(embed.author.name)}</div>`);
  if (embed.title) parts.push(`<div class="dc-title">${discordMarkdownToHtml(embed.title)}</div>`);
  if (embed.description) parts.push(`<div class="dc-description">${discordMarkdownToHtml(embed.description)}</div>`);
  if (embed.fields?.length) {
    const fields = embed.fields.map(
      (f) =>
        `<div class="dc-field${f.inline ? ' dc-inline' : ''}"><div class="dc-field-name">${discordMarkdownToHtml(f.name)}</div><div class="dc-field-value">${discordMarkdownToHtml(f.value)}</div></div>`,
    );
    parts.push(`<div class="dc-fields">${fields.join('')}</div>`);
  }
  if (embed.footer) parts.push(`<div class="dc-footer">${escapeHtml(embed.footer.text)}</div>`);
  return `<div class="dc-embed" style="border-left-color:${colourHex(embed.color)}">${parts.join('')}</div>`;
}

/** The messages of one Discord reply as the Discord client draws them: text above, then the embeds. */
export function discordMessagesHtml(bodies: DiscordMessageBody[]): string {
  return bodies
    .map((body, i) =>
      [
        '<div class="dc-message">',
        i === 0 ? '<div class="dc-sender"><span class="dc-avatar" aria-hidden="true">nb</span><b>newsbrief</b> <span class="dc-app">APP</span></div>' : '',
        body.content ? `<div class="dc-content">${discordMarkdownToHtml(body.content)}</div>` : '',
        ...body.embeds.map(embedHtml),
        '</div>',
      ].join('\n'),
    )
    .join('\n');
}
