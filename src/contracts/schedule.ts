import type { FeedArticle, FeedArticleSource, KeywordFilter } from './stores.js';

export type { FeedArticle, FeedArticleSource };

/*
 * A schedule as the scheduler runs it, whoever wrote it: config/schedules.yaml (validated by the settings) or a
 * subscription made in chat (mapped by src/schedule/subscription-schedule.ts). The settings' parsed type must
 * fit it (a compile-time check in settings/schedules.ts).
 */

/** A channel on one platform. */
export interface ChannelTarget {
  platform: 'slack' | 'discord';
  /** Slack "C0123ABCD", Discord "123456789012345678". */
  channel: string;
}

/** Several stories, one post each: those updated since the last run, or the top N of the last 24 h. */
export type StorySelection = 'updated-since-last-run' | { top: number };

/**
 * What each post shows. `briefing` and `quotes`: exactly what /briefing or /quotes would. `new-quotes`: one
 * speaker's quotes first published since the last run, one post per story quoting them. `new-articles`: the
 * articles one feed gave since the last run, listed in one post.
 */
export type PostKind = 'briefing' | 'quotes' | 'new-quotes' | 'new-articles';

/** Where a schedule came from when it is a chat subscription (absent for config/schedules.yaml). */
export interface SubscriptionOrigin {
  /** The subscription's own id ("12"); the schedule's id is "sub:12". */
  id: string;
  /** ISO UTC: no slot before it is posted or caught up. */
  createdAt: string;
  /** What and when as the user typed them, for lists and admin notices. */
  whatText: string;
  whenText: string;
  /** A feed URL subscription: the URL the live poller reads as feed `feed`. */
  feedUrl?: string;
}

export interface ScheduleConfig {
  id: string;
  /** false keeps a schedule without running it. */
  enabled: boolean;
  /** Five-field cron, read in `timezone`. */
  cron: string;
  timezone: string;
  target: ChannelTarget;
  post: PostKind;
  /** With post: quotes or new-quotes: one speaker's quotes (any part of the name, as /quotes accepts). */
  speaker?: string | undefined;
  /** One story, by id or title. Without story or stories: the newest story. */
  story?: string | undefined;
  stories?: StorySelection | undefined;
  /** With post: new-articles: the feed id (from config/feeds.yaml, or the one given to a subscribed URL). */
  feed?: string | undefined;
  /** Words the posted stories, quotes or articles must (include) or must not (exclude) contain. */
  keywords?: KeywordFilter | undefined;
  /** How late a slot may still be posted, in ms. */
  grace: number;
  when_unchanged: 'post' | 'skip-unchanged';
  /** Where permanent failures of this schedule are reported. */
  admin?: ChannelTarget | undefined;
  subscription?: SubscriptionOrigin | undefined;
}
