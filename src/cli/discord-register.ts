import type { RESTOptions } from 'discord.js';
import { registerDiscordCommands } from '../adapters/discord/register-commands.js';
import { createDiscordRest } from '../adapters/discord/rest-client.js';
import { buildCommandTable } from '../commands/table.js';
import { loadSettings } from '../settings/load.js';
import { ConfigError } from '../contracts/config-error.js';
import { UsageError } from './usage-error.js';

export interface RegisterRunOptions {
  /** Defaults to process.env (the CLI has loaded .env). */
  env?: Record<string, string | undefined>;
  root?: string;
  write?: (text: string) => void;
  writeError?: (text: string) => void;
  restOptions?: Partial<RESTOptions>;
}

const USAGE = 'usage: newsbrief discord register [--guild ID] [--clear]';

/** `newsbrief discord register [--guild ID]`: registers the command table with Discord (one bulk overwrite). */
export async function run(args: string[], options: RegisterRunOptions = {}): Promise<number> {
  const write = options.write ?? ((text: string) => process.stdout.write(text));
  let guildId: string | undefined;
  let clear = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--help' || arg === '-h') {
      write(
        `${USAGE}\n  --guild ID  register in one server (instant; for development). Without it: global (for release).\n` +
          '  --clear     remove every command in that scope instead (e.g. the guild ones once global ones exist).\n',
      );
      return 0;
    }
    if (arg === '--guild' || arg.startsWith('--guild=')) {
      const value = arg === '--guild' ? args[++i] : arg.slice('--guild='.length);
      if (!value || !/^\d{5,25}$/.test(value)) throw new UsageError(`--guild needs a server id (digits). ${USAGE}`);
      guildId = value;
      continue;
    }
    if (arg === '--clear') {
      clear = true;
      continue;
    }
    throw new UsageError(`unexpected argument "${arg}". ${USAGE}`);
  }
  const settings = loadSettings({ ...(options.env ? { env: options.env } : {}), ...(options.root ? { root: options.root } : {}) });
  const { DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: applicationId, DISCORD_API_URL: apiUrl } = settings.env;
  if (!token || !applicationId) {
    throw new ConfigError('environment: DISCORD_TOKEN and DISCORD_APPLICATION_ID are needed to register commands');
  }
  const table = clear ? [] : buildCommandTable(settings.commands);
  const rest = createDiscordRest(apiUrl, token, options.restOptions);
  let result: { scope: string; names: string[] };
  try {
    result = await registerDiscordCommands({ rest, applicationId, table, ...(guildId ? { guildId } : {}) });
  } catch (error) {
    const status = (error as { status?: number }).status;
    const hint = status === 401 ? ' (check DISCORD_TOKEN)' : status === 403 || status === 404 ? ' (check DISCORD_APPLICATION_ID and that the bot is in that server)' : '';
    (options.writeError ?? ((text: string) => process.stderr.write(text)))(
      `newsbrief: Discord refused the registration: ${(error as Error).message}${hint}\n`,
    );
    return 1;
  }
  const when = guildId ? 'They are available in that server now' : 'Global commands may take a while to show up in every client';
  if (clear) {
    write(`Removed every newsbrief command (${result.scope}).\n`);
    return 0;
  }
  write(`Registered ${result.names.length} commands (${result.scope}): ${result.names.map((n) => `/${n}`).join(', ')}. ${when}.\n`);
  return 0;
}
