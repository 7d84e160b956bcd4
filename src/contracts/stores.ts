import type { Article } from '../core/types.js';

/*
 * The stores every implementation (SQLite now, PostgreSQL later) provides, and the rows they hold. Methods return
 * Promises so that a networked database fits the same shape; callers await them and never see which store it is.
 */

// ── Delivery log: every (schedule, slot, item) the scheduler decided about ──

export type DeliveryStatus = 'claimed' | 'posted' | 'failed' | 'missed' | 'skipped';

/** Decided rows are kept this long after their slot, then pruned (`log_retention_days` in config/schedules.yaml). */
export const DEFAULT_DELIVERY_RETENTION_DAYS = 90;
/**
 * The shortest retention allowed: catch-up looks back at most 7 days (the scheduler's MAX_LOOKBACK_MS) and asks the
 * log whether each slot was decided, so a row younger than that must never be pruned or its slot would be redone.
 */
export const MIN_DELIVERY_RETENTION_DAYS = 7;

/** One post of one schedule slot. `item` is '' for single-story schedules, the story id for multi-story ones. */
export interface DeliveryKey {
  scheduleId: string;
  /** Slot instant, ISO UTC with milliseconds: "2026-11-24T07:00:00.000Z". */
  slot: string;
  item: string;
}

export interface DeliveryRow extends DeliveryKey {
  status: DeliveryStatus;
  story: string | null;
  platform: string | null;
  channel: string | null;
  owner: string | null;
  leaseUntil: string | null;
  attempts: number;
  late: boolean;
  messageId: string | null;
  error: string | null;
  contentHash: string | null;
  claimedAt: string | null;
  updatedAt: string;
}

/** What one slot will post (or skip), decided before anything is sent. */
export interface PlannedItem {
  item: string;
  story: string | null;
  platform: string;
  channel: string;
  contentHash: string | null;
  late: boolean;
  /** Set: the item is recorded as skipped with this reason instead of being claimed. */
  skipReason?: string;
}

/** Whether a store can be used, as its last use found it: ok, or why not (then its methods reject with DatabaseUnavailableError). */
export type StoreState = { state: 'ok' } | { state: 'unavailable'; error: string };

/**
 * The delivery log. A slot posts at most once because a claim is atomic: of two processes claiming the same
 * slot, exactly one is told true. A method that cannot reach the database rejects with DatabaseUnavailableError.
 */
export interface DeliveryLogStore {
  /**
   * Synchronous and without I/O (it never reconnects), because /healthz reads it and must answer while the
   * database is down.
   */
  state(): StoreState;
  /** True when any row exists for the slot: someone already decided about it. */
  hasSlot(scheduleId: string, slot: string): Promise<boolean>;
  /** Claims a whole slot at once (every item claimed or skipped); false, writing nothing, when someone got there first. */
  claimSlot(scheduleId: string, slot: string, items: PlannedItem[], owner: string, now: Date, leaseMs: number): Promise<boolean>;
  /** Records a slot nobody will post. First decision wins. */
  markMissed(scheduleId: string, slot: string, reason: string, now: Date): Promise<boolean>;
  /** Extends our claim (counting an attempt when `attempt`); false when the row is no longer ours. */
  renewLease(key: DeliveryKey, owner: string, until: Date, now: Date, attempt?: boolean): Promise<boolean>;
  markPosted(key: DeliveryKey, owner: string, messageId: string, now: Date, late?: boolean): Promise<boolean>;
  markFailed(key: DeliveryKey, owner: string, error: string, now: Date): Promise<boolean>;
  /** Gives a claim back without deciding (shutdown): the next process reconciles it at once. */
  release(key: DeliveryKey, owner: string, note: string, now: Date): Promise<boolean>;
  /** Claims whose lease ran out become ours, one compare-and-swap each. */
  takeOverStale(owner: string, now: Date, leaseMs: number): Promise<DeliveryRow[]>;
  /** Hash of the last post actually made for this schedule and item. */
  lastPostedHash(scheduleId: string, item: string): Promise<string | null>;
  /** The latest slot before `before` that ran (posted or skipped). */
  lastRunSlot(scheduleId: string, before: string): Promise<string | null>;
  /** Until when this schedule's slots have all been decided; null for a schedule never seen. */
  checkedUntil(scheduleId: string): Promise<string | null>;
  /** Only moves forward, whichever process writes last. */
  setCheckedUntil(scheduleId: string, until: Date): Promise<void>;
  /** True once per schedule and kind of failure, until clearAdminNotice. */
  reserveAdminNotice(scheduleId: string, kind: string): Promise<boolean>;
  clearAdminNotice(scheduleId: string): Promise<void>;
  /** Deletes decided rows older than `retentionDays`, keeping those later slots are decided from; returns how many. */
  prune(now: Date, retentionDays?: number): Promise<number>;
  get(key: DeliveryKey): Promise<DeliveryRow | undefined>;
  /** The newest row of a schedule (for /healthz). */
  latest(scheduleId: string): Promise<DeliveryRow | undefined>;
  /** Every row, oldest slot first. */
  list(scheduleId?: string): Promise<DeliveryRow[]>;
}

// ── Articles: what feeds and pages gave, stored once per canonical URL ──

/** An article as stored: the Article plus when newsbrief first read it and the story it was last grouped into. */
export interface StoredArticle extends Article {
  firstSeen: string;
  storyId?: string;
}

/** What a feed told us last time: for conditional GET and for not polling before Retry-After. */
export interface FeedState {
  feedId: string;
  url: string;
  etag?: string;
  lastModified?: string;
  /** ISO: do not poll before this (interval, or the server's Retry-After). */
  nextPollAt?: string;
  lastPolledAt?: string;
  /** "200", "304", "error: …" */
  lastStatus?: string;
}

/** An article a feed gave, as a `new-articles` post lists it. */
export interface FeedArticle {
  id: string;
  title?: string;
  url?: string;
  publisher?: string;
  /** ISO: when the outlet published it, when the feed says. */
  published?: string;
  /** ISO: when newsbrief first read it from this feed. */
  firstSeen: string;
  /** The article's text, for keyword filters. */
  text: string;
}

/** Where `new-articles` posts read a feed's articles from (the article store of the live feeds). */
export interface FeedArticleSource {
  /** Articles this feed gave that were first read in (after, upTo], oldest first. */
  feedArticles(feedId: string, after: Date, upTo: Date): Promise<FeedArticle[]>;
}

export interface ArticleStore extends FeedArticleSource {
  /** True when this feed's item was read before (a restart or an edited item never reads it again). */
  hasItem(feedId: string, itemKey: string): Promise<boolean>;
  markItem(feedId: string, itemKey: string, articleId: string | null, seenAt: Date): Promise<void>;
  findByUrl(url: string): Promise<StoredArticle | undefined>;
  get(id: string): Promise<StoredArticle | undefined>;
  /** Stores an article once however many feeds carry it; `isNew` is false for one already stored. */
  save(article: Article, seenAt: Date): Promise<{ id: string; isNew: boolean }>;
  /** Articles first seen at or after `since`, with their text. */
  recent(since: Date): Promise<StoredArticle[]>;
  setStoryIds(assignments: ReadonlyMap<string, string>): Promise<void>;
  feedState(feedId: string): Promise<FeedState | undefined>;
  /**
   * Takes the right to poll a feed now, for `leaseMs`: true for exactly one of the instances asking at once, and
   * only when the feed is due (its nextPollAt unset or passed) and nobody else's lease is running. A fleet sharing
   * the database thus polls each feed once per interval; a poller that dies gives it up when its lease ends.
   */
  claimFeedPoll(feedId: string, owner: string, now: Date, leaseMs: number): Promise<boolean>;
  saveFeedState(state: FeedState): Promise<void>;
  /** Drops text older than the retention period and forgets item keys later still. */
  prune(retentionDays: number, now: Date): Promise<{ textDropped: number; forgotten: number }>;
  count(): Promise<number>;
}

// ── Subscriptions: what a channel asked for in chat (`/briefing subscribe …`), kept until it is removed ──

/** Where a subscription posts. */
export interface SubscriptionChannel {
  platform: 'slack' | 'discord' | 'shell';
  /** Slack "C0123ABCD", Discord "123456789012345678", the shell's "local". */
  channelId: string;
}

/** Words the posted articles or quotes must (include) or must not (exclude) contain; any one word of a list matches. */
export interface KeywordFilter {
  include?: string[];
  exclude?: string[];
}

/** What a subscription posts: one story, the top stories, one feed (by id from config or by URL), or one speaker's quotes. */
export type SubscriptionTopic =
  | { kind: 'story'; story: string }
  | { kind: 'top'; count: number }
  | { kind: 'feed'; feedId: string }
  | { kind: 'feed-url'; url: string }
  | { kind: 'speaker'; speaker: string };

/** When it posts: the words the user typed ("weekdays 07:30") and the five-field cron expression they were read as. */
export interface SubscriptionWhen {
  text: string;
  cron: string;
}

export interface Subscription {
  /** Short, typable, unique across the database ("12"). */
  id: string;
  channel: SubscriptionChannel;
  /** The Slack workspace (team id), the Discord guild, or "local" for the shell: what per-workspace limits count. */
  scope: string;
  what: SubscriptionTopic;
  /** What the user typed for `what`, shown back in lists exactly so. */
  whatText: string;
  keywords?: KeywordFilter;
  when: SubscriptionWhen;
  /** IANA time zone the cron expression is read in (the subscriber's). */
  timezone: string;
  paused: boolean;
  /** Why it was paused when the bot paused it (channel deleted, bot removed); absent when a user paused it. */
  pausedReason?: string;
  /** The platform user id of who subscribed. */
  createdBy: string;
  /** ISO UTC. */
  createdAt: string;
}

/** A new subscription: the store gives it its id. */
export type NewSubscription = Omit<Subscription, 'id' | 'paused' | 'pausedReason'>;

/** The counted limits from config `subscriptions:` a subscription made in chat is added within. */
export interface SubscriptionCountLimits {
  /** Subscriptions one channel may hold, paused ones included. */
  perChannel: number;
  /** Distinct feed URLs the subscriptions of one workspace or guild may follow; a URL it already follows does not count again. */
  feedsPerScope: number;
}

/** The limit a new subscription would pass, with what the channel or scope holds now (what the refusal says). */
export type SubscriptionLimitReached =
  | { limit: 'per-channel'; count: number; max: number }
  | { limit: 'feeds-per-scope'; count: number; max: number };

export type AddWithinLimitsResult = { added: Subscription } | { refused: SubscriptionLimitReached };

export interface SubscriptionStore {
  /** Adds without looking at any limit (seeding, tools); what users ask for in chat goes through addWithinLimits. */
  add(subscription: NewSubscription): Promise<Subscription>;
  /**
   * Counts and adds as one step that no other add, in this process or another on the same database, can come
   * between: adds at once in one channel or scope never hold more than the limits, whoever else adds.
   */
  addWithinLimits(subscription: NewSubscription, limits: SubscriptionCountLimits): Promise<AddWithinLimitsResult>;
  /** The limit the subscription would pass now, without adding: an early refusal before slow checks; addWithinLimits decides. */
  limitReached(subscription: NewSubscription, limits: SubscriptionCountLimits): Promise<SubscriptionLimitReached | undefined>;
  get(id: string): Promise<Subscription | undefined>;
  /** A channel's subscriptions, oldest first (what `/briefing subscriptions` lists). */
  listForChannel(channel: SubscriptionChannel): Promise<Subscription[]>;
  /** A workspace's or guild's subscriptions, oldest first (for per-workspace limits such as feeds). */
  listForScope(scope: string): Promise<Subscription[]>;
  /** Every subscription, paused or not, oldest first (`newsbrief schedule list`, and the scheduler, which skips paused ones). */
  listAll(): Promise<Subscription[]>;
  /** False when no subscription has this id. A reason is kept while paused and cleared on resume. */
  setPaused(id: string, paused: boolean, reason?: string): Promise<boolean>;
  /** False when no subscription has this id. */
  remove(id: string): Promise<boolean>;
}

// ── Signed requests already received (Slack HTTP mode, Discord interactions) ──

/**
 * Signed requests already answered, shared by every instance on the database: behind a load balancer a replayed
 * request would otherwise be refused by the instance that saw it and accepted by the next.
 */
export interface SeenRequestStore {
  /**
   * Records `key` until `expiresAt` and tells whether it is new: true for the first caller anywhere, false for every
   * later one (another process included) while the record lasts. Expired records are removed now and then.
   */
  firstSight(key: string, expiresAt: Date, now: Date): Promise<boolean>;
}
