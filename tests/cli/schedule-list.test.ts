import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/database.js';
import { SqliteSubscriptionStore } from '../../src/store/sqlite-subscriptions.js';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin/newsbrief.js');

describe('newsbrief schedule list', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  function setUp(schedulesYaml: string): { config: string; database: string } {
    const dir = mkdtempSync(join(tmpdir(), 'newsbrief-schedule-list-'));
    dirs.push(dir);
    const config = join(dir, 'config');
    mkdirSync(config);
    writeFileSync(join(config, 'schedules.yaml'), schedulesYaml);
    return { config, database: join(dir, 'data', 'newsbrief.db') };
  }

  function list(paths: { config: string; database: string }, ...args: string[]) {
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'warn', NEWSBRIEF_CONFIG_DIR: paths.config, DATABASE_PATH: paths.database };
    const result = spawnSync(process.execPath, [bin, 'schedule', 'list', ...args], { cwd: root, env, encoding: 'utf8', timeout: 30_000 });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  it('shows the config-file schedules and the stored subscriptions, each with what and when as typed and its next runs', async () => {
    const paths = setUp(
      ['schedules:', '  - id: weekday-morning', '    cron: "0 8 * * 1-5"', '    timezone: Europe/Brussels', '    target: { platform: slack, channel: C0123456789 }', '    story: inquiry', ''].join('\n'),
    );
    const db = openDatabase(paths.database);
    const store = new SqliteSubscriptionStore(db);
    const base = { scope: 'T0TEAM', createdBy: 'U0ADMIN', createdAt: '2026-11-20T10:00:00.000Z' };
    await store.add({ ...base, channel: { platform: 'slack', channelId: 'C0NEWS' }, what: { kind: 'top', count: 5 }, whatText: 'top', when: { text: 'weekdays 07:30', cron: '30 7 * * 1-5' }, timezone: 'Europe/Brussels', keywords: { include: ['privacy', 'data protection'], exclude: ['rumour'] } });
    const paused = await store.add({ ...base, channel: { platform: 'discord', channelId: '222222222222222222' }, scope: 'G0GUILD', what: { kind: 'speaker', speaker: 'Mark Zuckerberg' }, whatText: 'speaker:"Mark Zuckerberg"', when: { text: 'every 2h', cron: '0 */2 * * *' }, timezone: 'America/New_York' });
    await store.setPaused(paused.id, true, 'the bot cannot post to discord channel 222222222222222222: Discord: Unknown Channel: the channel does not exist or the bot cannot see it (10003)');
    await store.add({ ...base, channel: { platform: 'slack', channelId: 'C0NEWS' }, what: { kind: 'feed-url', url: 'https://news.example/rss.xml' }, whatText: 'https://news.example/rss.xml', when: { text: 'weekly mon 09:00', cron: '0 9 * * 1' }, timezone: 'UTC' });
    db.close();

    const { code, stdout, stderr } = list(paths, '--now', '2026-11-23T06:00:00Z', '--count', '2');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'weekday-morning: briefing of story "inquiry" → slack channel C0123456789',
        '  cron "0 8 * * 1-5" in Europe/Brussels, grace 2 h, when unchanged: post',
        '  next: Mon 2026-11-23 08:00 +01:00',
        '  next: Tue 2026-11-24 08:00 +01:00',
        '',
        'Subscriptions (made in chat):',
        '',
        'subscription 1: top → slack channel C0NEWS',
        '  when "weekdays 07:30" (cron "30 7 * * 1-5") in Europe/Brussels',
        '  keywords: include "privacy", "data protection"; exclude "rumour"',
        '  next: Mon 2026-11-23 07:30 +01:00',
        '  next: Tue 2026-11-24 07:30 +01:00',
        '',
        'subscription 2 (paused): speaker:"Mark Zuckerberg" → discord channel 222222222222222222',
        '  when "every 2h" (cron "0 */2 * * *") in America/New_York',
        '  paused: the bot cannot post to discord channel 222222222222222222: Discord: Unknown Channel: the channel does not exist or the bot cannot see it (10003)',
        '  next: none while paused',
        '',
        'subscription 3: https://news.example/rss.xml → slack channel C0NEWS',
        '  when "weekly mon 09:00" (cron "0 9 * * 1") in UTC',
        '  next: Mon 2026-11-23 09:00 +00:00',
        '  next: Mon 2026-11-30 09:00 +00:00',
        '',
      ].join('\n'),
    );
  });

  it('without a database file lists the config-file schedules only, and creates no file', () => {
    const paths = setUp('schedules: []\n');
    const { code, stdout, stderr } = list(paths, '--now', '2026-11-23T06:00:00Z');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe('No schedules: add them to config/schedules.yaml, or subscribe a channel with /briefing subscribe (see docs/schedules.md).\n');
    expect(existsSync(paths.database)).toBe(false);
  });
});
