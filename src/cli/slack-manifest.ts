import { type ManifestTarget, slackManifestYaml } from '../adapters/slack/manifest.js';
import { buildCommandTable } from '../commands/table.js';
import { loadSettings } from '../settings/load.js';
import { UsageError } from './usage-error.js';

export interface ManifestRunOptions {
  /** Defaults to process.env (the CLI has loaded .env). */
  env?: Record<string, string | undefined>;
  root?: string;
  write?: (text: string) => void;
}

const USAGE = 'usage: newsbrief slack manifest [--socket | --url https://your.host]';

/** `newsbrief slack manifest [--socket|--url https://…]`: prints the Slack app manifest (YAML) for the command table. */
export async function run(args: string[], options: ManifestRunOptions = {}): Promise<number> {
  const write = options.write ?? ((text: string) => process.stdout.write(text));
  let target: ManifestTarget = { mode: 'socket' };
  let chosen = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--help' || arg === '-h') {
      write(
        `${USAGE}\n  --socket   Socket Mode (default): no public URL needed\n` +
          `  --url URL  HTTP mode: Slack sends commands, events and clicks to URL/slack/events\n`,
      );
      return 0;
    }
    if (chosen) throw new UsageError(`choose one of --socket and --url. ${USAGE}`);
    chosen = true;
    if (arg === '--socket') continue;
    if (arg === '--url' || arg.startsWith('--url=')) {
      const value = arg === '--url' ? args[++i] : arg.slice('--url='.length);
      if (!value || !/^https:\/\/[^\s/]+/i.test(value)) throw new UsageError(`--url needs an https:// address. ${USAGE}`);
      try {
        new URL(value);
      } catch {
        throw new UsageError(`--url "${value}" is not a valid URL. ${USAGE}`);
      }
      target = { mode: 'http', url: value };
      continue;
    }
    throw new UsageError(`unexpected argument "${arg}". ${USAGE}`);
  }
  const settings = loadSettings({ ...(options.env ? { env: options.env } : {}), ...(options.root ? { root: options.root } : {}) });
  write(slackManifestYaml(buildCommandTable(settings.commands), target));
  return 0;
}
