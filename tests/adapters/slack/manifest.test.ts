import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSlackManifest, eventsUrl, SLACK_BOT_SCOPES, slackManifestYaml } from '../../../src/adapters/slack/manifest.js';
import { run } from '../../../src/cli/slack-manifest.js';
import { UsageError } from '../../../src/cli/usage-error.js';
import { buildCommandTable } from '../../../src/commands/table.js';
import { loadSettings } from '../../../src/settings/load.js';

const root = resolve(import.meta.dirname, '../../..');
const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function capture(args: string[], options: { root?: string } = {}): Promise<string> {
  let out = '';
  const code = await run(args, { env: {}, root: options.root ?? root, write: (t) => (out += t) });
  expect(code).toBe(0);
  return out;
}

describe('Slack app manifest', () => {
  it('config/slack-manifest.yml is what `newsbrief slack manifest --socket` prints today (regenerate it if this fails)', async () => {
    const committed = readFileSync(join(root, 'config/slack-manifest.yml'), 'utf8');
    expect(committed).toBe(await capture(['--socket']));
    expect(await capture([])).toBe(committed);
  });

  it('declares every command of the table, the bot scopes, app_mention and interactivity, in Socket Mode', () => {
    const table = buildCommandTable(loadSettings({ env: {}, root }).commands);
    const manifest = parse(slackManifestYaml(table, { mode: 'socket' }));
    expect(manifest.features.slash_commands).toEqual([
      { command: '/briefing', description: table[0]!.description, usage_hint: '[story | url] [public] | help', should_escape: false },
      { command: '/quotes', description: table[1]!.description, usage_hint: '[speaker] [story] [public]', should_escape: false },
      {
        command: '/zuckerberg-quotes',
        description: 'What Mark Zuckerberg said, across every source',
        usage_hint: '[story] [public]',
        should_escape: false,
      },
    ]);
    expect(manifest.oauth_config.scopes.bot).toEqual([
      'app_mentions:read',
      'channels:history',
      'chat:write',
      'commands',
      'files:write',
      'groups:history',
      'usergroups:read',
      'users:read',
    ]);
    expect(manifest.settings).toEqual({
      event_subscriptions: { bot_events: ['app_mention'] },
      interactivity: { is_enabled: true },
      org_deploy_enabled: false,
      socket_mode_enabled: true,
      token_rotation_enabled: false,
    });
  });

  it('points commands, events and interactivity at URL/slack/events in HTTP mode', async () => {
    const manifest = parse(await capture(['--url', 'https://bot.example.com']));
    const url = 'https://bot.example.com/slack/events';
    expect(manifest.features.slash_commands.map((c: { url: string }) => c.url)).toEqual([url, url, url]);
    expect(manifest.settings.event_subscriptions.request_url).toBe(url);
    expect(manifest.settings.interactivity).toEqual({ is_enabled: true, request_url: url });
    expect(manifest.settings.socket_mode_enabled).toBe(false);
    expect(manifest.oauth_config.scopes.bot).toEqual(SLACK_BOT_SCOPES);
  });

  it('adds a command alias from config with no code change', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsbrief-manifest-'));
    temps.push(dir);
    mkdirSync(join(dir, 'config'));
    writeFileSync(join(dir, 'config/commands.yaml'), 'aliases:\n  - command: collins-quotes\n    speaker: Damian Collins\n');
    const manifest = parse(await capture(['--socket'], { root: dir }));
    expect(manifest.features.slash_commands.map((c: { command: string }) => c.command)).toEqual(['/briefing', '/quotes', '/collins-quotes']);
    expect(manifest.features.slash_commands[2].description).toBe('Quotes from Damian Collins');
  });

  it('rejects non-https URLs, unknown flags and two modes at once', async () => {
    await expect(run(['--url', 'http://bot.example.com'], { env: {}, root, write: () => {} })).rejects.toThrow(UsageError);
    await expect(run(['--bogus'], { env: {}, root, write: () => {} })).rejects.toThrow('unexpected argument "--bogus"');
    await expect(run(['--socket', '--url', 'https://a.example'], { env: {}, root, write: () => {} })).rejects.toThrow('choose one');
  });

  it('builds the events URL from a base, keeping one that already ends in /slack/events', () => {
    expect(eventsUrl('https://a.example')).toBe('https://a.example/slack/events');
    expect(eventsUrl('https://a.example/bot/')).toBe('https://a.example/bot/slack/events');
    expect(eventsUrl('https://a.example/slack/events')).toBe('https://a.example/slack/events');
    expect(() => buildSlackManifest([], { mode: 'http', url: 'http://a.example' })).toThrow('https://');
  });
});
