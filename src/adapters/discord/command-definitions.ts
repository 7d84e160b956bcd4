import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
  PermissionFlagsBits,
  type APIApplicationCommandBasicOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { commandsOn } from '../../commands/table.js';
import type { CommandDef, CommandOption } from '../../commands/types.js';

/** Discord's application-command JSON for every command of the one table Discord offers (registration reads this). */
export function toDiscordCommands(table: CommandDef[]): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return commandsOn(table, 'discord').map((def) => ({
    name: def.name,
    description: def.description.slice(0, 100),
    type: ApplicationCommandType.ChatInput,
    ...(def.requires === 'manage-channels'
      ? {
          // Hidden from members without Manage Channels (admins may change that per server); checked again on use.
          default_member_permissions: String(PermissionFlagsBits.ManageChannels),
          // A subscription belongs to a server channel: not offered in DMs.
          contexts: [InteractionContextType.Guild],
        }
      : {}),
    options: def.subcommands
      ? def.subcommands.map((sub) => ({
          name: sub.name,
          description: sub.description.slice(0, 100),
          type: ApplicationCommandOptionType.Subcommand as const,
          options: sub.options.map(toOption),
        }))
      : def.options.map(toOption),
  }));
}

function toOption(option: CommandOption): APIApplicationCommandBasicOption {
  const base = { name: option.name, description: option.description.slice(0, 100), required: option.required === true };
  return option.type === 'boolean'
    ? { ...base, type: ApplicationCommandOptionType.Boolean }
    : { ...base, type: ApplicationCommandOptionType.String, autocomplete: option.autocomplete === true };
}
