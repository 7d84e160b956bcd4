import { PassThrough, Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { runShell } from '../../../src/adapters/shell/shell.js';
import { lazySubscriptionStore, subscriptionServicesFromSettings } from '../../../src/app/subscription-services.js';
import type { CommandContext } from '../../../src/commands/dispatch.js';
import { buildCommandTable } from '../../../src/commands/table.js';
import { silentLogger } from '../../../src/logging/logger.js';
import { commandsSchema } from '../../../src/settings/commands.js';
import { schedulesSchema } from '../../../src/settings/schedules.js';
import { BriefingLibrary } from '../../../src/stories/library.js';
import { harbourBriefing } from '../../fixtures/briefing.js';
import { FakeClock } from '../../schedule/helpers.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function databasePath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-shell-'));
  dirs.push(dir);
  return join(dir, 'data', 'newsbrief.db');
}

/** One shell session on the database at `path`, as `newsbrief shell` wires it, at a fixed instant. */
async function session(path: string, lines: string, timezone?: string): Promise<string> {
  const clock = new FakeClock('2026-03-02T09:00:00Z');
  const database = lazySubscriptionStore({ DATABASE_PATH: path }, silentLogger());
  const settings = {
    commands: commandsSchema.parse({ subscriptions: { default_timezone: 'Europe/Brussels' } }),
    schedules: schedulesSchema.parse({
      schedules: [{ id: 'morning', cron: '0 7 * * *', timezone: 'UTC', target: { platform: 'slack', channel: 'C0123' } }],
    }),
  };
  const briefing = harbourBriefing();
  const context: CommandContext = {
    table: buildCommandTable({ aliases: [] }),
    library: new BriefingLibrary([{ id: briefing.id, title: briefing.title, briefing, updated: '2024-03-02' }]),
    subscriptions: subscriptionServicesFromSettings(settings, database.store, clock, silentLogger()),
  };
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk) => (text += chunk));
  try {
    await runShell({ input: Readable.from([lines]), output, context, logger: silentLogger(), interactive: false, ...(timezone ? { timezone } : {}) });
  } finally {
    await database.close();
  }
  return text;
}

describe('the shell manages its own channel’s subscriptions', () => {
  it('subscribes, lists with next runs, and a later session on the same database lists it again', async () => {
    const path = databasePath();
    expect(await session(path, '/briefing subscribe top daily 08:00\n/briefing subscriptions\n')).toBe(
      [
        'Subscription 1 created.',
        '  What: top',
        '  When: daily 08:00 (Europe/Brussels)',
        '  Next runs: 2026-03-03 08:00, 2026-03-04 08:00, 2026-03-05 08:00',
        '  The shell only stores it: scheduled briefings are posted by the running bot (newsbrief serve) to Slack and Discord channels, never here.',
        '',
        'Subscriptions in this channel (1)',
        '  1: top, daily 08:00 (Europe/Brussels); next 2026-03-03 08:00',
        '',
        '',
      ].join('\n'),
    );
    expect(await session(path, '/briefing subscriptions\n/briefing pause 1\n/briefing subscriptions\n/briefing resume 1\n/briefing unsubscribe 1\n/briefing subscriptions\n')).toBe(
      [
        'Subscriptions in this channel (1)',
        '  1: top, daily 08:00 (Europe/Brussels); next 2026-03-03 08:00',
        '',
        'Subscription 1 paused.',
        '  top, daily 08:00 (Europe/Brussels)',
        '',
        'Subscriptions in this channel (1)',
        '  1: top, daily 08:00 (Europe/Brussels); paused',
        '',
        'Subscription 1 resumed.',
        '  top, daily 08:00 (Europe/Brussels)',
        '  Next runs: 2026-03-03 08:00, 2026-03-04 08:00, 2026-03-05 08:00',
        '',
        'Subscription 1 removed.',
        '  top, daily 08:00 (Europe/Brussels)',
        '',
        'No subscriptions in this channel.',
        '  Add one with: subscribe <what> <when>, e.g. subscribe top daily 08:00',
        '',
        '',
      ].join('\n'),
    );
  });

  it('uses TZ when the shell has one, and an explicit timezone: over both', async () => {
    const path = databasePath();
    const text = await session(path, '/briefing subscribe storm weekdays 07:30\n/briefing subscribe top 2 weekly fri 18:00 timezone:america/new_york keywords:"port, -opinion"\n', 'Asia/Tokyo');
    expect(text).toBe(
      [
        'Subscription 1 created.',
        '  What: storm',
        '  When: weekdays 07:30 (Asia/Tokyo)',
        '  Next runs: 2026-03-03 07:30, 2026-03-04 07:30, 2026-03-05 07:30',
        '  The shell only stores it: scheduled briefings are posted by the running bot (newsbrief serve) to Slack and Discord channels, never here.',
        '',
        'Subscription 2 created.',
        '  What: top 2',
        '  When: weekly fri 18:00 (America/New_York)',
        '  Keywords: port, -opinion',
        '  Next runs: 2026-03-06 18:00, 2026-03-13 18:00, 2026-03-20 18:00',
        '  The shell only stores it: scheduled briefings are posted by the running bot (newsbrief serve) to Slack and Discord channels, never here.',
        '',
        '',
      ].join('\n'),
    );
  });
});
