import type { CommandsConfig } from '../settings/commands.js';
import type { CommandDef, CommandOption } from './types.js';

const storyOption: CommandOption = {
  name: 'story',
  description: 'Story id or title (default: the newest story)',
  type: 'string',
  autocomplete: true,
};
const speakerOption: CommandOption = {
  name: 'speaker',
  description: 'Any part of the speaker’s name',
  type: 'string',
  autocomplete: true,
};
const publicOption: CommandOption = {
  name: 'public',
  description: 'Post in the channel for everyone (default: only you see it)',
  type: 'boolean',
};

/** The ONE table of commands. The shell, Slack, Discord, the Slack manifest and Discord registration all read it. */
export function buildCommandTable(config: CommandsConfig): CommandDef[] {
  const table: CommandDef[] = [
    {
      name: 'briefing',
      description: 'Key points, figures and quotes of a story, with their sources',
      usage: '[story | url] [public] | help',
      kind: 'briefing',
      options: [storyOption, publicOption],
    },
    {
      name: 'quotes',
      description: 'Who said what in a story, as quote cards',
      usage: '[speaker] [story] [public]',
      kind: 'quotes',
      options: [speakerOption, storyOption, publicOption],
    },
  ];
  for (const alias of config.aliases) {
    if (table.some((c) => c.name === alias.command)) continue;
    table.push({
      name: alias.command,
      description: alias.description ?? `Quotes from ${alias.speaker}`,
      usage: '[story] [public]',
      kind: 'quotes',
      speaker: alias.speaker,
      options: [storyOption, publicOption],
    });
  }
  return table;
}

export function findCommand(table: CommandDef[], name: string): CommandDef | undefined {
  const bare = name.replace(/^\//, '').toLowerCase();
  return table.find((c) => c.name === bare);
}
