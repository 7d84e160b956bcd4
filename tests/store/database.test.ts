import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/contracts/config-error.js';
import { openDatabase } from '../../src/store/database.js';
import { DatabaseOpenError } from '../../src/store/database-errors.js';

/** The error openDatabase throws for `path` (tests run as root: every case is one root cannot get round). */
function openError(path: string): DatabaseOpenError {
  try {
    openDatabase(path).close();
  } catch (error) {
    return error as DatabaseOpenError;
  }
  throw new Error(`${path} opened`);
}

describe('openDatabase: a file it cannot use is a clear error naming the path and DATABASE_PATH', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsbrief-db-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a folder that cannot be created: a part of the path is a regular file', () => {
    writeFileSync(join(dir, 'data'), 'not a folder');
    const error = openError(join(dir, 'data', 'newsbrief.db'));
    expect(error).toBeInstanceOf(DatabaseOpenError);
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.path).toBe(join(dir, 'data', 'newsbrief.db'));
    expect(error.message).toBe(`DATABASE_PATH: cannot use the database ${dir}/data/newsbrief.db: its folder ${dir}/data cannot be created: ${dir}/data is a file, not a folder`);
    // Deeper: the file is an ancestor of the folder.
    expect(openError(join(dir, 'data', 'sub', 'newsbrief.db')).message).toBe(
      `DATABASE_PATH: cannot use the database ${dir}/data/sub/newsbrief.db: its folder ${dir}/data/sub cannot be created: ${dir}/data is a file, not a folder`,
    );
  });

  it('a path that names a folder', () => {
    mkdirSync(join(dir, 'newsbrief.db'));
    expect(openError(join(dir, 'newsbrief.db')).message).toBe(
      `DATABASE_PATH: cannot use the database ${dir}/newsbrief.db: unable to open database file: the path must name a file (not a folder) in a folder this process can write`,
    );
  });

  it('a file that is not a database (random bytes)', () => {
    writeFileSync(join(dir, 'newsbrief.db'), randomBytes(8192));
    expect(openError(join(dir, 'newsbrief.db')).message).toBe(
      `DATABASE_PATH: cannot use the database ${dir}/newsbrief.db: file is not a database: the file is not a SQLite database or is damaged; move it aside (a new one is created) or restore a backup`,
    );
  });

  it('a path under /proc, /sys or /dev is refused before anything touches it', () => {
    for (const path of ['/proc/self/newsbrief.db', '/sys/newsbrief.db', '/dev/newsbrief/x.db']) {
      const root = path.split('/')[1];
      expect(openError(path).message).toBe(
        `DATABASE_PATH: cannot use the database ${path}: ${path} is under /${root}, a kernel file system that cannot hold a database; set DATABASE_PATH to a file on a local disk (default data/newsbrief.db)`,
      );
    }
  });

  it('a good path still opens in WAL mode, creating its folder', () => {
    const db = openDatabase(join(dir, 'a', 'b', 'newsbrief.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });
});

describe('openDatabase: another process holding the file', () => {
  let dir: string;
  let child: ChildProcessWithoutNullStreams | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsbrief-db-'));
  });
  afterEach(() => {
    if (child?.exitCode === null) child.kill();
    child = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  // Switching a file to WAL reads it, then asks to write; SQLite answers BUSY at once, without the busy
  // handler, while another connection holds a write lock (two processes starting on a new file at once).
  it('waits for a write transaction of another process to end, then opens the file in WAL mode', async () => {
    const path = join(dir, 'newsbrief.db');
    const script = fileURLToPath(new URL('./fixtures/hold-write-lock-process.ts', import.meta.url));
    child = spawn(process.execPath, ['--import', 'tsx', script, path, '400'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    expect((await lines.next()).value).toBe('held');
    const db = openDatabase(path);
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.prepare('SELECT count(*) AS n FROM held').get()).toEqual({ n: 1 });
    } finally {
      db.close();
    }
    expect((await lines.next()).value).toBe('released');
  }, 30_000);
});
