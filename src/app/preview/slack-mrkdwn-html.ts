import { escapeHtml, safeHref } from './html-escape.js';
import { Placeholders } from './placeholders.js';

// Slack formats from a marker with a non-word character (or the edge) outside: the rule the renderer's escaping follows.
const EDGE_BEFORE = '(^|[^\\p{L}\\p{N}])';
const EDGE_AFTER = '(?![\\p{L}\\p{N}])';
const STYLES: [marker: string, tag: string][] = [
  ['\\*', 'strong'],
  ['_', 'em'],
  ['~', 's'],
];

/** Slack's own entities, decoded before the text is escaped again for HTML. */
function unescapeSlack(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * Draws Slack mrkdwn as HTML the way a Slack client shows it: *bold*, _italic_, ~strike~, <url|label> links and
 * "> " quoted lines. Everything else, including the renderer's lookalike characters, is shown as it is.
 */
export function slackMrkdwnToHtml(mrkdwn: string): string {
  const held = new Placeholders();
  const text = Placeholders.clean(mrkdwn).replace(/<([^<>|]*)(?:\|([^<>]*))?>/g, (_, target: string, label: string | undefined) => {
    const url = unescapeSlack(target);
    const shown = escapeHtml(unescapeSlack(label ?? target));
    if (/^[@#!]/.test(url)) return held.hold(`<span class="sk-mention">${shown}</span>`);
    const href = safeHref(url);
    return held.hold(href ? `<a href="${escapeHtml(href)}" rel="noreferrer noopener" target="_blank">${shown}</a>` : shown);
  });
  const lines = text.split('\n').map((line) => {
    const quoted = line.startsWith('>');
    let html = escapeHtml(unescapeSlack(quoted ? line.slice(1) : line));
    for (const [marker, tag] of STYLES) {
      const pattern = new RegExp(`${EDGE_BEFORE}${marker}([^\\n]*?[^\\s])${marker}${EDGE_AFTER}`, 'gu');
      html = html.replace(pattern, (_, before: string, inner: string) => `${before}<${tag}>${inner}</${tag}>`);
    }
    return quoted ? `<blockquote class="sk-quote">${html}</blockquote>` : html;
  });
  // A quoted line is a block of its own: no line break after it.
  const joined = lines.reduce((out, line, i) => (i === 0 ? line : out + (lines[i - 1]!.startsWith('<blockquote') ? '' : '<br>') + line), '');
  return held.restore(joined);
}
