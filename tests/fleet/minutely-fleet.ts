import { randomInt } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { DeliveryRow } from '../../src/contracts/stores.js';
import { seededRandom } from '../../bench/news-day.js';
import { startSlackStandIn, type SlackStandIn } from '../stand-ins/slack-api.js';
import { Fleet } from './fleet.js';
import { keepFleetChannels, postsPerTag, type FleetPost } from './fleet-channels.js';
import type { FleetDatabase } from './fleet-database.js';
import { fleetWorkspace, type FleetWorkspace } from './fleet-workspace.js';

/*
 * A fleet of `newsbrief serve` processes posting one schedule every minute. Slots are whole minutes and `serve`
 * runs on the wall clock (as deployed), so these runs take real minutes: the first slot, two more, and the 90 s
 * lease plus a pass (at most 30 s) that reconciling a claim whose process died takes.
 */

export const SCHEDULE_ID = 'minutely';
export const CHANNEL = 'C0FLEET';
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
  workspace: FleetWorkspace;
  database: FleetDatabase;
  posts: FleetPost[];
  random: () => number;
  /** The minute slots every instance has seen the schedule before (ms since the epoch). */
  slots: number[];
  /** Kills an instance now and starts it again after `restartAfterMs`; the restart is awaited by finish(). */
  killAndRestart(name: string, why: string, restartAfterMs: number): void;
  /** Runs `fault` at wall time `at` (ms since the epoch); awaited by finish(). */
  at(at: number, fault: () => void | Promise<void>): void;
  /** Called for each post the stand-in receives, before the poster hears back. */
  onPost: ((post: FleetPost) => void) | undefined;
  /** Instances running and not on their way down. */
  up(): string[];
  /**
   * Waits for the faults and restarts, then until every slot is decided and no claim is left (or `deadline`),
   * and returns what the channel and the log hold.
   */
  settle(deadline: number): Promise<{ perTag: Map<string, number>; rows: DeliveryRow[] }>;
  close(): Promise<void>;
}

export function slotTag(slot: number): string {
  return `${SCHEDULE_ID}@${new Date(slot).toISOString()}`;
}

/** Starts the stand-in, the workspace and three instances; the slots are the next `slotCount` minutes at least 5 s away. */
export async function startMinutelyFleet(options: { seed: number; slotCount: number; database: (workspace: FleetWorkspace) => Promise<FleetDatabase> }): Promise<MinutelyFleet> {
  const workspace = fleetWorkspace([{ id: SCHEDULE_ID, cron: '* * * * *', channel: CHANNEL, grace: '10m' }]);
  const slack = await startSlackStandIn();
  const database = await options.database(workspace);
  const down = new Set<string>();
  const pending: Promise<unknown>[] = [];
  let fleet: Fleet;

  const run: MinutelyFleet = {
    fleet: undefined as unknown as Fleet,
    slack,
    workspace,
    database,
    posts: keepFleetChannels(slack, Date.now, (post) => run.onPost?.(post)),
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
      for (;;) {
        try {
          rows = await database.rows();
        } catch (error) {
          // A database just started again may refuse a moment longer; past the deadline, say why.
          if (Date.now() > deadline) throw error;
          await sleep(1_000);
          continue;
        }
        const decided = run.slots.every((slot) => rows.some((r) => r.slot === new Date(slot).toISOString() && r.status !== 'claimed'));
        if ((decided && !rows.some((r) => r.status === 'claimed')) || Date.now() > deadline) break;
        await sleep(1_000);
      }
      return { perTag: postsPerTag(run.posts), rows };
    },
    async close() {
      await Promise.allSettled(pending);
      await fleet?.stop();
      await database.close();
      await slack.close();
      workspace.cleanup();
    },
  };
  fleet = new Fleet({ names: ['a', 'b', 'c'], cwd: workspace.dir, env: { ...workspace.env, ...database.env, SLACK_API_URL: slack.apiUrl }, startTimeoutMs: 60_000 });
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
    ...run.posts.map((p) => `post ${p.tag} by ${p.by} at ${new Date(p.at).toISOString()} ts ${p.ts}`),
    ...rows.map((r) => `row ${r.slot} ${r.status} ${r.messageId ?? ''} ${r.error ?? ''}`),
    ...run.fleet.problems().slice(-40),
  ].join('\n');
}
