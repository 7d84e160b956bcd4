import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Logger } from '../logging/logger.js';
import { openDatabase, type Db } from './database.js';
import { DatabaseOpenError, isDatabaseFailure } from './database-errors.js';
import { DatabaseUnavailableError } from '../contracts/database-unavailable-error.js';

export type DatabaseState = { state: 'ok' } | { state: 'unavailable'; error: string };

export type DatabaseListener = (state: DatabaseState, db: Db | undefined) => void;

/**
 * The database file at DATABASE_PATH as `serve` holds it: opened when first needed, marked unavailable (and
 * closed) when it fails, and opened again by the next use after that, so whoever uses it (the scheduler, with its
 * own backoff) decides how often to retry. A file deleted or replaced underneath is noticed at the next use: SQLite
 * would otherwise keep writing into the old, unlinked file, and everything written would be gone at the next start.
 */
export class DatabaseConnection {
  readonly path: string;
  private handle: Db | undefined;
  private identity: { dev: number; ino: number } | undefined;
  private current: DatabaseState = { state: 'unavailable', error: 'not opened yet' };
  /** True from the first failure logged until the database is back: one error line per outage. */
  private outage = false;
  private closed = false;
  private readonly listeners = new Set<DatabaseListener>();
  private readonly logger: Logger;

  constructor(path: string, logger: Logger) {
    this.path = resolve(path);
    this.logger = logger.child({ component: 'database' });
  }

  /** Opens the file now; false when it cannot (the state says why; the failure is logged once). */
  open(): boolean {
    try {
      this.db();
      return true;
    } catch (error) {
      if (error instanceof DatabaseUnavailableError) return false;
      throw error;
    }
  }

  /** The open database, opened again first when it was down or its file changed; DatabaseUnavailableError if it cannot be. */
  db(): Db {
    if (this.closed) throw new DatabaseUnavailableError(`${this.path}: the database is closed (shutting down)`);
    if (this.handle) {
      const changed = this.fileChanged();
      if (!changed) return this.handle;
      this.fail(changed);
    }
    return this.reopen();
  }

  /** Runs `work` on the database; a failure of the file itself marks it unavailable and becomes DatabaseUnavailableError. */
  use<T>(work: (db: Db) => T): T {
    const db = this.db();
    try {
      return work(db);
    } catch (error) {
      if (!isDatabaseFailure(error)) throw error;
      const reason = (error as Error).message;
      this.fail(reason);
      throw new DatabaseUnavailableError(`${this.path}: ${reason}`, { cause: error });
    }
  }

  state(): DatabaseState {
    return this.current;
  }

  /** Called on every change between ok and unavailable (with the newly opened handle when ok). Returns an unsubscribe. */
  watch(listener: DatabaseListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): void {
    this.closed = true;
    this.listeners.clear();
    this.closeHandle();
  }

  private reopen(): Db {
    try {
      const db = openDatabase(this.path);
      const { dev, ino } = statSync(this.path);
      this.handle = db;
      this.identity = { dev, ino };
    } catch (error) {
      const message = error instanceof DatabaseOpenError ? error.message : `DATABASE_PATH: cannot use the database ${this.path}: ${(error as Error).message}`;
      this.setState({ state: 'unavailable', error: message });
      throw new DatabaseUnavailableError(message, { cause: error });
    }
    this.setState({ state: 'ok' });
    return this.handle;
  }

  /** Why the file at the path is no longer the one we hold open, or undefined when it still is. */
  private fileChanged(): string | undefined {
    try {
      const { dev, ino } = statSync(this.path);
      if (dev === this.identity?.dev && ino === this.identity?.ino) return undefined;
      return `the database file ${this.path} was replaced while in use`;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return code === 'ENOENT' ? `the database file ${this.path} was deleted while in use` : `the database file ${this.path} cannot be checked: ${(error as Error).message}`;
    }
  }

  private fail(reason: string): void {
    this.closeHandle();
    this.setState({ state: 'unavailable', error: `DATABASE_PATH: ${reason}` });
  }

  private closeHandle(): void {
    const handle = this.handle;
    this.handle = undefined;
    this.identity = undefined;
    try {
      if (handle?.open) handle.close();
    } catch (error) {
      this.logger.debug({ err: error }, 'closing a failed database handle failed');
    }
  }

  private setState(next: DatabaseState): void {
    const previous = this.current;
    this.current = next;
    if (next.state === 'unavailable') {
      if (this.outage) {
        if (previous.state === 'unavailable' && previous.error !== next.error) this.logger.debug({ path: this.path, error: next.error }, 'database still unavailable');
        return;
      }
      this.outage = true;
      this.logger.error({ path: this.path, error: next.error }, `database unavailable: ${next.error}. Slash commands are still answered; scheduled posts and live feeds wait for it`);
    } else {
      if (previous.state === 'ok') return;
      if (this.outage) this.logger.info({ path: this.path }, 'database available again: scheduled posts and live feeds resume');
      this.outage = false;
    }
    for (const listener of this.listeners) {
      try {
        listener(next, this.handle);
      } catch (error) {
        this.logger.error({ err: error }, 'a database state listener failed');
      }
    }
  }
}
