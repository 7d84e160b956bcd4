import { afterEach, describe, expect, it } from 'vitest';
import { sqliteFleetDatabase } from './fleet-database.js';
import { diagnosis, expectEverySlotOnce, faultSeed, SCHEDULES, slotTag, startMinutelyFleet, type MinutelyFleet } from './minutely-fleet.js';

/*
 * Three `newsbrief serve` processes on one SQLite file, a Slack and a Discord schedule every minute, and SIGKILLs at
 * seeded moments: the poster of the first slot on one platform (seeded) killed right after its post reached the
 * stand-in and before it could record it; one kill within the 1.5 s in which the first slot is claimed; two at any moment
 * from start to 40 s after the first slot. Each instance comes back after a few seconds. Every slot must reach its
 * channel exactly once.
 */
describe('a fleet of three serve processes, killed at random moments', () => {
  let run: MinutelyFleet | undefined;
  afterEach(async () => {
    await run?.close();
    run = undefined;
  });

  it('posts every minute slot exactly once on Slack and on Discord, none missed', { timeout: 300_000 }, async () => {
    const seed = faultSeed('fleet SIGKILL test');
    run = await startMinutelyFleet({ seed, slotCount: 3, database: async (w) => sqliteFleetDatabase(w.databasePath) });
    const r = run;
    const [first] = r.slots as [number, ...number[]];
    const pick = (names: string[]): string | undefined => names[Math.floor(r.random() * names.length)];
    const restartDelay = (): number => 500 + Math.floor(r.random() * 5_500);

    // Between the post and its record: the stand-in has the message, its poster never hears back. One platform's,
    // chosen by the seed: one pass usually claims both schedules' slots, so the poster killed after its first post
    // rarely lives to make the other on time.
    const killedAfterPost = new Map<string, string>();
    const afterPostPlatform = r.random() < 0.5 ? 'slack' : 'discord';
    const afterPostDelay = restartDelay();
    r.onPost = (post) => {
      // Only the on-time post: killing a reconciler's late post too would need another lease to run out.
      if (post.platform !== afterPostPlatform || killedAfterPost.has(post.platform) || post.tag !== slotTag(post.platform, first) || !post.by || post.at > first + 30_000) return;
      killedAfterPost.set(post.platform, post.by);
      r.killAndRestart(post.by, `right after its post of ${post.tag} reached ${post.platform}, before recording it`, afterPostDelay);
    };
    const claimKill = first + Math.floor(r.random() * 1_500);
    const anyKills = [0, 1].map(() => Date.now() + Math.floor(r.random() * (first + 40_000 - Date.now())));
    for (const when of [claimKill, ...anyKills]) {
      const delay = restartDelay();
      r.at(when, () => {
        const victim = pick(r.up());
        if (victim) r.killAndRestart(victim, 'at a seeded moment', delay);
      });
    }

    const rows = await r.settle(r.slots.at(-1)! + 80_000);
    console.log(r.fleet.events.filter((e) => e.includes('SIGKILL')).join('\n'));
    expectEverySlotOnce(r, seed, rows);
    // The first slot's claim on the chosen platform outlived its process, and whoever took it over checked the
    // channel: the post whose poster died unrecorded was found there; or, when the claim kill came first and no
    // post went out on time, it was not there and was posted late. (The other platform's first slot may have been
    // posted and recorded before any kill reached its poster.)
    const said = r.fleet.lines.filter((l) => l['schedule'] === SCHEDULES[afterPostPlatform] && l['slot'] === new Date(first).toISOString()).map((l) => l.msg);
    // Without that kill (a seeded kill reached the claimant first), the claimant may still have posted before it
    // died: then the channel has the post and the take-over reconciles it, else it posts late. Either is right.
    const expected = killedAfterPost.has(afterPostPlatform)
      ? ['reconciled: the post had gone out before the restart']
      : ['reconciled: the post had gone out before the restart', 'unconfirmed scheduled post is not in the channel: posting it now, marked late'];
    expect(said.filter((msg) => expected.includes(msg)), diagnosis(r, seed, rows)).not.toEqual([]);
  });
});
