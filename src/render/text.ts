import type { CommandReply } from '../contracts/command-reply.js';
import type { Briefing, Quote } from '../core/types.js';
import { linkLabel } from './link-label.js';
import { markers, sourceByline, sourceNumbers, speakerLabel } from './source-markers.js';

function heading(title: string, underline: string): string[] {
  return [title, underline.repeat(Math.min(72, [...title].length))];
}

function quoteLines(quote: Quote, numbers: Map<string, number>): string[] {
  const lines = [`  “${quote.text}”${quote.fragment ? ' (partial quote)' : ''}`, `    — ${speakerLabel(quote.speaker)} ${markers(quote.sources, numbers)}`.trimEnd()];
  return lines;
}

function sourceLines(briefing: Briefing): string[] {
  return briefing.sources.map((s, i) => {
    const by = sourceByline(s);
    // The address printed after a title that reads as one would contradict it: the title gives way to the real host.
    return `  [${i + 1}] ${linkLabel(s.title, s.url)}${by ? ` (${by})` : ''}${s.url ? ` ${s.url}` : ''}`;
  });
}

/** A briefing as plain text: what the shell prints and `build --format text` writes. Notes go under the title. */
export function briefingToText(briefing: Briefing, notes: string[] = []): string {
  const numbers = sourceNumbers(briefing);
  const out = [...heading(briefing.title, '='), ...notes, ''];
  out.push('Key points');
  briefing.keyPoints.forEach((p, i) => out.push(`  ${i + 1}. ${p.text} ${markers(p.sources, numbers)}`.trimEnd()));
  if (briefing.figures.length) {
    out.push('', 'Figures');
    for (const f of briefing.figures) out.push(`  • ${f.text} ${markers(f.sources, numbers)}`.trimEnd());
  }
  if (briefing.quotes.length) {
    out.push('', 'Quotes');
    for (const q of briefing.quotes) out.push(...quoteLines(q, numbers));
  }
  out.push('', 'Sources', ...sourceLines(briefing));
  return `${out.join('\n')}\n`;
}

export function quotesToText(briefing: Briefing, quotes: Quote[], title: string, notes: string[] = []): string {
  const numbers = sourceNumbers(briefing);
  const out = [...heading(title, '='), ...notes, ''];
  if (quotes.length === 0) out.push('  No quotes.');
  for (const q of quotes) out.push(...quoteLines(q, numbers), '');
  out.push('Sources', ...sourceLines(briefing));
  return `${out.join('\n')}\n`;
}

/** Any command reply as plain text (the shell adapter). */
export function replyToText(reply: CommandReply): string {
  switch (reply.kind) {
    case 'briefing':
      return briefingToText(reply.briefing, reply.notes);
    case 'quotes':
      return quotesToText(reply.briefing, reply.quotes, reply.heading, reply.notes);
    case 'message':
      return `${reply.title}\n${reply.lines.map((l) => `  ${l}`).join('\n')}\n`;
  }
}
