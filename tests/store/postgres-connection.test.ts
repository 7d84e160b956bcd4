import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseUnavailableError } from '../../src/contracts/database-unavailable-error.js';
import type { PlannedItem } from '../../src/contracts/stores.js';
import { createLogger } from '../../src/logging/logger.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { PostgresDeliveryLog } from '../../src/store/postgres/delivery-log.js';
import { migratePostgres } from '../../src/store/postgres/migrate-postgres.js';
import { PostgresConnection } from '../../src/store/postgres/postgres-connection.js';
import { noteSkippedPostgres, skipPostgres, startPostgresCluster, type PostgresCluster } from '../stand-ins/postgres-cluster.js';

noteSkippedPostgres();

function capture(): { lines: { level: number; msg: string }[]; logger: ReturnType<typeof createLogger> } {
  const lines: { level: number; msg: string }[] = [];
  return { lines, logger: createLogger('info', { write: (line: string) => void lines.push(JSON.parse(line) as { level: number; msg: string }) }) };
}

const item: PlannedItem = { item: '', story: 'inquiry', platform: 'slack', channel: 'C0NEWS', contentHash: 'h1', late: false };
const slotAt = (minute: number): string => new Date(Date.UTC(2026, 10, 23, 7, minute)).toISOString();

describe.skipIf(skipPostgres)('PostgreSQL: migrations and outages (a throwaway cluster)', () => {
  let cluster: PostgresCluster;
  const closing: Array<() => Promise<void>> = [];
  beforeAll(async () => {
    cluster = await startPostgresCluster();
  }, 60_000);
  afterAll(() => cluster?.destroy());
  afterEach(async () => {
    await Promise.all(closing.splice(0).map((close) => close()));
  });
  const pool = (url: string): pg.Pool => {
    const p = new pg.Pool({ connectionString: url, max: 2 });
    p.on('error', () => undefined);
    closing.push(() => p.end());
    return p;
  };

  it('three instances migrating a new database at once: each migration applied once, in order', async () => {
    const url = await cluster.createDatabase();
    const pools = [pool(url), pool(url), pool(url)];
    const applied = await Promise.all(pools.map((p) => migratePostgres(p)));
    expect(applied.flat()).toEqual(MIGRATIONS.map((m) => m.version));
    expect(applied.filter((a) => a.length === 0)).toHaveLength(2);
    const rows = await pools[0]!.query('SELECT version, name FROM schema_migrations ORDER BY version');
    expect(rows.rows).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
    expect(await migratePostgres(pools[1]!)).toEqual([]);
  });

  it('a failing migration rolls the whole run back, naming the migration', async () => {
    const url = await cluster.createDatabase();
    const p = pool(url);
    const broken = [
      { version: 1, name: 'fine', sqlite: '', postgres: 'CREATE TABLE one (x TEXT)' },
      { version: 2, name: 'broken', sqlite: '', postgres: 'CREATE TABLE two (x TEXT); CREATE TABLE one (x TEXT)' },
    ];
    await expect(migratePostgres(p, { migrations: broken })).rejects.toThrow('migration 2 (broken) failed: relation "one" already exists');
    const tables = await p.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name");
    expect(tables.rows).toEqual([]);
    await expect(migratePostgres(p, { migrations: [{ version: 1, name: 'no sql', sqlite: 'x', postgres: ' ' }] })).rejects.toThrow('migration 1 (no sql) has no PostgreSQL version');
  });

  it('the server stopped under a running delivery log: unavailable (logged once), calls reject; restarted: it recovers by itself, no claim lost or doubled', async () => {
    const url = await cluster.createDatabase();
    const { lines, logger } = capture();
    const instances = [new PostgresConnection(url, logger, { max: 2, connectionTimeoutMs: 2_000 }), new PostgresConnection(url, logger, { max: 2, connectionTimeoutMs: 2_000 })];
    for (const connection of instances) closing.push(() => connection.close());
    const logs = instances.map((connection) => new PostgresDeliveryLog(connection));
    expect(logs[0]!.state()).toEqual({ state: 'unavailable', error: 'not connected yet' });

    const winners = new Map<string, string[]>();
    /** Both instances try the slot until the database answers them, as the scheduler does. */
    const claim = async (minute: number): Promise<void> => {
      const slot = slotAt(minute);
      await Promise.all(
        logs.map(async (log, i) => {
          for (;;) {
            try {
              if (await log.claimSlot('morning', slot, [item], `instance-${i}`, new Date(slot), 90_000)) winners.set(slot, [...(winners.get(slot) ?? []), `instance-${i}`]);
              return;
            } catch (error) {
              expect(error).toBeInstanceOf(DatabaseUnavailableError);
              await new Promise((resolve) => setTimeout(resolve, 50));
            }
          }
        }),
      );
    };
    for (let minute = 0; minute < 3; minute++) await claim(minute);
    expect(logs[0]!.state()).toEqual({ state: 'ok' });

    cluster.stop();
    const target = `postgres://postgres@127.0.0.1:${cluster.port}/${new URL(url).pathname.slice(1)}`;
    const error = await logs[0]!.claimSlot('morning', slotAt(3), [item], 'instance-0', new Date(slotAt(3)), 90_000).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect((error as Error).message).toMatch(new RegExp(`^DATABASE_URL: cannot reach ${target.replace(/[.]/g, '\\.')}: `));
    await expect(logs[0]!.list()).rejects.toThrow(DatabaseUnavailableError);
    await expect(logs[1]!.hasSlot('morning', slotAt(0))).rejects.toThrow(DatabaseUnavailableError);
    expect(logs[0]!.state().state).toBe('unavailable');
    expect(logs[1]!.state().state).toBe('unavailable');

    // Claims keep being tried while it is down; the server comes back after a while.
    const during = claim(3);
    await new Promise((resolve) => setTimeout(resolve, 300));
    cluster.start();
    await during;
    for (let minute = 4; minute < 6; minute++) await claim(minute);

    expect(logs[0]!.state()).toEqual({ state: 'ok' });
    expect(logs[1]!.state()).toEqual({ state: 'ok' });
    const rows = await logs[1]!.list('morning');
    expect(rows.map((r) => r.slot)).toEqual([0, 1, 2, 3, 4, 5].map(slotAt));
    for (const row of rows) expect(winners.get(row.slot)).toEqual([row.owner]);
    // One line when it went, one when it came back: per connection (each instance is its own process).
    const said = lines.filter((l) => l.level >= 30).map((l) => l.msg.replace(/: DATABASE_URL.*?\. Slash/, ': … Slash'));
    expect(said.filter((m) => m.startsWith('database migrated'))).toHaveLength(1);
    expect(said.filter((m) => !m.startsWith('database migrated'))).toEqual([
      'database unavailable: … Slash commands are still answered; scheduled posts and live feeds wait for it',
      'database unavailable: … Slash commands are still answered; scheduled posts and live feeds wait for it',
      'database available again: scheduled posts and live feeds resume',
      'database available again: scheduled posts and live feeds resume',
    ]);
  }, 30_000);

  it('never shows the password: not in the state, the error or the log', async () => {
    const url = `postgres://newsbrief:s3cret-pw@127.0.0.1:${cluster.port}/nosuchdb`;
    const { lines, logger } = capture();
    const connection = new PostgresConnection(url, logger, { connectionTimeoutMs: 2_000 });
    closing.push(() => connection.close());
    expect(await connection.open()).toBe(false);
    const state = connection.state();
    expect(state.state).toBe('unavailable');
    expect(JSON.stringify(state)).toContain(`postgres://newsbrief@127.0.0.1:${cluster.port}/nosuchdb`);
    expect(JSON.stringify([state, lines])).not.toContain('s3cret');
    expect(lines.filter((l) => l.level >= 50)).toHaveLength(1);
  });
});
