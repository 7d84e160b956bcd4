import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/discord-register.js';
import { UsageError } from '../../../src/cli/usage-error.js';
import { ConfigError } from '../../../src/contracts/config-error.js';
import { startDiscordStandIn, type DiscordStandIn } from '../../stand-ins/discord-api.js';

let standIn: DiscordStandIn;
let configDir: string;
beforeAll(async () => {
  standIn = await startDiscordStandIn();
  configDir = mkdtempSync(join(tmpdir(), 'newsbrief-discord-'));
  writeFileSync(join(configDir, 'commands.yaml'), 'aliases:\n  - command: collins-quotes\n    speaker: Damian Collins\n');
});
afterAll(async () => {
  await standIn?.close();
  rmSync(configDir, { recursive: true, force: true });
});

function env() {
  return {
    DISCORD_TOKEN: 'test-token',
    DISCORD_APPLICATION_ID: standIn.applicationId,
    DISCORD_API_URL: standIn.apiUrl,
    NEWSBRIEF_CONFIG_DIR: configDir,
  };
}

const storyOption = { name: 'story', description: 'Story id or title (default: the newest story)', type: 3, required: false, autocomplete: true };
const speakerOption = { name: 'speaker', description: 'Any part of the speaker’s name', type: 3, required: false, autocomplete: true };
const publicOption = { name: 'public', description: 'Post in the channel for everyone (default: only you see it)', type: 5, required: false };
const expectedCommands = [
  { name: 'briefing', description: 'Key points, figures and quotes of a story, with their sources', type: 1, options: [storyOption, publicOption] },
  { name: 'quotes', description: 'Who said what in a story, as quote cards', type: 1, options: [speakerOption, storyOption, publicOption] },
  { name: 'collins-quotes', description: 'Quotes from Damian Collins', type: 1, options: [storyOption, publicOption] },
  {
    name: 'subscriptions',
    description: 'Scheduled briefings for this channel: add, list, remove, pause, resume',
    type: 1,
    // Manage Channels (1 << 4): others do not see the command; guild channels only.
    default_member_permissions: '16',
    contexts: [0],
    options: [
      {
        name: 'add',
        description: 'Post briefings to this channel on a schedule',
        type: 1,
        options: [
          { name: 'what', description: 'A story, top, top 3, a feed id, a feed URL, or speaker:"Full Name"', type: 3, required: true, autocomplete: true },
          { name: 'when', description: 'daily 08:00, weekdays 07:30, weekly mon 09:00, every 2h, or a cron expression', type: 3, required: true, autocomplete: false },
          { name: 'keywords', description: 'Words to include, -words to exclude, comma-separated: tariff, -opinion', type: 3, required: false, autocomplete: false },
          { name: 'timezone', description: 'IANA time zone, e.g. Europe/Brussels (default: the server’s setting)', type: 3, required: false, autocomplete: true },
        ],
      },
      { name: 'list', description: 'This channel’s subscriptions and their next runs', type: 1, options: [] },
      ...['remove', 'pause', 'resume'].map((name) => ({
        name,
        description: { remove: 'Stop and delete a subscription', pause: 'Stop posting until resumed', resume: 'Start posting again' }[name],
        type: 1,
        options: [{ name: 'id', description: 'The subscription’s id (as /subscriptions list shows it)', type: 3, required: true, autocomplete: true }],
      })),
    ],
  },
];

describe('newsbrief discord register', () => {
  it('--guild sends one bulk overwrite to that guild, from the command table', async () => {
    const out: string[] = [];
    const before = standIn.calls.length;
    expect(await run(['--guild', '500000000000000001'], { env: env(), write: (t) => out.push(t), restOptions: { retries: 0 } })).toBe(0);
    const calls = standIn.calls.slice(before);
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([`PUT /applications/${standIn.applicationId}/guilds/500000000000000001/commands`]);
    expect(calls[0]!.authorization).toBe('Bot test-token');
    expect(calls[0]!.body).toEqual(expectedCommands);
    expect(out.join('')).toBe(
      'Registered 4 commands (guild 500000000000000001): /briefing, /quotes, /collins-quotes, /subscriptions. They are available in that server now.\n',
    );
  });

  it('without --guild sends one global bulk overwrite; running it again overwrites, never adds', async () => {
    const before = standIn.calls.length;
    for (let i = 0; i < 2; i++) expect(await run([], { env: env(), write: () => {}, restOptions: { retries: 0 } })).toBe(0);
    const calls = standIn.calls.slice(before);
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      `PUT /applications/${standIn.applicationId}/commands`,
      `PUT /applications/${standIn.applicationId}/commands`,
    ]);
    expect(calls[1]!.body).toEqual(expectedCommands);
  });

  it('--clear overwrites the scope with an empty list', async () => {
    const out: string[] = [];
    const before = standIn.calls.length;
    expect(await run(['--guild=500000000000000001', '--clear'], { env: env(), write: (t) => out.push(t), restOptions: { retries: 0 } })).toBe(0);
    const calls = standIn.calls.slice(before);
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([`PUT /applications/${standIn.applicationId}/guilds/500000000000000001/commands`]);
    expect(calls[0]!.body).toEqual([]);
    expect(out.join('')).toBe('Removed every newsbrief command (guild 500000000000000001).\n');
  });

  it('reports a refusal from Discord with a hint and exit code 1', async () => {
    standIn.intercept((call) => (call.method === 'PUT' ? { status: 401, body: { message: '401: Unauthorized', code: 0 } } : undefined), 1);
    const errors: string[] = [];
    expect(await run([], { env: env(), write: () => {}, writeError: (t) => errors.push(t), restOptions: { retries: 0 } })).toBe(1);
    expect(errors.join('')).toBe('newsbrief: Discord refused the registration: 401: Unauthorized (check DISCORD_TOKEN)\n');
  });

  it('refuses bad arguments and missing credentials before calling Discord', async () => {
    const before = standIn.calls.length;
    await expect(run(['--guild'], { env: env() })).rejects.toThrow(UsageError);
    await expect(run(['--guild', 'abc'], { env: env() })).rejects.toThrow('--guild needs a server id (digits)');
    await expect(run(['--global'], { env: env() })).rejects.toThrow('unexpected argument "--global"');
    await expect(run([], { env: { ...env(), DISCORD_TOKEN: '' } })).rejects.toThrow(ConfigError);
    expect(standIn.calls.length).toBe(before);
  });
});
