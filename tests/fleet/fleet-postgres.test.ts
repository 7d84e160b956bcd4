import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { noteSkippedPostgres, skipPostgres, startPostgresCluster, type PostgresCluster } from '../stand-ins/postgres-cluster.js';
import { postgresFleetDatabase } from './fleet-database.js';
import { diagnosis, expectEverySlotOnce, faultSeed, startMinutelyFleet, type MinutelyFleet } from './minutely-fleet.js';

noteSkippedPostgres();

/*
 * Three `newsbrief serve` processes on one PostgreSQL database (DATABASE_URL), a Slack and a Discord schedule every
 * minute, and the database restarted under them at seeded moments: once within the 1.5 s in which the first slot
 * is claimed, posted and recorded (a post may reach its channel and its record fail), and once down for 10–25 s
 * across the second slot's time; plus one instance SIGKILLed at a seeded moment. Every slot must reach its channel
 * exactly once.
 *
 * The cluster's stop and start wait for pg_ctl (synchronously), so the stand-ins in this process answer nothing for
 * that second or two: posts in flight wait, as they would behind a slow platform.
 */
describe.skipIf(skipPostgres)('a fleet of three serve processes on one PostgreSQL, restarted under them', () => {
  let cluster: PostgresCluster | undefined;
  let run: MinutelyFleet | undefined;
  beforeAll(async () => {
    cluster = await startPostgresCluster();
  }, 60_000);
  afterAll(() => cluster?.destroy());
  afterEach(async () => {
    await run?.close();
    run = undefined;
  });

  it('posts every minute slot exactly once, none missed, and opens no SQLite file', { timeout: 300_000 }, async () => {
    const seed = faultSeed('fleet PostgreSQL restart test');
    const db = cluster!;
    run = await startMinutelyFleet({ seed, slotCount: 3, database: () => postgresFleetDatabase(db) });
    const r = run;
    const [first, second] = r.slots as [number, number, ...number[]];
    const restartAt = first + Math.floor(r.random() * 1_500);
    const downAt = second - Math.floor(r.random() * 10_000);
    const downFor = 10_000 + Math.floor(r.random() * 15_000);
    const killAt = Date.now() + Math.floor(r.random() * (second + 30_000 - Date.now()));
    const restartDelay = 500 + Math.floor(r.random() * 5_500);
    const note = (what: string): void => void r.fleet.events.push(`${new Date().toISOString()} ${what}`);
    r.at(restartAt, () => {
      note('database restart');
      db.restart();
    });
    r.at(downAt, () => {
      note(`database stopped for ${downFor} ms`);
      db.stop();
    });
    r.at(downAt + downFor, () => {
      db.start();
      note('database started');
    });
    r.at(killAt, () => {
      const up = r.up();
      const victim = up[Math.floor(r.random() * up.length)];
      if (victim) r.killAndRestart(victim, 'at a seeded moment', restartDelay);
    });

    const rows = await r.settle(r.slots.at(-1)! + 80_000);
    console.log(r.fleet.events.filter((e) => /SIGKILL|database/.test(e)).join('\n'));
    expectEverySlotOnce(r, seed, rows);
    // The outage was seen, and got over, by the instances: scheduled posts paused and resumed.
    const said = new Set(r.fleet.lines.map((l) => l.msg.split(':')[0]));
    expect(['scheduled posts paused', 'scheduled posts resumed'].filter((m) => said.has(m)), diagnosis(r, seed, rows)).toEqual(['scheduled posts paused', 'scheduled posts resumed']);
    // DATABASE_URL wins: no instance created the default SQLite file (or its folder) where it runs.
    expect(existsSync(join(r.workspace.dir, 'data'))).toBe(false);
  });
});
