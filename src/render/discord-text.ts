import { linkLabel } from './link-label.js';

/** Discord's documented message limits. Anything longer is refused with an API error, so the renderer fits to these. */
export const DISCORD_LIMITS = {
  title: 256,
  description: 4096,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  footer: 2048,
  author: 256,
  embeds: 10,
  /** All titles, descriptions, field names and values, footers and author names of one message together. */
  total: 6000,
  content: 2000,
  choiceName: 100,
} as const;

/**
 * Article text is shown as written: markdown characters are escaped so a stray `*` or `<@123>`
 * displays literally instead of formatting or looking like a mention.
 */
export function escapeDiscordMarkdown(text: string): string {
  return text.replace(/[\\*_~`|[\]<>]/g, '\\$&').replace(/^([#>-])/gm, '\\$1');
}

/**
 * Cuts text to at most `limit` UTF-16 units (never more than Discord counts), ending in "…".
 * Never leaves half a surrogate pair or a dangling escape backslash.
 */
export function truncateText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  if (limit <= 0) return '';
  let cut = text.slice(0, limit - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const backslashes = /\\+$/.exec(cut)?.[0].length ?? 0;
  if (backslashes % 2 === 1) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/**
 * Joins whole lines within `limit`; when some do not fit, the last line says how many were left out.
 * A first line that alone is too long is cut instead, so something is always shown.
 */
export function fitLines(lines: string[], limit: number, more: (left: number) => string): { text: string; shown: number } {
  if (lines.length === 0) return { text: '', shown: 0 };
  const whole = lines.join('\n');
  if (whole.length <= limit) return { text: whole, shown: lines.length };
  let shown = 0;
  let length = 0;
  for (const line of lines) {
    const next = length + (shown > 0 ? 1 : 0) + line.length;
    const tail = more(lines.length - shown - 1);
    if (next + 1 + tail.length > limit) break;
    length = next;
    shown++;
  }
  if (shown === 0) {
    const tail = more(lines.length - 1);
    const room = limit - tail.length - 1;
    if (room < 1) return { text: truncateText(lines[0]!, limit), shown: 1 };
    return { text: `${truncateText(lines[0]!, room)}\n${tail}`, shown: 1 };
  }
  return { text: `${lines.slice(0, shown).join('\n')}\n${more(lines.length - shown)}`, shown };
}

/**
 * A markdown link whose label cannot break out of its brackets and whose URL cannot end the link early; a label
 * that reads as an address is replaced by the link's real host (see linkLabel).
 */
export function markdownLink(label: string, url: string): string {
  const safeUrl = url.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${escapeDiscordMarkdown(linkLabel(label, url))}](${safeUrl})`;
}
