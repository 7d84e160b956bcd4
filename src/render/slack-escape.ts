import { linkLabel } from './link-label.js';

/**
 * Slack reads `&`, `<` and `>` as control characters in every text field: `<!channel>` pings a channel and
 * `<https://x|label>` forges a link. Article text is escaped before it reaches any block, so it arrives inert.
 */
export function escapeSlackText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Slack's mrkdwn has no escape character: `*bold*`, `_italic_`, `~strike~` and backticks in article text would
 * format it, and a stray backtick can swallow the rest of a line into code. Such a character is replaced by one
 * that looks alike but means nothing to Slack (∗ U+2217, ˍ U+02CD, ∼ U+223C, ˋ U+02CB). Visible lookalikes
 * rather than zero-width characters: they render the same in every client and cannot start formatting themselves.
 * Slack formats only from a marker with a non-word character (or the text's edge) on its outer side, so `*`, `_`
 * and `~` between two letters or digits (snake_case, channel_not_found, 2*3) are left as they are; backticks
 * always go.
 */
const SLACK_FORMATTING_LOOKALIKES: Record<string, string> = { '*': '\u2217', _: '\u02CD', '~': '\u223C', '`': '\u02CB' };

/** Raw text with every character Slack could read as formatting replaced by its lookalike (one for one). */
export function neutraliseSlackFormatting(text: string): string {
  return text.replace(/`|(?<![\p{L}\p{N}])[*_~]|[*_~](?![\p{L}\p{N}])/gu, (c) => SLACK_FORMATTING_LOOKALIKES[c]!);
}

/** Article text for mrkdwn fields: formatting made inert (see above), then escaped. */
export function escapeSlackMrkdwn(text: string): string {
  return escapeSlackText(neutraliseSlackFormatting(text));
}

/** Slack sends typed `&`, `<`, `>` in command text as entities; this gives the words back as typed. */
export function unescapeSlackText(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * Escapes for a `mrkdwn` field (formatting made inert too) or a `plain_text` one (Slack formats nothing there),
 * then keeps the result within `limit` characters, ending with "…" when it had to cut. Cuts between whole
 * characters of the raw text, so an entity like `&amp;` or a surrogate pair is never split.
 */
export function escapeAndTruncate(text: string, limit: number, field: 'mrkdwn' | 'plain_text' = 'mrkdwn'): string {
  const raw = field === 'mrkdwn' ? neutraliseSlackFormatting(text) : text;
  const escaped = escapeSlackText(raw);
  if (escaped.length <= limit) return escaped;
  let out = '';
  for (const char of raw) {
    const piece = escapeSlackText(char);
    if (out.length + piece.length > limit - 1) break;
    out += piece;
  }
  return `${out.trimEnd()}…`;
}

/**
 * A Slack link `<url|label>` when the URL is http(s), else just the escaped label. Characters that would end
 * the link early (`|`, `>`) are percent-encoded, so a crafted URL cannot smuggle its own label or mention; a
 * label that reads as an address is replaced by the link's real host (see linkLabel).
 */
export function slackLink(url: string | undefined, label: string): string {
  const safe = (text: string) => escapeSlackMrkdwn(text).replace(/\|/g, '¦');
  if (!url) return safe(label);
  let href: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return safe(label);
    href = parsed.href;
  } catch {
    return safe(label);
  }
  const safeLabel = safe(linkLabel(label, href));
  href = href.replace(/\|/g, '%7C').replace(/</g, '%3C').replace(/>/g, '%3E').replace(/&/g, '&amp;');
  return `<${href}|${safeLabel}>`;
}
