/**
 * Slack reads `&`, `<` and `>` as control characters in every text field: `<!channel>` pings a channel and
 * `<https://x|label>` forges a link. Article text is escaped before it reaches any block, so it arrives inert.
 */
export function escapeSlackText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Slack sends typed `&`, `<`, `>` in command text as entities; this gives the words back as typed. */
export function unescapeSlackText(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * Escapes, then keeps the result within `limit` characters, ending with "…" when it had to cut. Cuts
 * between whole characters of the raw text, so an entity like `&amp;` or a surrogate pair is never split.
 */
export function escapeAndTruncate(text: string, limit: number): string {
  const escaped = escapeSlackText(text);
  if (escaped.length <= limit) return escaped;
  let out = '';
  for (const char of text) {
    const piece = escapeSlackText(char);
    if (out.length + piece.length > limit - 1) break;
    out += piece;
  }
  return `${out.trimEnd()}…`;
}

/**
 * A Slack link `<url|label>` when the URL is http(s), else just the escaped label. Characters that would end
 * the link early (`|`, `>`) are percent-encoded, so a crafted URL cannot smuggle its own label or mention.
 */
export function slackLink(url: string | undefined, label: string): string {
  const safeLabel = escapeSlackText(label).replace(/\|/g, '¦');
  if (!url) return safeLabel;
  let href: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return safeLabel;
    href = parsed.href;
  } catch {
    return safeLabel;
  }
  href = href.replace(/\|/g, '%7C').replace(/</g, '%3C').replace(/>/g, '%3E').replace(/&/g, '&amp;');
  return `<${href}|${safeLabel}>`;
}
