import { briefingCommand } from './briefing.js';
import type { CommandModule } from './command-module.js';
import { quotesAlias, quotesCommand } from './quotes.js';
import { subscriptionsCommand } from './subscriptions-command.js';
import type { CommandDef, Platform } from './types.js';

/** Every command module, by the kind its definitions carry. */
export const COMMAND_MODULES: Readonly<Record<CommandDef['kind'], CommandModule>> = {
  briefing: briefingCommand,
  quotes: quotesCommand,
  subscriptions: subscriptionsCommand,
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
  // Last, so that an alias named "subscriptions" is refused rather than shadowed (config validation names it).
  if (!table.some((c) => c.name === subscriptionsCommand.definition.name)) table.push(subscriptionsCommand.definition);
  return table;
}

/** The commands one platform offers (Discord alone has /subscriptions; the others say /briefing subscribe). */
export function commandsOn(table: CommandDef[], platform: Platform): CommandDef[] {
  return table.filter((c) => !c.platforms || c.platforms.includes(platform));
}

export function findCommand(table: CommandDef[], name: string, platform?: Platform): CommandDef | undefined {
  const bare = name.replace(/^\//, '').toLowerCase();
  return (platform ? commandsOn(table, platform) : table).find((c) => c.name === bare);
}

export function commandModule(def: CommandDef): CommandModule {
  return COMMAND_MODULES[def.kind];
}
