import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { DeliveryError } from '../contracts/delivery-error.js';
import type { ChannelPoster, DeliveryTag } from '../contracts/channel-poster.js';
import type { CommandContext } from '../commands/dispatch.js';
import type { CommandReply } from '../contracts/command-reply.js';
import type { Logger } from '../logging/logger.js';
import type { ChannelTarget, FeedArticleSource, ScheduleConfig } from '../contracts/schedule.js';
import { DEFAULT_DELIVERY_RETENTION_DAYS, type DeliveryKey, type DeliveryLogStore, type DeliveryRow, type PlannedItem, type SubscriptionStore } from '../contracts/stores.js';
import { DatabaseUnavailableError } from '../contracts/database-unavailable-error.js';
import type { Clock } from '../contracts/clock.js';
import { CronSlots } from './cron-slots.js';
import { formatLateness, formatDuration } from '../contracts/format-duration.js';
import { DEFAULT_LEASE_MS, MAX_PASS_INTERVAL_MS } from '../contracts/delivery-lease.js';
import { startCronTriggers, stopCronTriggers } from './cron-trigger.js';
import { buildScheduledReply, deliveryTagSlot, planSlot, type PlanInput } from './plan-slot.js';
import { subscriptionSchedule } from './subscription-schedule.js';
import { DEFAULT_RETRY_POLICY, retryDelay, type RetryPolicy } from './retry-delay.js';

/** How far back a restart looks for slots it slept through (older ones are not even logged as missed). */
const MAX_LOOKBACK_MS = 7 * 86_400_000;
/** At most this many "missed" rows per schedule per pass: a minutely schedule down for days stays cheap. */
const MAX_MISSED_PER_PASS = 500;
/** The real-time loop wakes at least this often: clock jumps, sleeps and stale claims are noticed soon. */
const MAX_TIMER_MS = MAX_PASS_INTERVAL_MS;
/** Passes while the database is unavailable: 2 s doubling to 30 s (jittered), then every 30 s until it is back. */
export const DEFAULT_DATABASE_RETRY: RetryPolicy = { baseMs: 2_000, maxMs: MAX_PASS_INTERVAL_MS };
/** The delivery log is pruned by the first pass (at start), then by the first pass a day after the last pruning. */
const PRUNE_EVERY_MS = 86_400_000;
/**
 * Errors that say the channel itself is gone for the bot (deleted, archived, the bot removed): a subscription to it
 * is paused rather than failing at every slot. Slack error codes, and Discord's Unknown Channel and Missing Access.
 */
const CHANNEL_GONE = new Set(['channel_not_found', 'not_in_channel', 'is_archived', '10003', '50001']);

export type Posters = Partial<Record<'slack' | 'discord', ChannelPoster>>;

export interface SchedulerOptions {
  schedules: readonly ScheduleConfig[];
  /** Admin channel for schedules that name none. */
  defaultAdmin?: ChannelTarget | undefined;
  posters: Posters;
  context: CommandContext;
  log: DeliveryLogStore;
  logger: Logger;
  clock: Clock;
  random?: () => number;
  /** Identifies this process in the log's claims. */
  owner?: string;
  /** How long a claim stays ours without a renewal; a claim past it is reconciled by whoever sees it. */
  leaseMs?: number;
  /** Posted later than this after the slot: marked late. */
  lateAfterMs?: number;
  retry?: RetryPolicy;
  /** Decided rows older than this many days are pruned from the delivery log, daily. Default 90. */
  logRetentionDays?: number;
  /** Backoff between passes while the database is unavailable. */
  databaseRetry?: RetryPolicy;
  /** Subscriptions made in chat: read at every pass (at least every 30 s) and on reload(), run beside `schedules`. */
  subscriptions?: SubscriptionStore | undefined;
  /** Where subscriptions to a feed read its new articles. */
  feedArticles?: FeedArticleSource | undefined;
}

export interface ScheduleStatus {
  id: string;
  cron: string;
  timezone: string;
  target: string;
  /** Next slot, ISO UTC; null when the expression names no time in the next eight years. */
  next: string | null;
  /** The same instant in the schedule's own zone: "Tue 2026-11-24 08:00 +01:00". */
  nextLocal: string | null;
  last?: { slot: string; status: string; late: boolean; error?: string };
  /** Why the schedule does not run (its platform is not configured). */
  disabled?: string;
  /** Why the schedule is waiting (the database is unavailable): it resumes by itself, catching up within grace. */
  paused?: string;
}

interface ActiveSchedule {
  config: ScheduleConfig;
  slots: CronSlots;
  poster?: ChannelPoster | undefined;
  /** A subscription's creation: no slot before it runs, whatever the log says. */
  startsAt?: Date | undefined;
  /** A paused subscription: why (its slots pass undecided and are never caught up). */
  paused?: string | undefined;
}

/**
 * Decides, for every schedule, which slots are due, claims each in the delivery log before posting, posts
 * through the platform's ChannelPoster with retries inside the slot's grace window, and records the outcome.
 * Exactly once comes from the log (a claim is a unique row), the tag on each post, and reconciliation of
 * claims whose process died.
 */
export class Scheduler {
  /** From the config file: fixed for the life of the process. */
  private readonly configSchedules: ActiveSchedule[];
  /** From the subscription store, as the last reload read it. */
  private subscriptionSchedules: ActiveSchedule[] = [];
  /** Subscriptions already reported as not runnable, so each is logged once. */
  private readonly reportedUnrunnable = new Set<string>();
  /** Paused subscriptions: the latest slot (ms) their checked-until time was moved past, so each slot is written once. */
  private readonly pausedCheckedThrough = new Map<string, number>();
  private readonly clock: Clock;
  private readonly random: () => number;
  private readonly owner: string;
  private readonly leaseMs: number;
  private readonly lateAfterMs: number;
  private readonly retry: RetryPolicy;
  private readonly logger: Logger;
  private readonly abort = new AbortController();
  private readonly inFlight = new Map<string, { key: DeliveryKey; promise: Promise<void> }>();
  private timer: NodeJS.Timeout | undefined;
  /** The time the latest pass read when it began deciding. */
  private decidedAt: number | undefined;
  private triggers: Awaited<ReturnType<typeof startCronTriggers>> = [];
  private stopping = false;
  /** Clock time of the last pruning of the delivery log; undefined until the first pass. */
  private lastPruned: number | undefined;
  /** Each schedule's newest delivery-log row, as the last pass or delivery read it (see refreshLatest). */
  private readonly latestRows = new Map<string, DeliveryRow>();
  /** Passes in a row that found the database unavailable (0: it works). */
  private databaseFailures = 0;

  constructor(private readonly options: SchedulerOptions) {
    this.clock = options.clock;
    this.random = options.random ?? Math.random;
    this.owner = options.owner ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    this.leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
    this.lateAfterMs = options.lateAfterMs ?? 60_000;
    this.retry = options.retry ?? DEFAULT_RETRY_POLICY;
    this.logger = options.logger.child({ component: 'scheduler' });
    this.configSchedules = options.schedules
      .filter((s) => s.enabled)
      .map((config) => ({ config, slots: new CronSlots(config.cron, config.timezone), poster: options.posters[config.target.platform] }));
    for (const s of this.configSchedules) {
      if (!s.poster) this.logger.error({ schedule: s.config.id, platform: s.config.target.platform }, `schedule "${s.config.id}" targets ${s.config.target.platform}, which is not configured: it will not run`);
    }
  }

  /** Decides every due slot and reconciles stale claims, then waits for the deliveries it started. */
  async tick(): Promise<void> {
    const started = await this.decide();
    await Promise.allSettled(started);
  }

  /** Starts the real-time loop: a pass now (catch-up and recovery), then one at each slot (node-cron) and every 30 s. */
  start(): void {
    const pass = (): void => {
      this.timer = undefined;
      if (this.stopping) return;
      this.decide()
        .then(
          () => this.databaseBack(),
          (error: unknown) => {
            if (error instanceof DatabaseUnavailableError) return this.databaseDown(error);
            this.databaseBack();
            this.logger.error({ err: error }, 'scheduler pass failed');
          },
        )
        .finally(() => this.arm());
    };
    this.timer = setTimeout(pass, 0);
    this.pass = pass;
    // node-cron rings at each slot's wall-clock time; a pass already running re-arms itself when done.
    // Subscriptions come and go: the pass timer (armed for the earliest next slot of all) wakes them instead.
    this.triggers = startCronTriggers(
      this.configSchedules.map((s) => s.config),
      () => {
        if (!this.timer || this.stopping) return;
        clearTimeout(this.timer);
        this.timer = setTimeout(pass, 0);
      },
      this.logger,
    );
  }

  /**
   * Reads the subscriptions again now (a pass does so too, at least every 30 s): call it after adding, pausing,
   * resuming or removing one, so the change is live at once. Rejects with DatabaseUnavailableError when the store
   * cannot be read (the next pass tries again).
   */
  async reload(): Promise<void> {
    await this.readSubscriptions();
    // A pass now: a new subscription's slot may be due already (made just before it), or sooner than the timer's.
    // A pass under way re-arms the timer when it ends, and the next one reads the store again.
    if (this.timer && this.pass && !this.stopping) {
      clearTimeout(this.timer);
      this.timer = setTimeout(this.pass, 0);
    }
  }

  private schedules(): ActiveSchedule[] {
    return [...this.configSchedules, ...this.subscriptionSchedules];
  }

  private async readSubscriptions(): Promise<void> {
    const store = this.options.subscriptions;
    if (!store) return;
    const subscriptions = await store.listAll();
    const previous = new Map(this.subscriptionSchedules.map((s) => [s.config.id, s]));
    const next: ActiveSchedule[] = [];
    for (const sub of subscriptions) {
      const mapped = subscriptionSchedule(sub);
      if ('unsupported' in mapped) continue;
      const config = mapped.schedule;
      const before = previous.get(config.id);
      let slots = before && before.config.cron === config.cron && before.config.timezone === config.timezone ? before.slots : undefined;
      try {
        slots ??= new CronSlots(config.cron, config.timezone);
      } catch (error) {
        // Validated when it was made; a row that no longer reads is said once and left out, never fatal.
        if (!this.reportedUnrunnable.has(config.id)) this.logger.error({ schedule: config.id, cron: config.cron, timezone: config.timezone, err: (error as Error).message }, 'subscription cannot run: its time does not read');
        this.reportedUnrunnable.add(config.id);
        continue;
      }
      const poster = this.options.posters[config.target.platform];
      if (!poster && !this.reportedUnrunnable.has(config.id)) {
        this.reportedUnrunnable.add(config.id);
        this.logger.error({ schedule: config.id, platform: config.target.platform }, `subscription "${sub.id}" posts to ${config.target.platform}, which is not configured: it will not run`);
      }
      const paused = sub.paused ? (sub.pausedReason ?? 'paused by a user') : undefined;
      if (!before) this.logger.info({ schedule: config.id, what: sub.whatText, when: sub.when.text, timezone: sub.timezone, channel: sub.channel.channelId, paused }, 'subscription loaded');
      else if (Boolean(before.paused) !== Boolean(paused)) this.logger.info({ schedule: config.id, paused }, paused ? 'subscription paused' : 'subscription resumed');
      next.push({ config, slots, poster, startsAt: new Date(sub.createdAt), ...(paused ? { paused } : {}) });
    }
    for (const id of previous.keys()) {
      if (!next.some((s) => s.config.id === id)) this.logger.info({ schedule: id }, 'subscription removed');
    }
    this.subscriptionSchedules = next;
  }

  /** Stops taking new work; waits for in-flight posts (not backoffs) up to `deadlineMs`, then hands the rest back. */
  async stop(deadlineMs = 7_000): Promise<void> {
    this.stopping = true;
    await stopCronTriggers(this.triggers.splice(0));
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.abort.abort();
    const pending = [...this.inFlight.values()];
    if (pending.length) this.logger.info({ deliveries: pending.length }, 'waiting for in-flight deliveries');
    let timeout: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.allSettled(pending.map((p) => p.promise)),
      new Promise<void>((resolve) => (timeout = setTimeout(resolve, deadlineMs))),
    ]);
    clearTimeout(timeout);
    for (const { key } of this.inFlight.values()) {
      // Still posting at the deadline: give the claim back; the next process checks the channel before posting.
      try {
        if (await this.options.log.release(key, this.owner, 'interrupted by shutdown while posting', this.clock.now())) {
          this.logger.warn({ schedule: key.scheduleId, slot: key.slot }, 'shutdown interrupted a delivery; the next start will check the channel for it');
        }
      } catch (error) {
        // The claim keeps its lease: once that runs out, the next process checks the channel before posting.
        this.logger.warn({ schedule: key.scheduleId, slot: key.slot, err: (error as Error).message }, 'shutdown interrupted a delivery and the database could not record it');
      }
    }
  }

  /** For /healthz and `schedule list`. */
  status(): ScheduleStatus[] {
    const now = this.clock.now();
    const database = this.options.log.state();
    const subscriptions = this.subscriptionSchedules.map((s) => s.config);
    return [...this.options.schedules, ...subscriptions].map((config) => {
      const active = this.schedules().find((s) => s.config.id === config.id);
      const slots = active?.slots ?? new CronSlots(config.cron, config.timezone);
      const next = slots.next(now);
      const lastRow = database.state === 'ok' ? this.latestRows.get(config.id) : undefined;
      const status: ScheduleStatus = {
        id: config.id,
        cron: config.cron,
        timezone: config.timezone,
        target: `${config.target.platform}:${config.target.channel}`,
        next: next?.toISOString() ?? null,
        nextLocal: next ? formatLocal(next, config.timezone) : null,
      };
      if (lastRow) {
        status.last = { slot: lastRow.slot, status: lastRow.status, late: lastRow.late, ...(lastRow.error ? { error: lastRow.error } : {}) };
      }
      if (active?.paused) status.disabled = `subscription paused: ${active.paused}`;
      else if (!config.enabled) status.disabled = 'enabled: false';
      else if (!active?.poster) status.disabled = `${config.target.platform} is not configured`;
      else if (database.state !== 'ok') status.paused = 'database unavailable';
      return status;
    });
  }

  /**
   * Reads the newest row of each schedule into memory, for status(): /healthz answers at once without waiting on
   * the database. A database that fails keeps the rows as they were (status() leaves them out while it is down).
   */
  private async refreshLatest(scheduleIds: readonly string[]): Promise<void> {
    for (const id of scheduleIds) {
      try {
        const row = await this.options.log.latest(id);
        if (row) this.latestRows.set(id, row);
        else this.latestRows.delete(id);
      } catch (error) {
        if (error instanceof DatabaseUnavailableError) return;
        throw error;
      }
    }
  }

  /** A pass found the database unavailable: said once per outage; the next pass waits longer each time, up to 30 s. */
  private databaseDown(error: DatabaseUnavailableError): void {
    this.databaseFailures++;
    if (this.databaseFailures === 1) {
      // A warning: the database's own error line (one per outage) is the error.
      this.logger.warn({ err: error.message }, 'scheduled posts paused: the database is unavailable; retrying until it is back (slots due meanwhile are posted late, within their grace)');
    } else {
      this.logger.debug({ err: error.message, failures: this.databaseFailures }, 'database still unavailable');
    }
  }

  private databaseBack(): void {
    if (this.databaseFailures === 0) return;
    this.logger.info({ failedPasses: this.databaseFailures }, 'scheduled posts resumed: the database is available again');
    this.databaseFailures = 0;
  }

  private pass: (() => void) | undefined;

  private arm(): void {
    if (this.stopping || !this.pass) return;
    if (this.databaseFailures > 0) {
      // Only the database can unblock a pass now: slots are not due until it is back.
      this.timer = setTimeout(this.pass, retryDelay(this.databaseFailures, undefined, this.options.databaseRetry ?? DEFAULT_DATABASE_RETRY, this.random));
      return;
    }
    const now = this.clock.now().getTime();
    // A slot that fell while the pass was deciding (after the time it read) is due now, not tomorrow.
    const from = Math.min(now, this.decidedAt ?? now);
    let delay = MAX_TIMER_MS;
    for (const s of this.schedules()) {
      if (s.paused) continue;
      const next = s.slots.next(new Date(from));
      if (next) delay = Math.min(delay, Math.max(0, next.getTime() - now));
    }
    this.timer = setTimeout(this.pass, delay);
  }

  /** One pass: returns the deliveries it started without waiting for them, so one slow target blocks nothing. */
  private async decide(): Promise<Promise<void>[]> {
    if (this.stopping) return [];
    const started: Promise<void>[] = [];
    const now = this.clock.now();
    this.decidedAt = now.getTime();
    // First: a stale claim of a subscription is reconciled against it, so it must be known before claims are taken over.
    try {
      await this.readSubscriptions();
    } catch (error) {
      if (error instanceof DatabaseUnavailableError) throw error;
      this.logger.error({ err: error }, 'could not read the subscriptions; running those read before');
    }
    for (const row of await this.options.log.takeOverStale(this.owner, now, this.leaseMs)) {
      // Our own delivery, slower than its lease: it is still going, not stale.
      if (this.inFlight.has(trackId(row))) continue;
      started.push(this.track(row, this.reconcile(row)));
    }
    for (const schedule of this.schedules()) {
      if (!schedule.poster) continue;
      try {
        if (schedule.paused) {
          // Slots pass while paused: a resumed subscription starts at its next slot, it does not catch up. Written
          // once per slot that passes, not at every pass: many paused subscriptions would otherwise write all day.
          const passed = schedule.slots.previous(now)?.getTime() ?? 0;
          if (passed > (this.pausedCheckedThrough.get(schedule.config.id) ?? -1)) {
            await this.options.log.setCheckedUntil(schedule.config.id, now);
            this.pausedCheckedThrough.set(schedule.config.id, passed);
          }
          continue;
        }
        this.pausedCheckedThrough.delete(schedule.config.id);
        started.push(...(await this.decideSchedule(schedule, now)));
      } catch (error) {
        // Nothing can be decided without the log: the whole pass waits for it (and slots stay undecided, not lost).
        if (error instanceof DatabaseUnavailableError) throw error;
        this.logger.error({ err: error, schedule: schedule.config.id }, 'could not plan a scheduled post; will try again on the next pass');
      }
    }
    await this.pruneLogIfDue(now);
    await this.refreshLatest(this.schedules().map((s) => s.config.id));
    return started;
  }

  /** Once a day (and on the first pass): drops decided rows past the retention window. Never fails the pass. */
  private async pruneLogIfDue(now: Date): Promise<void> {
    const at = now.getTime();
    // A clock set back (at < lastPruned) counts as due, so it cannot hold pruning off until it catches up.
    if (this.lastPruned !== undefined && at >= this.lastPruned && at - this.lastPruned < PRUNE_EVERY_MS) return;
    this.lastPruned = at;
    const retentionDays = this.options.logRetentionDays ?? DEFAULT_DELIVERY_RETENTION_DAYS;
    try {
      const pruned = await this.options.log.prune(now, retentionDays);
      this.logger.info({ pruned, retentionDays }, `delivery log pruned: ${pruned} row${pruned === 1 ? '' : 's'} older than ${retentionDays} days deleted`);
    } catch (error) {
      if (error instanceof DatabaseUnavailableError) {
        // Pruning is retried by the first pass once the database is back.
        this.lastPruned = undefined;
        throw error;
      }
      this.logger.error({ err: error, retentionDays }, 'could not prune the delivery log; will try again in a day');
    }
  }

  private async decideSchedule(schedule: ActiveSchedule, now: Date): Promise<Promise<void>[]> {
    const { config } = schedule;
    const log = this.options.log;
    let checked = await log.checkedUntil(config.id);
    // A subscription runs from its creation: the first pass that sees it still posts a slot it was made before.
    const startsAt = schedule.startsAt && schedule.startsAt.getTime() < now.getTime() ? schedule.startsAt.toISOString() : undefined;
    if (startsAt && (!checked || checked < startsAt)) checked = startsAt;
    if (!checked) {
      // A schedule seen for the first time starts now: no catch-up for slots before it existed.
      await log.setCheckedUntil(config.id, now);
      this.logger.info({ schedule: config.id, next: schedule.slots.next(now)?.toISOString() }, 'new schedule');
      return [];
    }
    const from = new Date(Math.max(Date.parse(checked), now.getTime() - MAX_LOOKBACK_MS));
    const started: Promise<void>[] = [];
    let missed = 0;
    for (const slot of schedule.slots.between(from, now)) {
      const slotIso = slot.toISOString();
      if (await log.hasSlot(config.id, slotIso)) continue;
      const age = now.getTime() - slot.getTime();
      if (age > config.grace) {
        if (missed >= MAX_MISSED_PER_PASS) continue;
        const reason = `not posted: nothing was running at ${slotIso}, and ${formatLateness(age)} later is past the grace window of ${formatDuration(config.grace)}`;
        if (await log.markMissed(config.id, slotIso, reason, now)) {
          missed++;
          this.logger.warn({ schedule: config.id, slot: slotIso }, reason);
        }
        continue;
      }
      started.push(...(await this.claimAndDeliver(schedule, slot, now)));
    }
    await log.setCheckedUntil(config.id, now);
    return started;
  }

  private async claimAndDeliver(schedule: ActiveSchedule, slot: Date, now: Date): Promise<Promise<void>[]> {
    const { config } = schedule;
    const log = this.options.log;
    const slotIso = slot.toISOString();
    const late = now.getTime() - slot.getTime() > this.lateAfterMs;
    const posts = await planSlot(await this.planInput(schedule, slot));
    const base = { platform: config.target.platform, channel: config.target.channel, late };
    const items: PlannedItem[] = posts.length
      ? posts.map((p) => ({ ...base, item: p.item, story: p.story, contentHash: p.contentHash, ...(p.skipReason ? { skipReason: p.skipReason } : {}) }))
      : [{ ...base, item: '', story: null, contentHash: null, skipReason: 'nothing new: no story was updated since the last run' }];
    if (!(await log.claimSlot(config.id, slotIso, items, this.owner, now, this.leaseMs))) {
      this.logger.debug({ schedule: config.id, slot: slotIso }, 'slot already claimed by another trigger or process');
      return [];
    }
    const started: Promise<void>[] = [];
    for (const post of posts) {
      const key: DeliveryKey = { scheduleId: config.id, slot: slotIso, item: post.item };
      if (post.skipReason || !post.reply) {
        this.logger.info({ schedule: config.id, slot: slotIso, item: post.item, reason: post.skipReason }, 'scheduled post skipped');
        continue;
      }
      started.push(this.track(key, this.deliver(schedule, key, post.reply, late)));
    }
    if (posts.length === 0) this.logger.info({ schedule: config.id, slot: slotIso }, 'nothing new to post');
    return started;
  }

  private async planInput(schedule: ActiveSchedule, slot: Date): Promise<PlanInput> {
    const { config } = schedule;
    const log = this.options.log;
    const lastRunIso = await log.lastRunSlot(config.id, slot.toISOString());
    let lastRun = lastRunIso ? new Date(lastRunIso) : schedule.slots.previous(slot);
    // A subscription's first run counts what is new since it was made, not since a slot before it existed.
    if (!lastRunIso && schedule.startsAt && (!lastRun || lastRun < schedule.startsAt)) lastRun = schedule.startsAt;
    return {
      schedule: config,
      slot,
      context: this.options.context,
      lastRun,
      lastPostedHash: (item) => log.lastPostedHash(config.id, item),
      feedArticles: this.options.feedArticles,
    };
  }

  /** The post of one item again (a claim whose process died): briefings and quotes as planned, new items re-planned. */
  private async rebuildReply(schedule: ActiveSchedule, row: DeliveryRow): Promise<{ reply: CommandReply } | { nothing: string }> {
    const { config } = schedule;
    if (config.post === 'briefing' || config.post === 'quotes') {
      const reply = await buildScheduledReply(config, row.story ?? undefined, this.options.context);
      return reply.kind === 'message' ? { nothing: reply.title } : { reply };
    }
    const posts = await planSlot(await this.planInput(schedule, new Date(row.slot)));
    const post = posts.find((p) => p.item === row.item);
    return post?.reply ? { reply: post.reply } : { nothing: post?.skipReason ?? 'nothing to post any more' };
  }

  /**
   * Posts one claimed item, retrying transient failures inside the slot's grace window. A late post (catch-up, or
   * a claim taken over) looks for the slot's tag in the channel first, unless the caller just did: a delivery log
   * restored from an older backup does not know a post that went out, the channel does. On-time posts do not look
   * (one API call each): a log that has no row for a slot that is due now cannot have missed a post of it.
   */
  private async deliver(schedule: ActiveSchedule, key: DeliveryKey, reply: CommandReply, late: boolean, checked: 'unchecked' | 'checked' | 'partial' = 'unchecked'): Promise<void> {
    const { config } = schedule;
    const log = this.options.log;
    const poster = schedule.poster!;
    const tag: DeliveryTag = { slot: deliveryTagSlot(key.scheduleId, key.slot, key.item), ...(late ? { late: true } : {}), ...(checked === 'partial' ? { resume: true } : {}) };
    const windowEnd = Date.parse(key.slot) + config.grace;
    const fields = { schedule: key.scheduleId, slot: key.slot, item: key.item || undefined, channel: config.target.channel, platform: poster.platform };
    const firstAttemptAt = this.clock.now();
    // A timeout, a network error or a 5xx may hide a post that went out; only a rate limit surely did not.
    let mayHavePosted = late && checked === 'unchecked';
    // The tagged post cannot be older than its slot (60 s for clocks that disagree), nor than our first attempt.
    const since = new Date(Math.min(Date.parse(key.slot), firstAttemptAt.getTime()) - 60_000);
    let checking = false;
    for (let attempt = 1; ; attempt++) {
      if (this.stopping) {
        await log.release(key, this.owner, 'not posted: shutting down before the attempt', this.clock.now());
        this.logger.warn(fields, 'shutdown before a scheduled post; the next start will check and post it if still within grace');
        return;
      }
      if (!(await log.renewLease(key, this.owner, new Date(this.clock.now().getTime() + this.leaseMs), this.clock.now(), true))) {
        this.logger.warn(fields, 'our claim on this slot was taken over; not posting');
        return;
      }
      try {
        if (mayHavePosted) {
          checking = true;
          const found = await poster.findTagged(config.target.channel, tag.slot, since);
          checking = false;
          if (found?.partial) {
            // Cut short after some of its messages: send only the rest (never the whole post again).
            tag.resume = true;
            this.logger.info({ ...fields, messageId: found.messageId, attempt }, 'part of the post is in the channel already: posting only the missing parts');
          } else if (found) {
            await log.markPosted(key, this.owner, found.messageId, this.clock.now(), late);
            this.logger.info({ ...fields, messageId: found.messageId, attempt }, attempt === 1 ? 'already in the channel (the delivery log did not know it): recorded, not posted again' : 'the failed attempt had posted after all; not posting again');
            return;
          }
        }
        const posted = await poster.post(config.target.channel, reply, tag);
        await log.markPosted(key, this.owner, posted.messageId, this.clock.now(), late);
        await log.clearAdminNotice(config.id);
        this.logger.info({ ...fields, messageId: posted.messageId, late, attempt }, late ? 'scheduled post delivered late' : 'scheduled post delivered');
        return;
      } catch (error) {
        // The log failed, not the platform: stop here. The claim stays ours until its lease runs out; then a pass
        // (once the database is back) reconciles it, checking the channel first, so the post is neither lost nor repeated.
        if (error instanceof DatabaseUnavailableError) throw error;
        const failure = asDeliveryError(error);
        // A channel that cannot be read is never posted to blind: the check is tried again like a failed post.
        const what = checking ? `could not check the channel for an earlier post: ${failure.message}` : failure.message;
        checking = false;
        mayHavePosted = mayHavePosted || (!failure.permanent && failure.retryAfterMs === undefined && failure.code !== 'ratelimited');
        if (failure.permanent) {
          const message = `permanent failure, not retried: ${what}`;
          await log.markFailed(key, this.owner, message, this.clock.now());
          this.logger.error({ ...fields, code: failure.code, attempt }, message);
          if (config.subscription && CHANNEL_GONE.has(failure.code ?? '')) {
            await this.pauseSubscription(schedule, failure, key.slot);
            return;
          }
          await this.tellAdmin(config, failure.code ?? 'permanent', `${config.id}: ${what}`, key.slot);
          return;
        }
        const delay = retryDelay(attempt, failure.retryAfterMs, this.retry, this.random);
        const now = this.clock.now().getTime();
        if (now + delay > windowEnd) {
          const message = `gave up after ${attempt} attempt${attempt === 1 ? '' : 's'}: the grace window ends ${new Date(windowEnd).toISOString()}; last error: ${what}`;
          await log.markFailed(key, this.owner, message, this.clock.now());
          this.logger.error({ ...fields, code: failure.code }, message);
          await this.tellAdmin(config, `gave-up:${failure.code ?? 'transient'}`, `${config.id}: ${message}`, key.slot);
          return;
        }
        this.logger.warn({ ...fields, code: failure.code, attempt, retryInMs: delay }, `scheduled post failed, will retry: ${what}`);
        // The lease must outlast the wait, or another process would take the claim over mid-backoff.
        await log.renewLease(key, this.owner, new Date(now + delay + this.leaseMs), this.clock.now());
        if (!this.stopping) await this.clock.sleep(delay, this.abort.signal);
      }
    }
  }

  /** A claim whose process died or shut down: check the channel for the tagged post before posting again. */
  private async reconcile(row: DeliveryRow): Promise<void> {
    const log = this.options.log;
    const key: DeliveryKey = { scheduleId: row.scheduleId, slot: row.slot, item: row.item };
    const fields = { schedule: row.scheduleId, slot: row.slot, item: row.item || undefined, channel: row.channel };
    const schedule = this.schedules().find((s) => s.config.id === row.scheduleId);
    const poster = this.options.posters[row.platform as 'slack' | 'discord'];
    if (!poster || !row.channel) {
      await log.markFailed(key, this.owner, `cannot check or post: ${row.platform ?? 'its platform'} is not configured`, this.clock.now());
      this.logger.error(fields, 'unconfirmed scheduled post left as failed: its platform is not configured');
      return;
    }
    const tagSlot = deliveryTagSlot(row.scheduleId, row.slot, row.item);
    const windowEnd = Date.parse(row.slot) + (schedule?.config.grace ?? 0);
    let found;
    try {
      found = await poster.findTagged(row.channel, tagSlot, new Date(Date.parse(row.claimedAt ?? row.slot) - 60_000));
    } catch (error) {
      const failure = asDeliveryError(error);
      if (failure.permanent || this.clock.now().getTime() > windowEnd) {
        await log.markFailed(key, this.owner, `could not check the channel for an earlier post: ${failure.message}`, this.clock.now());
        this.logger.error({ ...fields, code: failure.code }, 'unconfirmed scheduled post left as failed: the channel could not be checked');
      } else {
        await log.release(key, this.owner, `checking the channel failed, will retry: ${failure.message}`, this.clock.now());
        this.logger.warn({ ...fields, code: failure.code }, 'could not check the channel for an unconfirmed post; will retry');
      }
      return;
    }
    if (found && !found.partial) {
      await log.markPosted(key, this.owner, found.messageId, this.clock.now());
      this.logger.info({ ...fields, messageId: found.messageId }, 'reconciled: the post had gone out before the restart');
      return;
    }
    if (found && (!schedule || schedule.paused || this.clock.now().getTime() > windowEnd)) {
      // Some of its messages are out, the rest may not be posted any more: it counts as posted, incompletely.
      await log.markPosted(key, this.owner, found.messageId, this.clock.now());
      this.logger.warn({ ...fields, messageId: found.messageId }, 'reconciled: only part of the post had gone out before the restart, and the rest can no longer be posted (past grace, paused or no longer configured)');
      return;
    }
    if (!schedule) {
      await log.markFailed(key, this.owner, 'not posted: the schedule is no longer configured', this.clock.now());
      return;
    }
    if (schedule.paused) {
      await log.markFailed(key, this.owner, `not posted: the subscription was paused (${schedule.paused})`, this.clock.now());
      return;
    }
    if (this.clock.now().getTime() > windowEnd) {
      await log.markFailed(key, this.owner, 'not posted: the process that claimed it stopped, and the grace window has passed', this.clock.now());
      this.logger.warn(fields, 'unconfirmed scheduled post not in the channel and past its grace window: not posted');
      return;
    }
    const rebuilt = await this.rebuildReply(schedule, row);
    if ('nothing' in rebuilt) {
      if (found) await log.markPosted(key, this.owner, found.messageId, this.clock.now());
      else await log.markFailed(key, this.owner, `not posted: ${rebuilt.nothing}`, this.clock.now());
      return;
    }
    const reply = rebuilt.reply;
    if (found) {
      this.logger.info({ ...fields, messageId: found.messageId }, 'unconfirmed scheduled post is partly in the channel: posting the missing parts now');
      await this.deliver(schedule, key, reply, true, 'partial');
      return;
    }
    this.logger.info(fields, 'unconfirmed scheduled post is not in the channel: posting it now, marked late');
    await this.deliver(schedule, key, reply, true, 'checked');
  }

  /**
   * The channel of a subscription is gone for the bot: the subscription is paused in the store (so no process posts
   * there again until someone resumes it) and the admin channel is told, once.
   */
  private async pauseSubscription(schedule: ActiveSchedule, failure: DeliveryError, slot: string): Promise<void> {
    const { config } = schedule;
    const origin = config.subscription!;
    const reason = `the bot cannot post to ${config.target.platform} channel ${config.target.channel}: ${failure.message}`;
    // Later items of the same slot and the next pass see it paused, even before the store is read again.
    for (const s of this.subscriptionSchedules) if (s.config.id === config.id) s.paused = reason;
    const known = await this.options.subscriptions?.setPaused(origin.id, true, reason);
    this.logger.warn({ schedule: config.id, subscription: origin.id, code: failure.code, stored: known }, `subscription ${origin.id} paused: ${reason}`);
    const admin = config.admin ?? this.options.defaultAdmin;
    const poster = admin ? this.options.posters[admin.platform] : undefined;
    if (!admin || !poster) return;
    // Once per pause: the items of one slot fail together, and a resumed subscription that fails again is news again.
    if (!(await this.options.log.reserveAdminNotice(config.id, `channel-gone@${slot}`))) return;
    try {
      await poster.post(admin.channel, {
        kind: 'message',
        visibility: 'public',
        title: `Subscription ${origin.id} paused: its channel cannot be posted to`,
        lines: [
          `${origin.whatText}, ${origin.whenText} (${config.timezone}), in ${config.target.platform} channel ${config.target.channel}.`,
          `${failure.message}. Slot: ${formatLocal(new Date(slot), config.timezone)}.`,
          `Nothing more is posted there and nothing is retried. Once the bot can post there again, resume it with ${config.target.platform === 'discord' ? '/subscriptions resume' : '/briefing resume'} ${origin.id}.`,
        ],
      });
    } catch (error) {
      this.logger.error({ schedule: config.id, admin: admin.channel, err: asDeliveryError(error).message }, 'could not tell the admin channel that a subscription was paused');
    }
  }

  private async tellAdmin(config: ScheduleConfig, kind: string, text: string, slot: string): Promise<void> {
    const admin = config.admin ?? this.options.defaultAdmin;
    if (!admin) return;
    const poster = this.options.posters[admin.platform];
    if (!poster) return;
    if (!(await this.options.log.reserveAdminNotice(config.id, kind))) return;
    try {
      await poster.post(admin.channel, {
        kind: 'message',
        visibility: 'public',
        title: `Scheduled post “${config.id}” failed`,
        lines: [text, `Slot: ${formatLocal(new Date(slot), config.timezone)}. Target: ${config.target.platform} channel ${config.target.channel}.`, 'Not retried. This is reported once until a post succeeds again.'],
      });
    } catch (error) {
      this.logger.error({ schedule: config.id, admin: admin.channel, err: asDeliveryError(error).message }, 'could not report a failure to the admin channel');
    }
  }

  private track(key: DeliveryKey | DeliveryRow, work: Promise<void>): Promise<void> {
    const id = trackId(key);
    const promise = work
      .catch((error: unknown) => {
        if (error instanceof DatabaseUnavailableError) {
          this.logger.warn({ err: error.message, schedule: key.scheduleId, slot: key.slot }, 'scheduled delivery stopped: the database is unavailable; its claim is reconciled (channel checked first) once the database is back and the lease has run out');
          return;
        }
        this.logger.error({ err: error, schedule: key.scheduleId, slot: key.slot }, 'scheduled delivery crashed');
      })
      .then(() => this.refreshLatest([key.scheduleId]))
      .catch((error: unknown) => this.logger.error({ err: error, schedule: key.scheduleId }, 'could not read the delivery log for /healthz'))
      .finally(() => this.inFlight.delete(id));
    this.inFlight.set(id, { key: { scheduleId: key.scheduleId, slot: key.slot, item: key.item }, promise });
    return promise;
  }
}

function trackId(key: DeliveryKey): string {
  return `${key.scheduleId}\u0000${key.slot}\u0000${key.item}`;
}

function asDeliveryError(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  // An adapter that did not classify its error: treat it as transient, the grace window bounds the retries.
  return new DeliveryError((error as Error)?.message ?? String(error), false, undefined, 'unclassified');
}

export function formatLocal(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).setLocale('en').toFormat('ccc yyyy-LL-dd HH:mm ZZ');
}
