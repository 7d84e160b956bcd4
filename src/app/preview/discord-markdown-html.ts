import { escapeHtml, safeHref } from './html-escape.js';
import { Placeholders } from './placeholders.js';

/**
 * Draws the Discord markdown the renderer writes as HTML: **bold**, *italic* and _italic_, ~~strike~~, [label](url)
 * links, "- " list lines and backslash escapes (an escaped character is shown, never read as markup).
 */
export function discordMarkdownToHtml(markdown: string): string {
  const held = new Placeholders();
  return held.restore(format(Placeholders.clean(markdown), held));
}

function format(markdown: string, held: Placeholders): string {
  let text = markdown.replace(/\\([^\p{L}\p{N}\s])/gu, (_, c: string) => held.hold(escapeHtml(c)));
  text = text.replace(/\[([^\]\n]*)\]\(([^()\s]+)\)/g, (_, label: string, url: string) => {
    const href = safeHref(url);
    const inner = format(label, held);
    return held.hold(href ? `<a href="${escapeHtml(href)}" rel="noreferrer noopener" target="_blank">${inner}</a>` : inner);
  });
  const lines = text.split('\n').map((line) => {
    const bullet = /^[-*] /.test(line);
    let html = escapeHtml(bullet ? line.slice(2) : line);
    html = html.replace(/\*\*([^\n]+?)\*\*/g, '<strong>$1</strong>');
    html = html.replace(/~~([^\n]+?)~~/g, '<s>$1</s>');
    html = html.replace(/(^|[^\p{L}\p{N}*])\*([^*\s][^*\n]*?)\*(?!\*)/gu, '$1<em>$2</em>');
    html = html.replace(/(^|[^\p{L}\p{N}_])_([^_\s][^_\n]*?)_(?![\p{L}\p{N}_])/gu, '$1<em>$2</em>');
    return bullet ? `<span class="dc-bullet">•</span>${html}` : html;
  });
  return lines.join('<br>');
}
