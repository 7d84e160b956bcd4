import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/contracts/config-error.js';
import { loadSettings } from '../../src/settings/load.js';
import { choosePlatforms } from '../../src/settings/platforms.js';
import { parseEnv } from '../../src/settings/env.js';

function configDir(commands: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-config-'));
  writeFileSync(join(dir, 'commands.yaml'), commands);
  return dir;
}

describe('loadSettings', () => {
  it('reads the shipped config', () => {
    const settings = loadSettings({ env: {} });
    expect(settings.commands.aliases).toEqual([{ command: 'zuckerberg-quotes', speaker: 'Mark Zuckerberg', description: 'What Mark Zuckerberg said, across every source' }]);
    expect(Object.isFrozen(settings.commands.aliases[0])).toBe(true);
  });

  it('names the file and the key of a bad alias', () => {
    const dir = configDir('aliases:\n  - command: Bad Name!\n    speaker: X\n');
    expect(() => loadSettings({ env: { NEWSBRIEF_CONFIG_DIR: dir } })).toThrow(
      new ConfigError(`${join(dir, 'commands.yaml')}: aliases.0.command: must be 1–32 lower-case letters, digits, "-" or "_" (Slack and Discord both accept these)`),
    );
  });

  it('says when the YAML itself is broken', () => {
    const dir = configDir('aliases: [\n');
    expect(() => loadSettings({ env: { NEWSBRIEF_CONFIG_DIR: dir } })).toThrow(new RegExp(`^${join(dir, 'commands.yaml').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: not valid YAML`));
  });

  it('names a malformed environment variable', () => {
    expect(() => parseEnv({ PORT: 'eighty' })).toThrow('environment: PORT: must be a port number');
  });
});

describe('choosePlatforms', () => {
  it('picks Socket Mode, HTTP mode and the Discord gateway from the variables that are set', () => {
    expect(choosePlatforms(parseEnv({}))).toEqual({});
    expect(choosePlatforms(parseEnv({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }))).toEqual({ slack: 'socket' });
    expect(choosePlatforms(parseEnv({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' }))).toEqual({ slack: 'http' });
    expect(choosePlatforms(parseEnv({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '1', SLACK_BOT_TOKEN: ' ' }))).toEqual({ discord: 'gateway' });
  });
});
