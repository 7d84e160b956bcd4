import type { Briefing, Quote } from '../core/types.js';
import { linkLabel } from './link-label.js';
import { markers, sourceByline, sourceNumbers, speakerLabel } from './source-markers.js';

/** Markdown control characters in article text are escaped, so text cannot become links or headings. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

function quoteBlock(quote: Quote, numbers: Map<string, number>): string[] {
  return [
    `> “${escapeMarkdown(quote.text)}”${quote.fragment ? ' *(partial quote)*' : ''}`,
    `>`,
    `> — **${escapeMarkdown(speakerLabel(quote.speaker))}** ${markers(quote.sources, numbers)}`.trimEnd(),
    '',
  ];
}

/** A URL that cannot end its link early: `)`, spaces and brackets would let it add a label of its own. */
function markdownUrl(url: string): string {
  return url.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function sourceList(briefing: Briefing): string[] {
  return briefing.sources.map((s, i) => {
    const by = sourceByline(s);
    const link = s.url ? `[${escapeMarkdown(linkLabel(s.title, s.url))}](${markdownUrl(s.url)})` : escapeMarkdown(s.title);
    return `${i + 1}. ${link}${by ? ` (${escapeMarkdown(by)})` : ''}`;
  });
}

export function briefingToMarkdown(briefing: Briefing): string {
  const numbers = sourceNumbers(briefing);
  const out = [`# ${escapeMarkdown(briefing.title)}`, '', '## Key points', ''];
  for (const p of briefing.keyPoints) out.push(`- ${escapeMarkdown(p.text)} ${markers(p.sources, numbers)}`.trimEnd());
  if (briefing.figures.length) {
    out.push('', '## Figures', '');
    for (const f of briefing.figures) out.push(`- **${escapeMarkdown(f.text)}** ${markers(f.sources, numbers)}`.trimEnd());
  }
  if (briefing.quotes.length) {
    out.push('', '## Quotes', '');
    for (const q of briefing.quotes) out.push(...quoteBlock(q, numbers));
  }
  out.push('', '## Sources', '', ...sourceList(briefing));
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}

export function quotesToMarkdown(briefing: Briefing, quotes: Quote[], title: string): string {
  const numbers = sourceNumbers(briefing);
  const out = [`# ${escapeMarkdown(title)}`, ''];
  for (const q of quotes) out.push(...quoteBlock(q, numbers));
  out.push('## Sources', '', ...sourceList(briefing));
  return `${out.join('\n')}\n`;
}
