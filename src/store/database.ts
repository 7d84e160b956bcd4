import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { DatabaseOpenError, openFailureHint } from './database-errors.js';
import { unusableDatabasePath } from '../contracts/database-path.js';

export type Db = Database.Database;

export const DEFAULT_DATABASE_PATH = 'data/newsbrief.db';

/**
 * Opens (creating its folder) the one SQLite file newsbrief keeps: delivery log, articles seen.
 * Each table's module creates its own tables idempotently (CREATE TABLE IF NOT EXISTS) when first used.
 * Throws DatabaseOpenError, naming the path and DATABASE_PATH, when the file cannot be used.
 */
export function openDatabase(path: string = DEFAULT_DATABASE_PATH): Db {
  const full = resolve(path);
  const unusable = unusableDatabasePath(full);
  if (unusable) throw new DatabaseOpenError(full, unusable);
  try {
    mkdirSync(dirname(full), { recursive: true });
  } catch (error) {
    const file = fileInTheWay(dirname(full));
    const reason = file ? `${file} is a file, not a folder` : openFailureHint(error);
    throw new DatabaseOpenError(full, `its folder ${dirname(full)} cannot be created: ${reason}`);
  }
  let db: Db | undefined;
  try {
    db = new Database(full);
    // WAL lets the scheduler write while a reader reads; busy_timeout makes two processes wait rather than fail.
    db.pragma('journal_mode = WAL');
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    // Reads the schema: a damaged file fails here, at start, rather than at the first scheduled post.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return db;
  } catch (error) {
    if (db?.open) db.close();
    throw new DatabaseOpenError(full, openFailureHint(error));
  }
}

/** The nearest part of `folder` (itself or an ancestor) that exists as something other than a folder. */
function fileInTheWay(folder: string): string | undefined {
  for (let path = folder; path !== dirname(path); path = dirname(path)) {
    try {
      return statSync(path).isDirectory() ? undefined : path;
    } catch {
      // Missing: look at its parent.
    }
  }
  return undefined;
}
