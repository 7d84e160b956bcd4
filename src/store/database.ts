import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';

export type Db = Database.Database;

export const DEFAULT_DATABASE_PATH = 'data/newsbrief.db';

/**
 * Opens (creating its folder) the one SQLite file newsbrief keeps: delivery log, articles seen.
 * Each table's module creates its own tables idempotently (CREATE TABLE IF NOT EXISTS) when first used.
 */
export function openDatabase(path: string = DEFAULT_DATABASE_PATH): Db {
  const full = resolve(path);
  mkdirSync(dirname(full), { recursive: true });
  const db = new Database(full);
  // WAL lets the scheduler write while a reader reads; busy_timeout makes two processes wait rather than fail.
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  return db;
}
