import { randomInt } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { expect } from 'vitest';
import { slotNonce } from '../../src/adapters/discord/channel-poster.js';
import type { DeliveryRow } from '../../src/contracts/stores.js';
import { seededRandom } from '../../bench/news-day.js';
import { startDiscordStandIn, type DiscordStandIn } from '../stand-ins/discord-api.js';
import { startSlackStandIn, type SlackStandIn } from '../stand-ins/slack-api.js';
import { discordInstanceToken, Fleet } from './fleet.js';
import { keepFleetChannels, postsPerTag, watchFleetDiscord, type FleetPost } from './fleet-channels.js';
import type { FleetDatabase } from './fleet-database.js';
import { fleetWorkspace, type FleetWorkspace } from './fleet-workspace.js';

/*
 * A fleet of `newsbrief serve` processes posting two schedules every minute, one to a Slack channel and one to a
 * Discord channel (each platform's stand-in on 127.0.0.1). Slots are whole minutes and `serve` runs on the wall
 * clock (as deployed), so these runs take real minutes: the first slot, two more, and the 90 s lease plus a pass
 * (at most 30 s) that reconciling a claim whose process died takes.
 */

export const SCHEDULES = { slack: 'minutely', discord: 'minutely-discord' } as const;
export const CHANNELS = { slack: 'C0FLEET', discord: '222222222222222222' } as const;
const MINUTE = 60_000;

/** The seed of a fault run: FLEET_SEED when set (to replay a failure), else a fresh one; printed either way. */
export function faultSeed(test: string): number {
  const given = process.env['FLEET_SEED'];
  const seed = given !== undefined && /^\d+$/.test(given) ? Number(given) : randomInt(2 ** 31);
  console.log(`${test}: seed ${seed} (replay with FLEET_SEED=${seed})`);
  return seed;
}

export interface MinutelyFleet {
  fleet: Fleet;
  slack: SlackStandIn;
  discord: DiscordStandIn;
  workspace: FleetWorkspace;
  database: FleetDatabase;
  /** Every post either stand-in received (Discord: every attempt, even one its nonce turns into the earlier message). */
  posts: FleetPost[];
  random: () => number;
  /** The minute slots every instance has seen the schedules before (ms since the epoch). */
  slots: number[];
  /** Kills an instance now and starts it again after `restartAfterMs`; the restart is awaited by settle(). */
  killAndRestart(name: string, why: string, restartAfterMs: number): void;
  /** Runs `fault` at wall time `at` (ms since the epoch); awaited by settle(). */
  at(at: number, fault: () => void | Promise<void>): void;
  /** Called for each post a stand-in receives, before the poster hears back. */
  onPost: ((post: FleetPost) => void) | undefined;
  /** Instances running and not on their way down or up. */
  up(): string[];
  /**
   * Waits for the faults and restarts, then until every slot of both schedules is decided and no claim is left
   * (or `deadline`), and returns the delivery log's rows.
   */
  settle(deadline: number): Promise<DeliveryRow[]>;
  close(): Promise<void>;
}

export function slotTag(platform: keyof typeof SCHEDULES, slot: number): string {
  return `${SCHEDULES[platform]}@${new Date(slot).toISOString()}`;
}

/** Starts both stand-ins, the workspace and three instances; the slots are the next `slotCount` minutes at least 5 s away. */
export async function startMinutelyFleet(options: { seed: number; slotCount: number; database: (workspace: FleetWorkspace) => Promise<FleetDatabase> }): Promise<MinutelyFleet> {
  const workspace = fleetWorkspace([
    { id: SCHEDULES.slack, cron: '* * * * *', channel: CHANNELS.slack, grace: '10m' },
    { id: SCHEDULES.discord, cron: '* * * * *', platform: 'discord', channel: CHANNELS.discord, grace: '10m' },
  ]);
  const slack = await startSlackStandIn();
  const discord = await startDiscordStandIn();
  const database = await options.database(workspace);
  const down = new Set<string>();
  const pending: Promise<unknown>[] = [];
  // Discord posts carry a nonce derived from their tag: the tags of every minute this run can reach.
  const tagOfNonce = new Map<string, string>();
  const from = Math.floor(Date.now() / MINUTE) * MINUTE - 5 * MINUTE;
  for (let minute = from; minute < from + 30 * MINUTE; minute += MINUTE) tagOfNonce.set(slotNonce(slotTag('discord', minute)), slotTag('discord', minute));
  const received = (post: FleetPost): void => run.onPost?.(post);
  const slackPosts = keepFleetChannels(slack, Date.now, received);
  const discordPosts = watchFleetDiscord(discord, (nonce) => tagOfNonce.get(nonce), Date.now, received);
  let fleet: Fleet;

  const run: MinutelyFleet = {
    fleet: undefined as unknown as Fleet,
    slack,
    discord,
    workspace,
    database,
    get posts() {
      return [...slackPosts, ...discordPosts].sort((a, b) => a.at - b.at);
    },
    random: seededRandom(options.seed),
    slots: [],
    onPost: undefined,
    up: () => fleet.alive().filter((name) => !down.has(name)),
    killAndRestart(name, why, restartAfterMs) {
      if (down.has(name) || !fleet.killNow(name, why)) return;
      down.add(name);
      pending.push(
        (async () => {
          await sleep(restartAfterMs);
          while (fleet.alive().includes(name)) await sleep(20);
          // Still "down" while it starts: a kill aimed at a starting process would only test the harness.
          await fleet.startOne(name);
          down.delete(name);
        })(),
      );
    },
    at(when, fault) {
      pending.push(sleep(Math.max(0, when - Date.now())).then(fault));
    },
    async settle(deadline) {
      // Faults scheduled by faults (a restart after a kill) join `pending` while it is awaited.
      for (let seen = 0; seen < pending.length; seen = pending.length) await Promise.all(pending.slice(seen));
      let rows: DeliveryRow[] = [];
      const wanted = run.slots.flatMap((slot) => Object.values(SCHEDULES).map((id) => [id, new Date(slot).toISOString()] as const));
      for (;;) {
        try {
          rows = await database.rows();
        } catch (error) {
          // A database just started again may refuse a moment longer; past the deadline, say why.
          if (Date.now() > deadline) throw error;
          await sleep(1_000);
          continue;
        }
        const decided = wanted.every(([id, slot]) => rows.some((r) => r.scheduleId === id && r.slot === slot && r.status !== 'claimed'));
        if ((decided && !rows.some((r) => r.status === 'claimed')) || Date.now() > deadline) return rows;
        await sleep(1_000);
      }
    },
    async close() {
      await Promise.allSettled(pending);
      await fleet?.stop();
      await database.close();
      await slack.close();
      await discord.close();
      workspace.cleanup();
    },
  };
  fleet = new Fleet({
    names: ['a', 'b', 'c'],
    cwd: workspace.dir,
    env: { ...workspace.env, ...database.env, SLACK_API_URL: slack.apiUrl, DISCORD_API_URL: discord.apiUrl, DISCORD_APPLICATION_ID: discord.applicationId },
    instanceEnv: (name) => ({ DISCORD_TOKEN: discordInstanceToken(name) }),
    startTimeoutMs: 60_000,
  });
  run.fleet = fleet;
  try {
    await fleet.start();
  } catch (error) {
    await run.close();
    throw error;
  }
  const first = Math.ceil((Date.now() + 5_000) / MINUTE) * MINUTE;
  run.slots = Array.from({ length: options.slotCount }, (_, i) => first + i * MINUTE);
  return run;
}

/** What a human needs when a fault run fails: the seed, every fault, each post, and every warning of the fleet. */
export function diagnosis(run: MinutelyFleet, seed: number, rows: readonly DeliveryRow[]): string {
  return [
    `seed ${seed} (FLEET_SEED=${seed})`,
    ...run.fleet.events,
    ...run.posts.map((p) => `${p.platform} post ${p.tag} by ${p.by} at ${new Date(p.at).toISOString()} #${p.ts}`),
    ...rows.map((r) => `row ${r.scheduleId} ${r.slot} ${r.status} ${r.messageId ?? ''} ${r.error ?? ''}`),
    ...run.fleet.problems().slice(-40),
  ].join('\n');
}

/**
 * Every slot of both schedules reached its channel exactly once and is recorded as posted with that message; a
 * slot that came due while the fleet was starting may or may not be posted, but never twice; nothing else is in
 * the log but posts.
 */
export function expectEverySlotOnce(run: MinutelyFleet, seed: number, rows: readonly DeliveryRow[]): void {
  const why = diagnosis(run, seed, rows);
  const perTag = postsPerTag(run.posts);
  const discordMessages = run.discord.channels.get(CHANNELS.discord) ?? [];
  for (const slot of run.slots) {
    const iso = new Date(slot).toISOString();
    expect(perTag.get(slotTag('slack', slot)) ?? 0, `${slotTag('slack', slot)}\n${why}`).toBe(1);
    // Discord would answer a repeated nonce with the first message: every attempt is counted, not only messages.
    expect(perTag.get(slotTag('discord', slot)) ?? 0, `${slotTag('discord', slot)}\n${why}`).toBe(1);
    const message = discordMessages.filter((m) => m.nonce === slotNonce(slotTag('discord', slot)));
    expect(message, why).toHaveLength(1);
    const slackTs = run.posts.find((p) => p.tag === slotTag('slack', slot))?.ts;
    expect(rows.filter((r) => r.slot === iso).map((r) => [r.scheduleId, r.status, r.messageId]).sort(), why).toEqual([
      [SCHEDULES.slack, 'posted', slackTs],
      [SCHEDULES.discord, 'posted', message[0]!.id],
    ].sort());
  }
  for (const [tag, count] of perTag) expect(count, `${tag}\n${why}`).toBe(1);
  expect(rows.filter((r) => r.status !== 'posted'), why).toEqual([]);
}
