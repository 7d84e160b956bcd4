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
  // Switching a file to WAL reads it and then asks to write, and SQLite answers BUSY at once (the busy
  // handler is skipped to avoid a deadlock) while another process holds a write lock: two instances
  // starting on a new file together. The whole sequence is retried, like busy_timeout, within a deadline
  // on the monotonic clock: it bounds a wait, it dates nothing.
  const deadline = performance.now() + OPEN_BUSY_WAIT_MS;
  for (let pause = 5; ; pause = Math.min(pause * 2, 100)) {
    try {
      return openOnce(full);
    } catch (error) {
      if (!isBusy(error) || performance.now() + pause > deadline) throw new DatabaseOpenError(full, openFailureHint(error));
      Atomics.wait(PAUSE, 0, 0, pause);
    }
  }
}

/** How long opening waits for another process's lock, as long as busy_timeout waits for a statement. */
const OPEN_BUSY_WAIT_MS = 5000;
const PAUSE = new Int32Array(new SharedArrayBuffer(4));

function openOnce(full: string): Db {
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
    throw error;
  }
}

function isBusy(error: unknown): boolean {
  return String((error as { code?: unknown } | null)?.code ?? '').startsWith('SQLITE_BUSY');
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
