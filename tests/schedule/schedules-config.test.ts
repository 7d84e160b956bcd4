import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatScheduleList } from '../../src/cli/schedule-list.js';
import { loadSettings } from '../../src/settings/load.js';
import { tempDb, type TempDb } from './helpers.js';

describe('config/schedules.yaml', () => {
  let tmp: TempDb;
  afterEach(() => tmp?.cleanup());

  function load(yaml?: string) {
    tmp = tempDb();
    const config = join(tmp.dir, 'config');
    mkdirSync(config);
    writeFileSync(join(config, 'commands.yaml'), 'aliases: []\n');
    if (yaml !== undefined) writeFileSync(join(config, 'schedules.yaml'), yaml);
    return { file: join(config, 'schedules.yaml'), load: () => loadSettings({ env: { NEWSBRIEF_CONFIG_DIR: config, NEWSBRIEF_BRIEFINGS_DIR: tmp.dir } }) };
  }

  it('means no schedules when the file is missing', () => {
    expect(load().load().schedules).toEqual({ schedules: [] });
  });

  it('fills in the defaults: enabled, briefing, 2 h grace, post when unchanged', () => {
    const { load: read } = load('schedules:\n  - id: morning\n    cron: "0 8 * * 1-5"\n    timezone: Europe/Brussels\n    target: { platform: slack, channel: C0NEWS }\n');
    expect(read().schedules!.schedules).toEqual([
      { id: 'morning', enabled: true, cron: '0 8 * * 1-5', timezone: 'Europe/Brussels', target: { platform: 'slack', channel: 'C0NEWS' }, post: 'briefing', grace: 7_200_000, when_unchanged: 'post' },
    ]);
  });

  it('names the file and the key of every mistake', () => {
    const { file, load: read } = load(
      [
        'schedules:',
        '  - id: Morning!',
        '    cron: "0 8 * *"',
        '    timezone: Europe/Bruxelles',
        '    target: { platform: teams, channel: C0NEWS }',
        '    grace: soon',
        '    speaker: Ann',
      ].join('\n'),
    );
    expect(() => read()).toThrow(
      [
        `${file}: schedules.0.id: must be 1–40 lower-case letters, digits, "-" or "_"`,
        `${file}: schedules.0.cron: must have 5 fields (minute hour day-of-month month day-of-week), got 4: "0 8 * *"`,
        `${file}: schedules.0.timezone: must be an IANA time zone such as "Europe/Brussels" or "UTC"`,
        `${file}: schedules.0.target.platform: must be "slack" or "discord"`,
        `${file}: schedules.0.grace: must be a duration like "2h", "90m" or "30s"`,
      ].join('\n'),
    );
  });

  it('refuses a grace shorter than a crash takes to recover (lease + one pass), naming the file and the key', () => {
    const target = 'target: { platform: slack, channel: C0NEWS }';
    const { file, load: read } = load(
      ['schedules:', `  - { id: a, cron: "* * * * *", timezone: UTC, ${target}, grace: 1m }`, `  - { id: b, cron: "* * * * *", timezone: UTC, ${target}, grace: 119s }`, `  - { id: c, cron: "* * * * *", timezone: UTC, ${target}, grace: 2m }`].join('\n'),
    );
    const why = "must be at least 2 min: a crash mid-post is recovered once the claim's 1 min 30 s lease has run out and the next pass (within 30 s) sees it, and only a slot still within grace is posted then";
    expect(() => read()).toThrow([`${file}: schedules.0.grace: ${why}`, `${file}: schedules.1.grace: ${why}`].join('\n'));
    const { load: readGood } = load(`schedules:\n  - { id: c, cron: "* * * * *", timezone: UTC, ${target}, grace: 2m }\n  - { id: d, cron: "* * * * *", timezone: UTC, ${target}, grace: 150s }\n`);
    expect(readGood().schedules!.schedules.map((s) => s.grace)).toEqual([120_000, 150_000]);
  });

  it('refuses an out-of-range cron field, L, and story together with stories', () => {
    const target = 'target: { platform: discord, channel: "111" }';
    const { file, load: read } = load(
      [
        'schedules:',
        `  - { id: a, cron: "61 8 * * *", timezone: UTC, ${target} }`,
        `  - { id: b, cron: "0 8 L * *", timezone: UTC, ${target} }`,
        `  - { id: b, cron: "0 8 * * *", timezone: UTC, ${target}, story: x, stories: updated-since-last-run }`,
      ].join('\n'),
    );
    expect(() => read()).toThrow(
      [
        `${file}: schedules.0.cron: "61 8 * * *" is not a valid cron expression: Constraint error, got value 61 expected range 0-59`,
        `${file}: schedules.1.cron: "0 8 L * *": L, W, # and H are not supported; use plain values, ranges, lists and steps`,
        `${file}: schedules.2.stories: use either "story" or "stories", not both`,
      ].join('\n'),
    );
  });

  it('reports a duplicate id', () => {
    const target = 'target: { platform: slack, channel: C1 }';
    const { file, load: read } = load(`schedules:\n  - { id: a, cron: "0 8 * * *", timezone: UTC, ${target} }\n  - { id: a, cron: "0 9 * * *", timezone: UTC, ${target} }\n`);
    expect(() => read()).toThrow(`${file}: schedules.1.id: "a" is used by another schedule`);
  });

  it('ships an example that loads and is disabled', () => {
    const settings = loadSettings({ env: { NEWSBRIEF_CONFIG_DIR: join(process.cwd(), 'config') } });
    expect(settings.schedules!.schedules.map((s) => [s.id, s.enabled])).toEqual([['weekday-morning', false]]);
  });
});

describe('schedule list', () => {
  it('prints each schedule with its next three runs in its own zone, across the spring DST night', () => {
    const text = formatScheduleList(
      {
        schedules: [
          { id: 'night', enabled: true, cron: '30 2 * * *', timezone: 'Europe/Brussels', target: { platform: 'slack', channel: 'C0NEWS' }, post: 'briefing', grace: 7_200_000, when_unchanged: 'post' },
          { id: 'ann', enabled: false, cron: '0 9 * * 1', timezone: 'America/New_York', target: { platform: 'discord', channel: '111' }, post: 'quotes', speaker: 'Ann Lee', stories: { top: 3 }, grace: 1_800_000, when_unchanged: 'skip-unchanged' },
        ],
      },
      new Date('2026-03-28T12:00:00Z'),
    );
    expect(text).toBe(
      [
        'night: briefing of the newest story → slack channel C0NEWS',
        '  cron "30 2 * * *" in Europe/Brussels, grace 2 h, when unchanged: post',
        '  next: Sun 2026-03-29 03:00 +02:00',
        '  next: Mon 2026-03-30 02:30 +02:00',
        '  next: Tue 2026-03-31 02:30 +02:00',
        '',
        'ann (disabled): quotes from Ann Lee of top 3 stories of the last 24 h → discord channel 111',
        '  cron "0 9 * * 1" in America/New_York, grace 30 min, when unchanged: skip-unchanged',
        '  next: Mon 2026-03-30 09:00 -04:00',
        '  next: Mon 2026-04-06 09:00 -04:00',
        '  next: Mon 2026-04-13 09:00 -04:00',
        '',
      ].join('\n'),
    );
  });

  it('says where to add schedules when there are none', () => {
    expect(formatScheduleList({ schedules: [] }, new Date('2026-11-23T06:00:00Z'))).toBe('No schedules: add them to config/schedules.yaml, or subscribe a channel with /briefing subscribe (see docs/schedules.md).\n');
  });
});
