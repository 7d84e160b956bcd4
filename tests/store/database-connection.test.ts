import { randomBytes } from 'node:crypto';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logging/logger.js';
import { DatabaseConnection, type DatabaseState } from '../../src/store/database-connection.js';
import { DatabaseUnavailableError } from '../../src/contracts/database-unavailable-error.js';
import { DeliveryLog } from '../../src/store/delivery-log.js';

function capture(): { lines: { level: number; msg: string }[]; logger: ReturnType<typeof createLogger> } {
  const lines: { level: number; msg: string }[] = [];
  return { lines, logger: createLogger('info', { write: (line: string) => void lines.push(JSON.parse(line) as { level: number; msg: string }) }) };
}

function unavailable(connection: DatabaseConnection): string {
  try {
    connection.db();
  } catch (error) {
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    return (error as Error).message;
  }
  throw new Error('the database opened');
}

describe('DatabaseConnection: the database serve holds, given up when it fails and opened again when it is back', () => {
  let dir: string;
  let path: string;
  let connection: DatabaseConnection | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsbrief-conn-'));
    path = join(dir, 'newsbrief.db');
  });
  afterEach(() => {
    connection?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a file replaced by garbage while in use: unavailable (logged once) until the good file is back, with its rows', async () => {
    const { lines, logger } = capture();
    connection = new DatabaseConnection(path, logger);
    const states: DatabaseState[] = [];
    connection.watch((state) => states.push(state));
    const log = new DeliveryLog(connection);
    await log.setCheckedUntil('morning', new Date('2026-11-23T07:00:00Z'));

    // The operator's disk hands back junk: the good file is moved away, random bytes take its place.
    connection.db().pragma('wal_checkpoint(TRUNCATE)');
    renameSync(path, `${path}.good`);
    writeFileSync(path, randomBytes(8192));
    await expect(log.checkedUntil('morning')).rejects.toThrow(DatabaseUnavailableError);
    const why = `DATABASE_PATH: cannot use the database ${path}: file is not a database: the file is not a SQLite database or is damaged; move it aside (a new one is created) or restore a backup`;
    expect(connection.state()).toEqual({ state: 'unavailable', error: why });
    expect(log.state()).toEqual({ state: 'unavailable', error: why });
    expect(unavailable(connection)).toBe(why);
    expect(unavailable(connection)).toBe(why);

    renameSync(`${path}.good`, path);
    expect(await log.checkedUntil('morning')).toBe('2026-11-23T07:00:00.000Z');
    expect(connection.state()).toEqual({ state: 'ok' });
    expect(states).toEqual([{ state: 'ok' }, { state: 'unavailable', error: `DATABASE_PATH: the database file ${path} was replaced while in use` }, { state: 'ok' }]);
    expect(lines.filter((l) => l.level >= 30).map((l) => l.msg)).toEqual([
      `database unavailable: DATABASE_PATH: the database file ${path} was replaced while in use. Slash commands are still answered; scheduled posts and live feeds wait for it`,
      'database available again: scheduled posts and live feeds resume',
    ]);
  });

  it('a file deleted while in use is noticed, not written into a file nobody will read: a new file is started', async () => {
    const { lines, logger } = capture();
    connection = new DatabaseConnection(path, logger);
    const log = new DeliveryLog(connection);
    await log.setCheckedUntil('morning', new Date('2026-11-23T07:00:00Z'));
    rmSync(path);
    expect(await log.checkedUntil('morning')).toBeNull();
    await log.setCheckedUntil('morning', new Date('2026-11-24T07:00:00Z'));
    connection.close();
    connection = new DatabaseConnection(path, logger);
    expect(await new DeliveryLog(connection).checkedUntil('morning')).toBe('2026-11-24T07:00:00.000Z');
    expect(lines.filter((l) => l.level >= 50).map((l) => l.msg)).toEqual([
      `database unavailable: DATABASE_PATH: the database file ${path} was deleted while in use. Slash commands are still answered; scheduled posts and live feeds wait for it`,
    ]);
  });

  it('unavailable at start (a corrupt file): open() says false, and the first use after the file is fixed opens it', async () => {
    writeFileSync(path, randomBytes(4096));
    const { lines, logger } = capture();
    connection = new DatabaseConnection(path, logger);
    const states: DatabaseState[] = [];
    connection.watch((state, db) => states.push({ ...state, ...(db ? { handle: db.open } : {}) } as DatabaseState));
    expect(connection.open()).toBe(false);
    const log = new DeliveryLog(connection);
    expect(log.state().state).toBe('unavailable');
    await expect(log.list()).rejects.toThrow(DatabaseUnavailableError);
    rmSync(path);
    expect(await log.list()).toEqual([]);
    expect(states.map((s) => s.state)).toEqual(['unavailable', 'ok']);
    expect(states[1]).toEqual({ state: 'ok', handle: true });
    expect(lines.filter((l) => l.level >= 50)).toHaveLength(1);
  });

  it('a handle closed underneath its user is a database failure too, and the next use opens it again', async () => {
    connection = new DatabaseConnection(path, capture().logger);
    const log = new DeliveryLog(connection);
    await log.setCheckedUntil('morning', new Date('2026-11-23T07:00:00Z'));
    connection.db().close();
    await expect(log.checkedUntil('morning')).rejects.toThrow(new DatabaseUnavailableError(`${path}: The database connection is not open`));
    expect(await log.checkedUntil('morning')).toBe('2026-11-23T07:00:00.000Z');
  });
});
