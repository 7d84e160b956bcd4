import type { Db } from './database.js';
import { MIGRATIONS, type Migration } from './migrations.js';

/**
 * Brings a SQLite database up to the newest migration. Safe when several processes start on one file at once:
 * each migration runs in an IMMEDIATE transaction that checks again, under the write lock, whether it is applied.
 */
export function migrateSqlite(db: Db, migrations: readonly Migration[] = MIGRATIONS): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)');
  const applied = (): Set<number> =>
    new Set((db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((row) => row.version));
  const before = applied();
  if (migrations.every((migration) => before.has(migration.version))) return;
  for (const migration of migrations) {
    const apply = db.transaction(() => {
      if (applied().has(migration.version)) return;
      db.exec(migration.sqlite);
      db.prepare('INSERT INTO schema_migrations (version, name) VALUES (?, ?)').run(migration.version, migration.name);
    });
    apply.immediate();
  }
}
