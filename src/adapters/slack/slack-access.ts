import type { webApi } from '@slack/bolt';
import type { ManageCheck, RequestOrigin } from '../../commands/subscriptions/request-origin.js';
import type { Clock } from '../../contracts/clock.js';
import type { Logger } from '../../logging/logger.js';

/** Who may manage subscriptions in Slack besides workspace admins and owners (config `subscriptions.slack_user_group`). */
export interface SlackUserGroup {
  id: string;
  handle?: string | undefined;
}

export interface SlackAccessOptions {
  clock: Pick<Clock, 'now'>;
  logger: Logger;
  userGroup?: SlackUserGroup | undefined;
  /** How long an answer from users.info or usergroups.users.list is reused. Default 60 s: a demoted admin loses the right within a minute. */
  ttlMs?: number;
}

/** Where a slash command or a button click came from. */
export interface SlackPlace {
  teamId: string;
  channelId: string;
  /** "directmessage" for a DM, "mpdm-…" for a group DM (slash commands carry it; clicks may not). */
  channelName?: string | undefined;
  userId: string;
}

interface UserFacts {
  manager: boolean;
  tz: string | undefined;
}

/**
 * Builds each request's origin from Slack's own answers: users.info for the admin and owner flags and the
 * user's time zone, usergroups.users.list for the group named in config. Answers are cached briefly, on the
 * injected clock; a failed lookup refuses (and is not cached), it never lets anyone through.
 */
export function createSlackAccess(options: SlackAccessOptions) {
  const ttl = options.ttlMs ?? 60_000;
  const log = options.logger.child({ component: 'slack-access' });
  const users = new Map<string, { at: number; facts: UserFacts }>();
  let group: { at: number; members: Set<string> } | undefined;
  const now = () => options.clock.now().getTime();
  const fresh = (at: number) => now() - at < ttl;

  async function userFacts(client: webApi.WebClient, place: SlackPlace): Promise<UserFacts> {
    const key = `${place.teamId}:${place.userId}`;
    const cached = users.get(key);
    if (cached && fresh(cached.at)) return cached.facts;
    const answer = await client.users.info({ user: place.userId });
    const user = answer.user;
    const facts = { manager: Boolean(user?.is_admin || user?.is_owner || user?.is_primary_owner), tz: user?.tz || undefined };
    users.set(key, { at: now(), facts });
    return facts;
  }

  async function groupMembers(client: webApi.WebClient, id: string): Promise<Set<string>> {
    if (group && fresh(group.at)) return group.members;
    const answer = await client.usergroups.users.list({ usergroup: id });
    group = { at: now(), members: new Set(answer.users ?? []) };
    return group.members;
  }

  const who = (): string =>
    options.userGroup
      ? `Workspace admins and owners, and members of the user group ${options.userGroup.handle ? `@${options.userGroup.handle}` : options.userGroup.id}, can manage subscriptions.`
      : 'Workspace admins and owners can manage subscriptions.';

  async function mayManage(client: webApi.WebClient, place: SlackPlace): Promise<ManageCheck> {
    try {
      if ((await userFacts(client, place)).manager) return { allowed: true };
      if (options.userGroup && (await groupMembers(client, options.userGroup.id)).has(place.userId)) return { allowed: true };
      return { allowed: false, who: who() };
    } catch (error) {
      const code = (error as { data?: { error?: string } }).data?.error ?? (error as Error).message;
      log.warn({ err: error, user: place.userId }, 'could not check who may manage subscriptions');
      return { allowed: false, who: `Slack did not say whether you may (${code}); try again. ${who()}` };
    }
  }

  return {
    /** The origin of one request: nothing is asked of Slack until a subscription command needs it. */
    origin(client: webApi.WebClient, place: SlackPlace): RequestOrigin {
      return {
        channel: { platform: 'slack', channelId: place.channelId },
        scope: place.teamId,
        direct: place.channelId.startsWith('D') || place.channelName === 'directmessage' || Boolean(place.channelName?.startsWith('mpdm-')),
        mayManage: () => mayManage(client, place),
        userTimezone: async () => {
          try {
            return (await userFacts(client, place)).tz;
          } catch (error) {
            log.warn({ err: error, user: place.userId }, 'could not read the user’s time zone; using the default');
            return undefined;
          }
        },
      };
    },
  };
}

export type SlackAccess = ReturnType<typeof createSlackAccess>;
