import { ConfigError } from '../contracts/config-error.js';
import { DatabaseUnavailableError } from '../contracts/database-unavailable-error.js';

/** The database at DATABASE_PATH cannot be opened: the message names the path, the setting and what to do. */
export class DatabaseOpenError extends ConfigError {
  override name = 'DatabaseOpenError';
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`DATABASE_PATH: cannot use the database ${path}: ${reason}`);
  }
}


/** SQLite result codes that mean the file itself is unusable, not that one statement was wrong. */
const FAILURE_CODES = /^SQLITE_(IOERR|CORRUPT|NOTADB|CANTOPEN|READONLY|FULL|BUSY|LOCKED|PERM|AUTH|NOLFS)/;

/** True for an error that says the database (not the query) is broken: its file, its disk, its lock, its handle. */
export function isDatabaseFailure(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && FAILURE_CODES.test(code)) return true;
  // better-sqlite3's words for a handle closed underneath its user.
  return error instanceof TypeError && /database connection is not open/i.test(error.message);
}

/** What the user should do about an SQLite error met while opening the file. */
export function openFailureHint(error: unknown): string {
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  const message = (error as Error)?.message ?? String(error);
  if (/^SQLITE_(NOTADB|CORRUPT)/.test(code)) return `${message}: the file is not a SQLite database or is damaged; move it aside (a new one is created) or restore a backup`;
  if (/^SQLITE_CANTOPEN/.test(code)) return `${message}: the path must name a file (not a folder) in a folder this process can write`;
  if (/^SQLITE_READONLY|^SQLITE_PERM/.test(code)) return `${message}: the file or its folder is read-only for this process`;
  if (/^(EACCES|EPERM|EROFS)$/.test(code)) return `${message}: the folder cannot be created or written by this process`;
  return message;
}
