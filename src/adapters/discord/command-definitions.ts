import { ApplicationCommandOptionType, ApplicationCommandType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { CommandDef } from '../../commands/types.js';

/** Discord's application-command JSON for every command in the one table (registration reads this). */
export function toDiscordCommands(table: CommandDef[]): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return table.map((def) => ({
    name: def.name,
    description: def.description.slice(0, 100),
    type: ApplicationCommandType.ChatInput,
    options: def.options.map((option) =>
      option.type === 'boolean'
        ? { name: option.name, description: option.description.slice(0, 100), type: ApplicationCommandOptionType.Boolean, required: false }
        : {
            name: option.name,
            description: option.description.slice(0, 100),
            type: ApplicationCommandOptionType.String,
            required: false,
            autocomplete: option.autocomplete === true,
          },
    ),
  }));
}
