import type { SubscriptionChannel } from '../../contracts/stores.js';

/** Whether a user may manage a channel's subscriptions; a refusal says who can. */
export type ManageCheck = { allowed: true } | { allowed: false; who: string };

/**
 * Where a command was typed and by whom, as the platform tells it. Each platform answers `mayManage` from its
 * own source of truth (Slack's admin flags and user group, Discord's permissions), asked on every change.
 */
export interface RequestOrigin {
  channel: SubscriptionChannel;
  /** Slack team id, Discord guild id, "local" for the shell: what per-workspace limits count. */
  scope: string;
  /** A direct message: it has no channel to subscribe. */
  direct: boolean;
  mayManage(): Promise<ManageCheck>;
  /** The user's own time zone, when the platform knows it (Slack's users.info). */
  userTimezone?(): Promise<string | undefined>;
}
