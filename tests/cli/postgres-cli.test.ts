import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noteSkippedPostgres, skipPostgres, startPostgresCluster, type PostgresCluster } from '../stand-ins/postgres-cluster.js';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin/newsbrief.js');

noteSkippedPostgres();

describe.skipIf(skipPostgres)('the shell and schedule list on DATABASE_URL (a throwaway PostgreSQL cluster)', () => {
  let cluster: PostgresCluster | undefined;
  let url = '';
  // Set to show that no SQLite file is opened or created when DATABASE_URL is given.
  const sqlitePath = join(mkdtempSync(join(tmpdir(), 'newsbrief-pg-cli-')), 'unused.db');

  beforeAll(async () => {
    cluster = await startPostgresCluster();
    url = await cluster.createDatabase();
  }, 60_000);
  afterAll(() => cluster?.destroy());

  const newsbrief = (args: string[], input = '') => {
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'warn', DATABASE_URL: url, DATABASE_PATH: sqlitePath };
    // A pool left open would keep the process alive past the end of its input: the timeout would end it with no status.
    const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, env, input, encoding: 'utf8', timeout: 30_000 });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  const warnings = (stderr: string): string[] =>
    stderr
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { msg: string }).msg);

  it('keeps the shell channel’s subscriptions in PostgreSQL across sessions, and each session exits at the end of its input', () => {
    const first = newsbrief(['shell'], '/briefing subscribe top daily 08:00\n');
    expect(warnings(first.stderr)).toEqual(['DATABASE_URL is set: DATABASE_PATH is not used']);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Subscription 1 created\.\n {2}What: top\n {2}When: daily 08:00 \(UTC\)\n {2}Next runs: \d{4}-\d\d-\d\d 08:00, \d{4}-\d\d-\d\d 08:00, \d{4}-\d\d-\d\d 08:00\n/m);

    const second = newsbrief(['shell'], '/briefing subscriptions\n');
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/Subscriptions in this channel \(1\)\n {2}1: top, daily 08:00 \(UTC\); next \d{4}-\d\d-\d\d 08:00\n/);

    const list = newsbrief(['schedule', 'list', '--now', '2026-03-02T09:00:00Z', '--count', '2']);
    expect(warnings(list.stderr)).toEqual(['DATABASE_URL is set: DATABASE_PATH is not used']);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('subscription 1: top → the shell\n  when "daily 08:00" (cron "0 8 * * *") in UTC\n  next: Tue 2026-03-03 08:00 +00:00\n  next: Wed 2026-03-04 08:00 +00:00\n');
    expect(existsSync(sqlitePath)).toBe(false);
  }, 120_000);
});
