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
 * format it, and a stray backtick can swallow the rest of a line into code. Each is replaced by a character that
 * looks alike but means nothing to Slack (∗ U+2217, ˍ U+02CD, ∼ U+223C, ˋ U+02CB). Visible lookalikes rather
 * than zero-width characters: they render the same in every client and cannot themselves start formatting.
 */
const SLACK_FORMATTING_LOOKALIKES: Record<string, string> = { '*': '\u2217', _: '\u02CD', '~': '\u223C', '`': '\u02CB' };

/** Article text for mrkdwn fields: escaped, and formatting characters made inert (see above). */
export function escapeSlackMrkdwn(text: string): string {
  return escapeSlackText(text).replace(/[*_~`]/g, (c) => SLACK_FORMATTING_LOOKALIKES[c]!);
}

/** Slack sends typed `&`, `<`, `>` in command text as entities; this gives the words back as typed. */
export function unescapeSlackText(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * Escapes for mrkdwn (or with `escape`, e.g. escapeSlackText for plain_text), then keeps the result within
 * `limit` characters, ending with "…" when it had to cut. Cuts between whole characters of the raw text, so
 * an entity like `&amp;` or a surrogate pair is never split.
 */
export function escapeAndTruncate(text: string, limit: number, escape: (text: string) => string = escapeSlackMrkdwn): string {
  const escaped = escape(text);
  if (escaped.length <= limit) return escaped;
  let out = '';
  for (const char of text) {
    const piece = escape(char);
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
