/*
 * A schedule as the scheduler runs it, whoever wrote it: config/schedules.yaml (validated by the settings) now,
 * chat subscriptions later. The settings' parsed type must fit it (a compile-time check in settings/schedules.ts).
 */

/** A channel on one platform. */
export interface ChannelTarget {
  platform: 'slack' | 'discord';
  /** Slack "C0123ABCD", Discord "123456789012345678". */
  channel: string;
}

/** Several stories, one post each: those updated since the last run, or the top N of the last 24 h. */
export type StorySelection = 'updated-since-last-run' | { top: number };

export interface ScheduleConfig {
  id: string;
  /** false keeps a schedule without running it. */
  enabled: boolean;
  /** Five-field cron, read in `timezone`. */
  cron: string;
  timezone: string;
  target: ChannelTarget;
  /** What each post shows: exactly what /briefing or /quotes would. */
  post: 'briefing' | 'quotes';
  /** Only with post: quotes: one speaker's quotes. */
  speaker?: string | undefined;
  /** One story, by id or title. Without story or stories: the newest story. */
  story?: string | undefined;
  stories?: StorySelection | undefined;
  /** How late a slot may still be posted, in ms. */
  grace: number;
  when_unchanged: 'post' | 'skip-unchanged';
  /** Where permanent failures of this schedule are reported. */
  admin?: ChannelTarget | undefined;
}
