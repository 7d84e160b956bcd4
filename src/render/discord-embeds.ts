import type { CommandReply } from '../contracts/command-reply.js';
import type { Briefing, Quote, SourceRef } from '../core/types.js';
import type { CutSink } from './render-cut.js';
import { DISCORD_LIMITS as L, escapeDiscordMarkdown as esc, fitLines, markdownLink, truncateText } from './discord-text.js';

export interface DiscordEmbedField {
  name: string;
  value: string;
  inline?: boolean;
}

/** The subset of Discord's embed object newsbrief uses (structurally a discord-api-types APIEmbed). */
export interface DiscordEmbed {
  title?: string;
  description?: string;
  color?: number;
  author?: { name: string };
  fields?: DiscordEmbedField[];
  footer?: { text: string };
}

/** A message body as the Discord REST API takes it (channel message, webhook edit or follow-up). */
export interface DiscordMessageBody {
  content?: string;
  embeds: DiscordEmbed[];
  /** Always empty: text from articles ("@everyone", "<@123>") must never ping anyone. */
  allowed_mentions: { parse: [] };
}

export interface DiscordRenderOptions {
  /** Messages a reply may take before the rest is summed up as "…and N more" (default 3). */
  maxMessages?: number;
  /** Plain text put first in the first message, e.g. the note on a late scheduled post. */
  note?: string;
  /** Put in the footer of the first embed, so a post can be recognised later (reconciliation). */
  marker?: string;
  /** Told about every list shortened to fit ("…and N more"), so a preview can warn about it. */
  onCut?: CutSink;
}

/** Characters kept free in each message of a tagged reply for the part marker ("newsbrief ref nb… · 2/3"). */
export const PART_MARKER_ROOM = 64;

const BRIEFING_COLOR = 0x2f6fb5;
const QUOTE_COLOR = 0x8a5cc2;
const MESSAGE_COLOR = 0x7a7f87;

/** Turns a command reply into one or more Discord message bodies that always fit Discord's limits. */
export function renderDiscordReply(reply: CommandReply, options: DiscordRenderOptions = {}): DiscordMessageBody[] {
  const marker = options.marker;
  // What the story left out goes with the other notes, in the message text above the embeds.
  const note = [options.note, ...(reply.kind === 'message' ? [] : (reply.notes ?? []).map((n) => esc(n)))].filter(Boolean).join('\n') || undefined;
  switch (reply.kind) {
    case 'briefing':
      return [message(note, [briefingEmbed(reply.briefing, marker, options.onCut)])];
    case 'message':
      return [message(note, [plainEmbed(reply.title, reply.lines, marker, options.onCut)])];
    case 'quotes':
      return quoteMessages(reply.briefing, reply.quotes, reply.heading, { ...options, ...(note ? { note } : {}) });
  }
}

function message(content: string | undefined, embeds: DiscordEmbed[]): DiscordMessageBody {
  const body: DiscordMessageBody = { embeds, allowed_mentions: { parse: [] } };
  if (content) body.content = truncateText(content, L.content);
  return body;
}

/** Characters of an embed that count against the 6000 a message. */
export function embedLength(embed: DiscordEmbed): number {
  let n = (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
  n += (embed.author?.name.length ?? 0) + (embed.footer?.text.length ?? 0);
  for (const f of embed.fields ?? []) n += f.name.length + f.value.length;
  return n;
}

/** Discord refuses empty titles, names and values: an empty string from upstream falls back instead of failing the message. */
function orElse(text: string, fallback: string): string {
  return text.trim() ? text : fallback;
}

function sourceMarkers(briefing: Briefing, ids: string[]): string {
  const marks: number[] = [];
  for (const id of ids) {
    const index = briefing.sources.findIndex((s) => s.id === id);
    if (index >= 0 && !marks.includes(index + 1)) marks.push(index + 1);
  }
  return marks.sort((a, b) => a - b).map((n) => `[${n}]`).join('');
}

function sourceLine(source: SourceRef, number: number): string {
  const title = truncateText(source.title, 100);
  const label = source.url ? markdownLink(title, source.url) : esc(title);
  const publisher = source.publisher ? ` · ${esc(truncateText(source.publisher, 60))}` : '';
  return `[${number}] ${label}${publisher}`;
}

/** Source lines packed into as few fields as possible, at most `maxFields`, the rest counted. */
function sourceFields(lines: string[], name: string, maxFields: number, onCut?: CutSink): DiscordEmbedField[] {
  const fields: DiscordEmbedField[] = [];
  let rest = lines;
  while (rest.length > 0 && fields.length < maxFields) {
    const last = fields.length === maxFields - 1;
    const more = (n: number) => `…and ${n} more source${n === 1 ? '' : 's'}`;
    let { text, shown } = fitLines(rest, L.fieldValue, more);
    if (!last && shown < rest.length) {
      // Not the last field: no "more" line here, the next field carries on.
      ({ text, shown } = fitLines(rest.slice(0, shown), L.fieldValue, more));
    }
    fields.push({ name: fields.length === 0 ? name : `${name} (continued)`, value: text });
    rest = rest.slice(shown);
  }
  if (rest.length > 0) onCut?.({ what: 'sources', shown: lines.length - rest.length, left: rest.length });
  return fields;
}

function briefingEmbed(briefing: Briefing, marker: string | undefined, onCut?: CutSink): DiscordEmbed {
  const embed: DiscordEmbed = { title: truncateText(esc(orElse(briefing.title, briefing.id)), L.title), color: BRIEFING_COLOR };
  const footerParts: string[] = [];
  if (briefing.quotes.length > 0) {
    const speakers = briefing.speakers.length;
    footerParts.push(
      `${briefing.quotes.length} quote${briefing.quotes.length === 1 ? '' : 's'} from ${speakers} speaker${speakers === 1 ? '' : 's'}: /quotes`,
    );
  }
  if (marker) footerParts.push(marker);
  if (footerParts.length) embed.footer = { text: truncateText(footerParts.join(' · '), L.footer) };

  const sources = sourceFields(
    briefing.sources.map((s, i) => sourceLine(s, i + 1)),
    'Sources',
    2,
    onCut,
  );
  let budget = L.total - embedLength(embed) - sources.reduce((n, f) => n + f.name.length + f.value.length, 0);

  const points = briefing.keyPoints.map((p) => `- ${esc(p.text)} ${sourceMarkers(briefing, p.sources)}`.trimEnd());
  if (points.length > 0) {
    // Leave room for at least a few figures when there are any.
    const reserve = briefing.figures.length > 0 ? Math.min(600, budget / 3) : 0;
    const more = (n: number) => `…and ${n} more key point${n === 1 ? '' : 's'}`;
    const fitted = fitLines(points, Math.min(L.description, budget - reserve), more);
    embed.description = fitted.text;
    if (fitted.shown < points.length) onCut?.({ what: 'key points', shown: fitted.shown, left: points.length - fitted.shown });
    budget -= embed.description.length;
  }

  const fields: DiscordEmbedField[] = [];
  const moreName = 'More figures';
  const moreValue = (n: number) => `…and ${n} more figure${n === 1 ? '' : 's'}`;
  const maxFigureFields = L.fields - sources.length;
  let shownFigures = 0;
  for (const figure of briefing.figures) {
    const left = briefing.figures.length - shownFigures;
    const reserve = left > 1 ? moreName.length + moreValue(left).length : 0;
    if (fields.length + (left > 1 ? 2 : 1) > maxFigureFields) break;
    const markers = sourceMarkers(briefing, figure.sources);
    const name = truncateText(esc(orElse(figure.text, String(figure.value))), L.fieldName);
    const value = `${truncateText(esc(orElse(figure.context, figure.text)), L.fieldValue - markers.length - 1)} ${markers}`.trim() || name;
    if (name.length + value.length + reserve > budget) break;
    fields.push({ name, value, inline: false });
    budget -= name.length + value.length;
    shownFigures++;
  }
  const hidden = briefing.figures.length - shownFigures;
  if (hidden > 0) {
    fields.push({ name: moreName, value: moreValue(hidden) });
    onCut?.({ what: 'figures', shown: shownFigures, left: hidden });
  }
  embed.fields = [...fields, ...sources];
  if (embed.fields.length === 0) delete embed.fields;
  return embed;
}

function plainEmbed(title: string, lines: string[], marker: string | undefined, onCut?: CutSink): DiscordEmbed {
  const embed: DiscordEmbed = { title: truncateText(esc(orElse(title, 'newsbrief')), L.title), color: MESSAGE_COLOR };
  if (lines.length > 0) {
    const fitted = fitLines(lines.map((l) => esc(l)), L.description, (n) => `…and ${n} more`);
    embed.description = fitted.text;
    if (fitted.shown < lines.length) onCut?.({ what: 'lines', shown: fitted.shown, left: lines.length - fitted.shown });
  }
  if (marker) embed.footer = { text: truncateText(marker, L.footer) };
  return embed;
}

function quoteCard(briefing: Briefing, quote: Quote, onCut?: CutSink): DiscordEmbed {
  const name = orElse(quote.speaker.name, 'Unnamed speaker');
  const who = quote.speaker.role ? `${name} · ${quote.speaker.role}` : name;
  const embed: DiscordEmbed = {
    author: { name: truncateText(who, L.author) },
    description: truncateText(`“${esc(quote.text)}”`, L.description),
    color: QUOTE_COLOR,
  };
  const lines = quote.sources.flatMap((id) => {
    const index = briefing.sources.findIndex((s) => s.id === id);
    return index >= 0 ? [sourceLine(briefing.sources[index]!, index + 1)] : [];
  });
  if (lines.length > 0) {
    const more = (n: number) => `…and ${n} more source${n === 1 ? '' : 's'}`;
    const fitted = fitLines(lines, L.fieldValue, more);
    embed.fields = [{ name: lines.length === 1 ? 'Source' : 'Sources', value: fitted.text }];
    if (fitted.shown < lines.length) onCut?.({ what: 'sources', shown: fitted.shown, left: lines.length - fitted.shown });
  }
  return embed;
}

function quoteMessages(briefing: Briefing, quotes: Quote[], heading: string, options: DiscordRenderOptions): DiscordMessageBody[] {
  const maxMessages = Math.max(1, options.maxMessages ?? 3);
  // The heading may already name the story ("Quotes: <title>"); say the title once.
  const title = heading.includes(briefing.title) ? `**${esc(heading)}**` : `**${esc(heading)}** · ${esc(briefing.title)}`;
  const intro = [options.note, title].filter(Boolean).join('\n');
  if (quotes.length === 0) {
    const embed = plainEmbed('Nobody is quoted in this story.', [], options.marker, options.onCut);
    return [message(intro, [embed])];
  }
  const cards = quotes.map((q) => quoteCard(briefing, q, options.onCut));
  if (options.marker) cards[0]!.footer = { text: truncateText(options.marker, L.footer) };

  // A tagged post's poster marks every message with its part (channel-poster.ts markParts): keep room for it.
  const budget = options.marker ? L.total - PART_MARKER_ROOM : L.total;
  const pages: DiscordEmbed[][] = [];
  let page: DiscordEmbed[] = [];
  let length = 0;
  for (const card of cards) {
    const size = embedLength(card);
    if (page.length === L.embeds || (page.length > 0 && length + size > budget)) {
      pages.push(page);
      if (pages.length === maxMessages) break;
      page = [];
      length = 0;
    }
    page.push(card);
    length += size;
  }
  if (pages.length < maxMessages && page.length > 0) pages.push(page);

  const shown = pages.reduce((n, p) => n + p.length, 0);
  const left = quotes.length - shown;
  if (left > 0) options.onCut?.({ what: 'quotes', shown, left });
  return pages.map((embeds, i) => {
    const parts: string[] = [];
    if (i === 0) parts.push(intro);
    if (i === pages.length - 1 && left > 0) {
      parts.push(`…and ${left} more quote${left === 1 ? '' : 's'}: narrow it down with the speaker or story option.`);
    }
    return message(parts.join('\n') || undefined, embeds);
  });
}
