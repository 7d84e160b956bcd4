import type pg from 'pg';
import type { Logger } from '../../logging/logger.js';
import { isConnectionFailure } from './connection-failure.js';
import { MIGRATIONS, type Migration } from '../migrations.js';

/**
 * The advisory lock key every newsbrief process takes to migrate (any fixed number: it only has to be the same in
 * every process and unlikely to be used by another application on the same database).
 */
export const MIGRATION_LOCK_KEY = 4_621_772_030_118_016;

export interface MigratePostgresOptions {
  migrations?: readonly Migration[];
  logger?: Logger;
}

/**
 * Brings a PostgreSQL database up to the newest migration, in one transaction under a transaction-scoped advisory
 * lock: instances starting together wait for each other, and the later ones find everything applied. A failing
 * migration rolls the whole run back. Returns the versions this call applied.
 */
export async function migratePostgres(pool: pg.Pool, options: MigratePostgresOptions = {}): Promise<number[]> {
  const migrations = options.migrations ?? MIGRATIONS;
  const client = await pool.connect();
  let broken = false;
  // Ended by the server while checked out: an 'error' on the client, which unhandled would stop the process.
  const onError = (): void => void (broken = true);
  client.on('error', onError);
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)');
    const rows = (await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows;
    const applied = new Set(rows.map((row) => row.version));
    const done: number[] = [];
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      if (!migration.postgres.trim()) throw new Error(`migration ${migration.version} (${migration.name}) has no PostgreSQL version`);
      try {
        await client.query(migration.postgres);
      } catch (error) {
        if (isConnectionFailure(error)) throw error;
        throw new Error(`migration ${migration.version} (${migration.name}) failed: ${(error as Error).message}`, { cause: error });
      }
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      done.push(migration.version);
    }
    await client.query('COMMIT');
    if (done.length) options.logger?.info({ versions: done }, `database migrated: ${done.length} migration${done.length === 1 ? '' : 's'} applied`);
    return done;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => (broken = true));
    throw error;
  } finally {
    client.off('error', onError);
    client.release(broken);
  }
}
