import type { CommandReply } from '../contracts/command-reply.js';
import type { Briefing, Quote, SourceRef } from '../core/types.js';
import type { CutSink } from './render-cut.js';
import { escapeAndTruncate, slackLink } from './slack-escape.js';

/** Slack's documented limits: past these, chat.postMessage and response_url answer invalid_blocks. */
export const SLACK_LIMITS = {
  blocks: 50,
  sectionText: 3000,
  headerText: 150,
  contextText: 3000,
  buttonValue: 2000,
  /** Slack truncates `text` at 40,000; a notification needs far less. */
  fallbackText: 3000,
} as const;

/** The action_id of the "Post to channel" button; the Slack adapter listens for it. */
export const SLACK_POST_ACTION_ID = 'newsbrief_post_to_channel';

/** Quote cards shown inside a full briefing; /quotes shows as many as the block limit allows. */
const TOP_QUOTES_IN_BRIEFING = 5;
/** Sections a list (figures, sources, message lines) may take before it says "…and N more". */
const MAX_LIST_SECTIONS = 2;

type TextObject = { type: 'plain_text'; text: string; emoji?: boolean } | { type: 'mrkdwn'; text: string };

export type SlackBlock =
  | { type: 'header'; text: { type: 'plain_text'; text: string; emoji: boolean } }
  | { type: 'section'; text: { type: 'mrkdwn'; text: string } }
  | { type: 'context'; elements: TextObject[] }
  | { type: 'divider' }
  | {
      type: 'actions';
      elements: { type: 'button'; action_id: string; text: { type: 'plain_text'; text: string }; value: string }[];
    };

export interface SlackMessage {
  /** Plain fallback for notifications and clients without blocks (escaped: Slack parses it too). */
  text: string;
  blocks: SlackBlock[];
}

export interface SlackRenderOptions {
  /** When set, an ephemeral reply gets a "Post to channel" button carrying this value (≤2000 chars). */
  postButtonValue?: string;
  /** A scheduled post sent after its slot: the message says so. */
  late?: boolean;
  /** Told about every list shortened to fit ("…and N more"), so a preview can warn about it. */
  onCut?: CutSink;
}

/** Turns a command reply into Block Kit within Slack's limits, plus a plain text fallback. Layout only. */
export function renderSlackReply(reply: CommandReply, options: SlackRenderOptions = {}): SlackMessage {
  const head: SlackBlock[] = [];
  const tail: SlackBlock[] = [];
  if (options.late) {
    head.push(context('_Posted late: the bot was not running at the scheduled time._'));
  }
  if (reply.kind !== 'message') for (const note of reply.notes ?? []) head.push(context(escapeAndTruncate(note, SLACK_LIMITS.contextText)));
  if (options.postButtonValue !== undefined && reply.visibility === 'ephemeral' && reply.kind !== 'message') {
    if (options.postButtonValue.length > SLACK_LIMITS.buttonValue) {
      throw new RangeError(`Slack button values hold at most ${SLACK_LIMITS.buttonValue} characters`);
    }
    tail.push({
      type: 'actions',
      elements: [
        {
          type: 'button',
          action_id: SLACK_POST_ACTION_ID,
          text: { type: 'plain_text', text: 'Post to channel' },
          value: options.postButtonValue,
        },
      ],
    });
  }
  switch (reply.kind) {
    case 'briefing':
      return renderBriefing(reply.briefing, head, tail, options.late, options.onCut);
    case 'quotes':
      return renderQuotes(reply.briefing, reply.quotes, reply.heading, head, tail, options.late, options.onCut);
    case 'message':
      return renderMessage(reply.title, reply.lines, head, options.onCut);
  }
}

function renderBriefing(briefing: Briefing, head: SlackBlock[], tail: SlackBlock[], late?: boolean, onCut?: CutSink): SlackMessage {
  const names = sourceNames(briefing);
  const top: SlackBlock[] = [header(briefing.title), ...head];
  const figures = briefing.figures.map(
    (f) => `• *${escapeAndTruncate(f.text, 200)}*: ${escapeAndTruncate(f.context, 1000)}${sourcesSuffix(f.sources, names)}`,
  );
  const figureBlocks = packLines('*Figures*', figures, MAX_LIST_SECTIONS, 'figures', onCut);
  const sourceLines = briefing.sources.map((s) => sourceLine(s));
  const sourceBlocks = packLines('*Sources*', sourceLines, MAX_LIST_SECTIONS, 'sources', onCut);
  const quotesWanted = Math.min(briefing.quotes.length, TOP_QUOTES_IN_BRIEFING);
  const moreQuotesLine = briefing.quotes.length > quotesWanted ? 1 : 0;

  // Fixed parts first; key points then quote cards share what is left of the 50 blocks.
  const fixed =
    top.length + figureBlocks.length + 1 /* divider */ + sourceBlocks.length + tail.length + (briefing.keyPoints.length ? 1 : 0);
  let free = SLACK_LIMITS.blocks - fixed;
  const quoteHeading = briefing.quotes.length ? 1 : 0;
  const pointBudget = Math.max(0, free - quoteHeading - 2 - moreQuotesLine);
  const points = fitGroups(
    briefing.keyPoints.map((p) => [section(`• ${escapeAndTruncate(p.text, SLACK_LIMITS.sectionText - 2)}`), sourcesContext(p.sources, names, onCut)]),
    pointBudget,
    'key points',
    undefined,
    onCut,
  );
  free -= points.length;
  const quoteBlocks: SlackBlock[] = [];
  if (briefing.quotes.length) {
    quoteBlocks.push(section('*Top quotes*'));
    free -= 1;
    const cards = briefing.quotes.map((q) => quoteCard(q, names, onCut));
    quoteBlocks.push(...fitGroups(cards, free, 'quotes', quotesWanted, onCut));
  }

  const blocks: SlackBlock[] = [...top];
  if (points.length) blocks.push(section('*Key points*'), ...points);
  blocks.push(...figureBlocks, { type: 'divider' }, ...quoteBlocks, ...sourceBlocks, ...tail);

  const fallback = [briefing.title, ...briefing.keyPoints.map((p) => `• ${p.text}`)];
  return { text: fallbackText(fallback, late), blocks };
}

function renderQuotes(
  briefing: Briefing,
  quotes: Quote[],
  heading: string,
  head: SlackBlock[],
  tail: SlackBlock[],
  late?: boolean,
  onCut?: CutSink,
): SlackMessage {
  const names = sourceNames(briefing);
  const top: SlackBlock[] = [header(heading), ...head];
  // "Quotes: <title>" already names the story; "Quotes from <speaker>" does not.
  if (!heading.includes(briefing.title)) top.push(context(`From *${escapeAndTruncate(briefing.title, 300)}*`));
  const budget = SLACK_LIMITS.blocks - top.length - tail.length;
  const cards = fitGroups(
    quotes.map((q) => quoteCard(q, names, onCut)),
    budget,
    'quotes',
    undefined,
    onCut,
  );
  const fallback = [heading, ...quotes.slice(0, 5).map((q) => `“${q.text}” (${q.speaker.name})`)];
  return { text: fallbackText(fallback, late), blocks: [...top, ...cards, ...tail] };
}

function renderMessage(title: string, lines: string[], head: SlackBlock[], onCut?: CutSink): SlackMessage {
  const top: SlackBlock[] = [header(title), ...head];
  const body = packLines('', lines.map((l) => escapeAndTruncate(l, 1000)), SLACK_LIMITS.blocks - top.length, 'lines', onCut);
  return { text: fallbackText([title, ...lines]), blocks: [...top, ...body] };
}

function quoteCard(quote: Quote, names: Map<string, SourceRef>, onCut?: CutSink): SlackBlock[] {
  const who = quote.speaker.role ? `${quote.speaker.name}, ${quote.speaker.role}` : quote.speaker.name;
  const whoText = `*${escapeAndTruncate(who, 300)}*`;
  const room = SLACK_LIMITS.sectionText - whoText.length - 10;
  const lines = escapeAndTruncate(quote.text.replace(/\s*\n+\s*/g, ' '), room);
  return [section(`>${lines}\n${whoText}`), sourcesContext(quote.sources, names, onCut)];
}

/**
 * Keeps as many whole groups (a point or card and its context line) as fit in `budget` blocks, capped at
 * `cap`, and ends with "…and N more" when some were left out, so the count shown plus N is always the total.
 */
function fitGroups(groups: SlackBlock[][], budget: number, label: string, cap = groups.length, onCut?: CutSink): SlackBlock[] {
  const out: SlackBlock[] = [];
  let shown = 0;
  for (const group of groups) {
    const needMore = groups.length - shown - 1 > 0 ? 1 : 0;
    if (shown >= cap || out.length + group.length + needMore > budget) break;
    out.push(...group);
    shown += 1;
  }
  const left = groups.length - shown;
  if (left > 0 && budget > out.length) out.push(context(`…and ${left} more ${label}`));
  if (left > 0) onCut?.({ what: label, shown, left });
  return out;
}

/**
 * Packs mrkdwn lines into at most `maxSections` sections of ≤3000 characters, ending with "…and N more"
 * when they do not all fit. Each line must already be escaped.
 */
function packLines(heading: string, lines: string[], maxSections: number, label: string, onCut?: CutSink): SlackBlock[] {
  if (lines.length === 0 || maxSections <= 0) return [];
  const reserve = 40; // room for "…and N more …" in the last section
  const texts: string[] = [];
  let current = heading;
  let used = 0;
  for (const line of lines) {
    const candidate = current ? `${current}\n${line}` : line;
    const isLastSection = texts.length === maxSections - 1;
    const limit = isLastSection && used < lines.length - 1 ? SLACK_LIMITS.sectionText - reserve : SLACK_LIMITS.sectionText;
    if (candidate.length <= limit) {
      current = candidate;
      used += 1;
      continue;
    }
    if (isLastSection) break;
    // Lines arrive pre-truncated far below 3000 characters, so one always fits a fresh section.
    texts.push(current);
    current = line;
    used += 1;
  }
  const left = lines.length - used;
  if (left > 0) {
    current = `${current}\n_…and ${left} more ${label}_`;
    onCut?.({ what: label, shown: used, left });
  }
  if (current) texts.push(current);
  return texts.map((t) => section(t));
}

function header(text: string): SlackBlock {
  // plain_text: Slack formats nothing there, so only the entities are escaped.
  return { type: 'header', text: { type: 'plain_text', text: escapeAndTruncate(text, SLACK_LIMITS.headerText, 'plain_text'), emoji: true } };
}

function section(text: string): SlackBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

function context(text: string): SlackBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text }] };
}

function sourceNames(briefing: Briefing): Map<string, SourceRef> {
  return new Map(briefing.sources.map((s) => [s.id, s]));
}

function sourceLabel(source: SourceRef | undefined, id: string): string {
  return source?.publisher ?? source?.title ?? id;
}

function sourcesContext(ids: string[], names: Map<string, SourceRef>, onCut?: CutSink): SlackBlock {
  const parts = ids.map((id) => slackLink(names.get(id)?.url, truncateRaw(sourceLabel(names.get(id), id), 80)));
  let text = `Sources: ${parts.join(' · ')}`;
  if (text.length > SLACK_LIMITS.contextText) {
    // Drop whole links rather than cut one in half.
    let kept = parts.length;
    while (kept > 0 && `Sources: ${parts.slice(0, kept).join(' · ')} · …and ${parts.length - kept} more`.length > SLACK_LIMITS.contextText) kept -= 1;
    text = `Sources: ${parts.slice(0, kept).join(' · ')} · …and ${parts.length - kept} more`;
    onCut?.({ what: 'sources', shown: kept, left: parts.length - kept });
  }
  return context(ids.length ? text : 'Sources: none recorded');
}

function sourcesSuffix(ids: string[], names: Map<string, SourceRef>): string {
  if (!ids.length) return '';
  return ` _(${ids.map((id) => escapeAndTruncate(sourceLabel(names.get(id), id), 80)).join(', ')})_`;
}

function sourceLine(source: SourceRef): string {
  const byline = [source.publisher, source.published?.slice(0, 10)].filter(Boolean).join(', ');
  const link = slackLink(source.url, truncateRaw(source.title || source.id, 300));
  return `• ${link}${byline ? ` (${escapeAndTruncate(byline, 200)})` : ''}`;
}

function truncateRaw(text: string, limit: number): string {
  const chars = [...text];
  return chars.length <= limit ? text : `${chars.slice(0, limit - 1).join('').trimEnd()}…`;
}

function fallbackText(lines: string[], late?: boolean): string {
  const text = (late ? ['(Posted late)', ...lines] : lines).join('\n');
  return escapeAndTruncate(text, SLACK_LIMITS.fallbackText);
}
