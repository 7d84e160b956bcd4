import { Routes, type REST } from 'discord.js';
import type { CommandDef } from '../../commands/types.js';
import { toDiscordCommands } from './command-definitions.js';

export interface RegisterOptions {
  rest: REST;
  applicationId: string;
  /** A guild id registers there (instant, for development); none registers globally (for release). */
  guildId?: string;
  table: CommandDef[];
}

/** One bulk overwrite (PUT) per scope: re-running replaces the list, so commands are never doubled. */
export async function registerDiscordCommands(options: RegisterOptions): Promise<{ scope: string; names: string[] }> {
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.applicationId, options.guildId)
    : Routes.applicationCommands(options.applicationId);
  const result = (await options.rest.put(route, { body: toDiscordCommands(options.table) })) as { name: string }[];
  return { scope: options.guildId ? `guild ${options.guildId}` : 'global', names: result.map((c) => c.name) };
}
