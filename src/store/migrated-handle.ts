import type { Db } from './database.js';
import { DatabaseConnection, type DatabaseState } from './database-connection.js';
import { migrateSqlite } from './sqlite-migrate.js';

/**
 * The SQLite handle a store works on: a Db used as it is, or a DatabaseConnection asked for its handle at every
 * call, so the store follows a reopen (a replaced or restored file). A handle is migrated before its first use.
 */
export class MigratedHandle {
  private readonly connection: DatabaseConnection | undefined;
  private readonly fixed: Db | undefined;
  private migratedOn: Db | undefined;

  constructor(source: Db | DatabaseConnection) {
    if (source instanceof DatabaseConnection) this.connection = source;
    else this.fixed = source;
  }

  /** The connection's state; a plain Db is always ok. */
  state(): DatabaseState {
    return this.connection?.state() ?? { state: 'ok' };
  }

  /** Runs `work` on the current handle; a failure of the file becomes DatabaseUnavailableError (see DatabaseConnection.use). */
  use<T>(work: (db: Db) => T): T {
    const run = (db: Db): T => {
      if (this.migratedOn !== db) {
        migrateSqlite(db);
        this.migratedOn = db;
      }
      return work(db);
    };
    return this.connection ? this.connection.use(run) : run(this.fixed!);
  }
}
