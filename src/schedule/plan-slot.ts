import { createHash } from 'node:crypto';
import { handleCommand, type CommandContext } from '../commands/dispatch.js';
import type { StoryEntry } from '../stories/library.js';
import type { CommandReply } from '../contracts/command-reply.js';
import type { CommandRequest } from '../commands/types.js';
import { rankStories } from '../stories/rank-stories.js';
import type { ScheduleConfig } from '../contracts/schedule.js';

const DAY_MS = 86_400_000;

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
}

/**
 * Decides what one slot posts. Each post is built through handleCommand, so it shows exactly what
 * /briefing or /quotes would; a reply that is only a message (no story, no quotes from that speaker)
 * is skipped with its title as the reason rather than posted to the channel.
 */
export async function planSlot(input: PlanInput): Promise<SlotPost[]> {
  const { schedule, slot, context } = input;
  if (!schedule.stories) {
    return [await planOne(input, '', schedule.story)];
  }
  const entries = selectStories(schedule, slot, input.lastRun, context.library.list());
  const posts: SlotPost[] = [];
  for (const entry of entries) posts.push(await planOne(input, entry.id, entry.id));
  return posts;
}

/** The reply for one story of a schedule: used when planning and when a crashed claim is posted again. */
export async function buildScheduledReply(schedule: ScheduleConfig, story: string | undefined, context: CommandContext): Promise<CommandReply> {
  // A schedule that names no story posts the newest (a bare /briefing would list the stories instead).
  const chosen = story ?? (schedule.post === 'briefing' ? context.library.defaultStory()?.id : undefined);
  const request: CommandRequest = {
    command: schedule.post,
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
  const reply = await buildScheduledReply(input.schedule, story, input.context);
  if (reply.kind === 'message') {
    return { item, story: story ?? null, reply: null, contentHash: null, skipReason: `nothing to post: ${reply.title}` };
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
    return entries.filter((e) => updated(e) > since && updated(e) <= end);
  }
  // Most independent sources first, discounted by age; nothing from after the slot (a catch-up posts what was due).
  return rankStories(entries.filter((e) => updated(e) <= end), { now: slot, withinHours: DAY_MS / 3600_000, limit: schedule.stories!.top });
}
