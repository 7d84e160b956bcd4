import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { commandsSchema, type CommandsConfig } from './commands.js';
import { parseEnv, type Env } from './env.js';
import { feedsSchema, type FeedsConfig } from './feeds.js';
import { readYamlConfig } from './read-yaml.js';
import { schedulesSchema, type SchedulesConfig } from './schedules.js';

/** Everything newsbrief is configured with, parsed and validated once at start, then frozen. */
export interface Settings {
  env: Env;
  configDir: string;
  briefingsDir: string;
  commands: CommandsConfig;
  /** config/feeds.yaml; a missing file means no feeds (defaults for everything else). */
  feeds?: FeedsConfig;
  /** config/schedules.yaml; a missing file means no schedules. */
  schedules?: SchedulesConfig;
}

export interface LoadOptions {
  /** Defaults to process.env (after .env is loaded by the CLI). */
  env?: Record<string, string | undefined>;
  /**
   * Where config/ and briefings/ are looked up. Default: the current folder when it has them
   * (a deployment of its own), else the package folder (the bundled defaults, e.g. after npm install -g).
   */
  root?: string;
}

const packageRoot = resolve(new URL('../..', import.meta.url).pathname);

export function loadSettings(options: LoadOptions = {}): Readonly<Settings> {
  const env = parseEnv(options.env ?? process.env);
  const configDir = resolve(env.NEWSBRIEF_CONFIG_DIR ?? join(options.root ?? rootHaving('config'), 'config'));
  const briefingsDir = resolve(env.NEWSBRIEF_BRIEFINGS_DIR ?? join(options.root ?? rootHaving('briefings'), 'briefings'));
  const commands = readYamlConfig(join(configDir, 'commands.yaml'), commandsSchema);
  const feeds = readYamlConfig(join(configDir, 'feeds.yaml'), feedsSchema);
  const schedules = readYamlConfig(join(configDir, 'schedules.yaml'), schedulesSchema);
  return deepFreeze({ env, configDir, briefingsDir, commands, feeds, schedules });
}

function rootHaving(folder: string): string {
  return existsSync(join(process.cwd(), folder)) ? process.cwd() : packageRoot;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
