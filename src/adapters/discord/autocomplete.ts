import type { CommandContext } from '../../commands/dispatch.js';
import { optionChoices } from '../../commands/option-choices.js';
import type { CommandDef } from '../../commands/types.js';
import { truncateText } from '../../render/discord-text.js';
import type { InteractionOption } from './interaction-options.js';

export interface AutocompleteChoice {
  name: string;
  value: string;
}

/** Discord shows at most 25 choices and waits 3 seconds: answered from memory, best matches first. */
export const MAX_CHOICES = 25;

/** Discord's limit on a choice's name and value. */
const MAX_CHOICE_LENGTH = 100;

export function autocompleteChoices(
  def: CommandDef,
  options: readonly InteractionOption[],
  library: CommandContext['library'],
): AutocompleteChoice[] {
  const focused = options.find((o) => o.focused);
  if (!focused) return [];
  const story = options.find((o) => o.name === 'story' && typeof o.value === 'string');
  const typed = {
    name: focused.name,
    value: typeof focused.value === 'string' ? focused.value : '',
    ...(story && focused.name !== 'story' ? { story: String(story.value) } : {}),
  };
  return optionChoices(def, typed, library, MAX_CHOICES).map((c) => ({
    name: truncateText(c.label, MAX_CHOICE_LENGTH),
    value: c.value.slice(0, MAX_CHOICE_LENGTH),
  }));
}
