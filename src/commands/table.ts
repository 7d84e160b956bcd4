import { briefingCommand } from './briefing.js';
import type { CommandModule } from './command-module.js';
import { quotesAlias, quotesCommand } from './quotes.js';
import type { CommandDef } from './types.js';

/** Every command module, by the kind its definitions carry. */
export const COMMAND_MODULES: Readonly<Record<CommandDef['kind'], CommandModule>> = {
  briefing: briefingCommand,
  quotes: quotesCommand,
};

/** Speaker aliases from config/commands.yaml: `/zuckerberg-quotes` is /quotes with the speaker fixed. */
export interface CommandAliases {
  aliases: readonly { command: string; speaker: string; description?: string | undefined }[];
}

/** The ONE table of commands. The shell, Slack, Discord, the Slack manifest and Discord registration all read it. */
export function buildCommandTable(config: CommandAliases): CommandDef[] {
  const table: CommandDef[] = [briefingCommand.definition, quotesCommand.definition];
  for (const alias of config.aliases) {
    if (table.some((c) => c.name === alias.command)) continue;
    table.push(quotesAlias(alias));
  }
  return table;
}

export function findCommand(table: CommandDef[], name: string): CommandDef | undefined {
  const bare = name.replace(/^\//, '').toLowerCase();
  return table.find((c) => c.name === bare);
}

export function commandModule(def: CommandDef): CommandModule {
  return COMMAND_MODULES[def.kind];
}
