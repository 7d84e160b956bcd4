import { createHash } from 'node:crypto';
import { handleCommand, type CommandContext } from '../commands/dispatch.js';
import type { StoryEntry } from '../stories/library.js';
import type { CommandReply } from '../contracts/command-reply.js';
import type { CommandRequest } from '../commands/types.js';
import { rankStories } from '../stories/rank-stories.js';
import type { FeedArticle, FeedArticleSource, ScheduleConfig } from '../contracts/schedule.js';
import { matchesName } from '../stories/name-match.js';
import { describeKeywords, hasKeywords, passesKeywords } from './keyword-filter.js';
import { newsSince } from './news-since.js';

type Briefing = StoryEntry['briefing'];
type Quote = Briefing['quotes'][number];

const DAY_MS = 86_400_000;
/** A new-articles post lists at most this many (the newest); the rest are counted in its last line. */
export const MAX_ARTICLES_PER_POST = 20;

/** One post a slot will make, or the reason it will not. */
export interface SlotPost {
  /** '' for a single-story schedule; the story id when the schedule posts several stories per slot. */
  item: string;
  story: string | null;
  reply: CommandReply | null;
  contentHash: string | null;
  skipReason?: string;
}

export interface PlanInput {
  schedule: ScheduleConfig;
  slot: Date;
  context: CommandContext;
  /** Since when "updated-since-last-run" counts: the last slot that ran, else the previous cron slot. */
  lastRun: Date | null;
  /** Hash of the last post made for an item (skip-unchanged). */
  lastPostedHash(item: string): Promise<string | null>;
  /** Where new-articles posts read a feed's articles; without it they are skipped with that reason. */
  feedArticles?: FeedArticleSource | undefined;
}

/**
 * Decides what one slot posts. Each post is built through handleCommand, so it shows exactly what
 * /briefing or /quotes would; a reply that is only a message (no story, no quotes from that speaker)
 * is skipped with its title as the reason rather than posted to the channel.
 */
export async function planSlot(input: PlanInput): Promise<SlotPost[]> {
  const { schedule, slot, context } = input;
  if (schedule.post === 'new-quotes') return planNewQuotes(input);
  if (schedule.post === 'new-articles') return planNewArticles(input);
  if (!schedule.stories) {
    return [await planOne(input, '', schedule.story)];
  }
  let entries = selectStories(schedule, slot, input.lastRun, context.library.list());
  if (hasKeywords(schedule.keywords) && entries.length > 0) {
    const kept = entries.filter((e) => passesKeywords(schedule.keywords, storyText(e.briefing)));
    if (kept.length === 0) {
      return [skipped(`nothing left after the keyword filter (${describeKeywords(schedule.keywords)}): ${count(entries.length, 'story', 'stories')} did not match`)];
    }
    entries = kept;
  }
  const posts: SlotPost[] = [];
  for (const entry of entries) posts.push(await planOne(input, entry.id, entry.id));
  return posts;
}

/** The reply for one story of a schedule: used when planning and when a crashed claim is posted again. */
export async function buildScheduledReply(schedule: ScheduleConfig, story: string | undefined, context: CommandContext): Promise<CommandReply> {
  // A schedule that names no story posts the newest (a bare /briefing would list the stories instead).
  const chosen = story ?? (schedule.post === 'briefing' ? context.library.defaultStory()?.id : undefined);
  const request: CommandRequest = {
    // A new-quotes item is one story's quotes from the speaker; the plan narrows them to the new ones.
    command: schedule.post === 'briefing' ? 'briefing' : 'quotes',
    platform: schedule.target.platform,
    public: true,
    ...(chosen ? { story: chosen } : {}),
    ...(schedule.speaker ? { speaker: schedule.speaker } : {}),
  };
  return handleCommand(request, context);
}

export function replyHash(reply: CommandReply): string {
  return createHash('sha256').update(JSON.stringify(reply)).digest('hex');
}

/** Tag of one post: "<schedule>@<slot ISO>", or "<schedule>/<story>@<slot ISO>" for multi-story schedules. */
export function deliveryTagSlot(scheduleId: string, slot: string, item: string): string {
  return item ? `${scheduleId}/${item}@${slot}` : `${scheduleId}@${slot}`;
}

async function planOne(input: PlanInput, item: string, story: string | undefined): Promise<SlotPost> {
  let reply = await buildScheduledReply(input.schedule, story, input.context);
  if (reply.kind === 'message') {
    return { item, story: story ?? null, reply: null, contentHash: null, skipReason: `nothing to post: ${reply.title}` };
  }
  const keywords = input.schedule.keywords;
  if (hasKeywords(keywords)) {
    if (reply.kind === 'quotes') {
      const quotes = reply.quotes.filter((q) => passesKeywords(keywords, quoteText(q)));
      if (quotes.length === 0) return { item, story: reply.briefing.id, reply: null, contentHash: null, skipReason: `nothing left after the keyword filter (${describeKeywords(keywords)}): ${count(reply.quotes.length, 'quote', 'quotes')} did not match` };
      reply = { ...reply, quotes };
    } else if (!passesKeywords(keywords, storyText(reply.briefing))) {
      return { item, story: reply.briefing.id, reply: null, contentHash: null, skipReason: `nothing left after the keyword filter (${describeKeywords(keywords)}): “${reply.briefing.title}” did not match` };
    }
  }
  const contentHash = replyHash(reply);
  const post: SlotPost = { item, story: reply.briefing.id, reply, contentHash };
  if (input.schedule.when_unchanged === 'skip-unchanged' && (await input.lastPostedHash(item)) === contentHash) {
    post.skipReason = 'unchanged since the last post (when_unchanged: skip-unchanged)';
  }
  return post;
}

function selectStories(schedule: ScheduleConfig, slot: Date, lastRun: Date | null, entries: StoryEntry[]): StoryEntry[] {
  const end = slot.getTime();
  const updated = (e: StoryEntry): number => Date.parse(e.updated);
  if (schedule.stories === 'updated-since-last-run') {
    const since = (lastRun ?? new Date(end - DAY_MS)).getTime();
    // A story changed when one of its sources became news, so a source read late still counts (news-since.ts).
    const changed = (e: StoryEntry): number =>
      Math.max(updated(e), ...e.briefing.sources.map((s) => newsSince(s.published ? Date.parse(s.published) : Number.NaN, seenAt(e, s.id))).filter(Number.isFinite));
    return entries.filter((e) => {
      const at = changed(e);
      return at > since && at <= end;
    });
  }
  // Most independent sources first, discounted by age; nothing from after the slot (a catch-up posts what was due).
  return rankStories(entries.filter((e) => updated(e) <= end), { now: slot, withinHours: DAY_MS / 3600_000, limit: schedule.stories!.top });
}

/**
 * A speaker's quotes first published since the last run, across every story: one post per story quoting them,
 * oldest story first, each showing only the new quotes. A quote counts from its earliest dated source (from when
 * it was read, when that was late: news-since.ts), else from its story's last update.
 */
async function planNewQuotes(input: PlanInput): Promise<SlotPost[]> {
  const { schedule, slot, context } = input;
  const speaker = schedule.speaker ?? '';
  const since = (input.lastRun ?? new Date(slot.getTime() - DAY_MS)).getTime();
  const end = slot.getTime();
  const posts: SlotPost[] = [];
  let filteredOut = 0;
  for (const entry of [...context.library.list()].reverse()) {
    const fresh = entry.briefing.quotes.filter((q) => {
      if (!matchesName(q.speaker.name, speaker)) return false;
      const at = quotedAt(q, entry);
      return at > since && at <= end;
    });
    const quotes = fresh.filter((q) => passesKeywords(schedule.keywords, quoteText(q)));
    filteredOut += fresh.length - quotes.length;
    if (quotes.length === 0) continue;
    const built = await buildScheduledReply(schedule, entry.id, context);
    if (built.kind !== 'quotes') continue;
    const reply: CommandReply = { ...built, quotes };
    posts.push({ item: entry.id, story: entry.id, reply, contentHash: replyHash(reply) });
  }
  if (posts.length > 0) return posts;
  if (filteredOut > 0) {
    return [skipped(`nothing left after the keyword filter (${describeKeywords(schedule.keywords!)}): ${count(filteredOut, 'new quote', 'new quotes')} from “${speaker}” did not match`)];
  }
  return [skipped(`nothing new: no quotes from “${speaker}” published since the last run`)];
}

/** The articles one feed gave since the last run, newest last, in one post. */
async function planNewArticles(input: PlanInput): Promise<SlotPost[]> {
  const { schedule, slot } = input;
  if (!input.feedArticles || !schedule.feed) return [skipped('nothing to post: feed articles are not available (live feeds are not running)')];
  const since = input.lastRun ?? new Date(slot.getTime() - DAY_MS);
  const createdAt = schedule.subscription ? Date.parse(schedule.subscription.createdAt) : Number.NEGATIVE_INFINITY;
  // What the feed already carried when the channel subscribed is not news to it (a first poll reads the whole feed).
  const fresh = (await input.feedArticles.feedArticles(schedule.feed, since, slot)).filter((a) => !a.published || !(Date.parse(a.published) < createdAt));
  const articles = fresh.filter((a) => passesKeywords(schedule.keywords, articleText(a)));
  const name = schedule.subscription?.whatText ?? schedule.feed;
  if (articles.length === 0) {
    if (fresh.length > 0) return [skipped(`nothing left after the keyword filter (${describeKeywords(schedule.keywords!)}): ${count(fresh.length, 'new article', 'new articles')} from ${name} did not match`)];
    return [skipped(`nothing new: no articles from ${name} since the last run`)];
  }
  const shown = articles.slice(-MAX_ARTICLES_PER_POST);
  const lines = shown.map((a) => [a.title ?? a.url ?? a.id, a.publisher ? ` (${a.publisher})` : '', a.url && a.title ? ` ${a.url}` : ''].join(''));
  if (articles.length > shown.length) lines.push(`…and ${count(articles.length - shown.length, 'older article', 'older articles')} since the last run`);
  const reply: CommandReply = { kind: 'message', visibility: 'public', title: `New from ${name}: ${count(articles.length, 'article', 'articles')}`, lines };
  return [{ item: '', story: null, reply, contentHash: replyHash(reply) }];
}

function skipped(reason: string): SlotPost {
  return { item: '', story: null, reply: null, contentHash: null, skipReason: reason };
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** What keyword filters read of a story: its title, key points, quotes and the headlines of its sources. */
function storyText(briefing: Briefing): string {
  return [briefing.title, ...briefing.keyPoints.map((p) => p.text), ...briefing.quotes.map(quoteText), ...briefing.sources.map((s) => s.title)].join('\n');
}

function quoteText(quote: Quote): string {
  return [quote.text, quote.context ?? ''].join('\n');
}

function articleText(article: FeedArticle): string {
  return [article.title ?? '', article.text].join('\n');
}

/** When a quote became news: its earliest source's news-since time (published, or read late), else when its story last changed. */
function quotedAt(quote: Quote, entry: StoryEntry): number {
  const times = quote.sources
    .map((id) => {
      const published = entry.briefing.sources.find((s) => s.id === id)?.published;
      return published ? newsSince(Date.parse(published), seenAt(entry, id)) : Number.NaN;
    })
    .filter((t) => Number.isFinite(t));
  return times.length ? Math.min(...times) : Date.parse(entry.updated);
}

function seenAt(entry: StoryEntry, sourceId: string): number | undefined {
  const seen = entry.firstSeen?.[sourceId];
  return seen ? Date.parse(seen) : undefined;
}
