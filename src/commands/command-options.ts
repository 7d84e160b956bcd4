import type { CommandOption } from './types.js';

export const storyOption: CommandOption = {
  name: 'story',
  description: 'Story id or title (default: the newest story)',
  type: 'string',
  autocomplete: true,
};

export const speakerOption: CommandOption = {
  name: 'speaker',
  description: 'Any part of the speaker’s name',
  type: 'string',
  autocomplete: true,
};

export const publicOption: CommandOption = {
  name: 'public',
  description: 'Post in the channel for everyone (default: only you see it)',
  type: 'boolean',
};
