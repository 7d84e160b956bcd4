/**
 * `npm run bench:fleet`: three `newsbrief serve` processes on one database, 500 subscriptions (as channels make them
 * in chat, stored in the shared database) due in the same minute, each posting to its own Slack channel (the Slack
 * stand-in on 127.0.0.1). Reports the time from the slot until every post reached the stand-in, how the posts spread
 * over the instances, duplicates and misses (both must be 0), and exits 1 when a check fails. `--config-schedules`
 * runs the same load as config/schedules.yaml entries instead.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { startSlackStandIn } from '../tests/stand-ins/slack-api.js';
import { Fleet } from '../tests/fleet/fleet.js';
import { keepFleetChannels, postsPerTag } from '../tests/fleet/fleet-channels.js';
import { postgresFleetDatabase, sqliteFleetDatabase, type FleetDatabase } from '../tests/fleet/fleet-database.js';
import { startPostgresCluster, type PostgresCluster } from '../tests/stand-ins/postgres-cluster.js';
import { fleetWorkspace } from '../tests/fleet/fleet-workspace.js';
import { openStores } from '../src/store/open-stores.js';
import { silentLogger } from '../src/logging/logger.js';
import { reportChecks, type BenchCheck } from './checks.js';

/**
 * `--instances N` and `--schedules N` vary the run (defaults 3 and 500: the figures in docs/benchmarks.md);
 * `--store postgres` runs the fleet on a throwaway PostgreSQL cluster on 127.0.0.1 instead of one SQLite file.
 */
function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number of at least 1`);
  return value;
}

const STORE = process.argv.includes('--store') ? process.argv[process.argv.indexOf('--store') + 1] : 'sqlite';
if (STORE !== 'sqlite' && STORE !== 'postgres') throw new Error('--store must be sqlite or postgres');
const SCHEDULES = option('schedules', 500);
const FROM_CONFIG = process.argv.includes('--config-schedules');
const INSTANCES = Array.from({ length: option('instances', 3) }, (_, i) => String.fromCharCode(97 + i));
const MINUTE = 60_000;
/** The fleet must serve this long before the slot, so every instance has seen every schedule. */
const READY_BEFORE_SLOT_MS = 5_000;
/** Posts still missing this long after the slot are misses. */
const GIVE_UP_AFTER_MS = 120_000;

const write = (line: string): void => void process.stdout.write(`${line}\n`);

async function main(): Promise<number> {
  // The throwaway cluster first (initdb takes seconds), so that the slot's lead is all for the fleet to start.
  const cluster: PostgresCluster | undefined = STORE === 'postgres' ? await startPostgresCluster() : undefined;
  // The slot is a whole minute far enough ahead for three processes to start and read 500 schedules.
  const slot = Math.ceil((Date.now() + 45_000) / MINUTE) * MINUTE;
  const at = new Date(slot);
  const cron = `${at.getUTCMinutes()} ${at.getUTCHours()} * * *`;
  const channel = (i: number): string => `C0LOAD${String(i + 1).padStart(4, '0')}`;
  // Subscriptions get the ids 1…N of a new database, and run as the schedules sub:1…sub:N.
  const ids = Array.from({ length: SCHEDULES }, (_, i) => (FROM_CONFIG ? `load-${String(i + 1).padStart(3, '0')}` : `sub:${i + 1}`));
  const workspace = fleetWorkspace(FROM_CONFIG ? ids.map((id, i) => ({ id, cron, channel: channel(i), grace: '10m' })) : []);
  const slack = await startSlackStandIn();
  const posts = keepFleetChannels(slack, Date.now);
  const database: FleetDatabase = cluster ? await postgresFleetDatabase(cluster) : sqliteFleetDatabase(workspace.databasePath);
  if (!FROM_CONFIG) await subscribe(database.env, cron, channel);
  const fleet = new Fleet({ names: INSTANCES, cwd: workspace.dir, env: { ...workspace.env, ...database.env, SLACK_API_URL: slack.apiUrl }, startTimeoutMs: 40_000 });
  try {
    write(`newsbrief fleet bench: ${INSTANCES.length} serve process${INSTANCES.length === 1 ? '' : 'es'}, one ${STORE === 'postgres' ? 'PostgreSQL' : 'SQLite'} database, ${SCHEDULES} ${FROM_CONFIG ? 'config schedules' : 'subscriptions'} due at ${at.toISOString()}`);
    const starting = Date.now();
    await fleet.start();
    write(`  fleet serving after ${((Date.now() - starting) / 1000).toFixed(1)} s`);
    if (Date.now() > slot - READY_BEFORE_SLOT_MS) {
      write('  FAIL  the fleet was not serving 5 s before the slot; nothing measured (a busy machine?)');
      return 1;
    }
    const tags = new Set(ids.map((id) => `${id}@${at.toISOString()}`));
    while (Date.now() < slot + GIVE_UP_AFTER_MS && new Set(posts.filter((p) => p.tag && tags.has(p.tag)).map((p) => p.tag)).size < SCHEDULES) await sleep(200);
    // A little longer, so that a late duplicate would be counted.
    await sleep(3_000);

    const ours = posts.filter((p) => p.tag && tags.has(p.tag));
    const perTag = postsPerTag(ours);
    const duplicates = [...perTag.values()].reduce((sum, n) => sum + n - 1, 0);
    const misses = [...tags].filter((tag) => !perTag.has(tag)).length;
    const times = ours.map((p) => p.at - slot).sort((x, y) => x - y);
    const rows = (await database.rows()).filter((r) => r.slot === at.toISOString());
    const postedRows = rows.filter((r) => r.status === 'posted').length;
    const byInstance = INSTANCES.map((name) => `${name} ${ours.filter((p) => p.by === name).length}`).join(', ');

    if (times.length) {
      write(`  first post ${ms(times[0]!)} after the slot, half ${ms(times[Math.floor(times.length / 2)]!)}, all ${ms(times.at(-1)!)}`);
    }
    write(`  posts: ${ours.length} (${byInstance}); delivery log: ${postedRows} posted`);
    write(`  duplicates: ${duplicates}, misses: ${misses}`);
    const checks: BenchCheck[] = [
      ['no slot posted twice (duplicates = 0)', duplicates === 0],
      [`every schedule posted (misses = 0 within ${GIVE_UP_AFTER_MS / 1000} s)`, misses === 0],
      ['the delivery log records every post', postedRows === SCHEDULES],
      ['all posted within the minute of their slot', misses === 0 && times.at(-1)! < MINUTE],
    ];
    return reportChecks(checks, write);
  } finally {
    await fleet.stop();
    await database.close();
    cluster?.destroy();
    await slack.close();
    workspace.cleanup();
  }
}

/** The subscriptions, made before any instance starts, as `/briefing subscribe` stores them (a minute before the slot at least). */
async function subscribe(env: Record<string, string>, cron: string, channel: (i: number) => string): Promise<void> {
  const stores = openStores(env, silentLogger());
  try {
    if (!(await stores.open())) throw new Error('the fleet database cannot be opened to store the subscriptions');
    const createdAt = new Date().toISOString();
    for (let i = 0; i < SCHEDULES; i++) {
      await stores.subscriptions.add({
        channel: { platform: 'slack', channelId: channel(i) },
        scope: 'T0LOAD',
        what: { kind: 'story', story: 'veltmar-port' },
        whatText: 'veltmar-port',
        when: { text: cron, cron },
        timezone: 'UTC',
        createdBy: 'U0LOAD',
        createdAt,
      });
    }
  } finally {
    await stores.close();
  }
}

function ms(value: number): string {
  return value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`;
}

process.exitCode = await main();
