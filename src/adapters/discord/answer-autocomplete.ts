import type { CommandContext } from '../../commands/dispatch.js';
import type { RequestOrigin } from '../../commands/subscriptions/request-origin.js';
import { subscriptionChoices } from '../../commands/subscriptions/subscription-choices.js';
import { findCommand } from '../../commands/table.js';
import type { Logger } from '../../logging/logger.js';
import { truncateText } from '../../render/discord-text.js';
import { autocompleteChoices, MAX_CHOICES, type AutocompleteChoice } from './autocomplete.js';
import type { InteractionOption } from './interaction-options.js';
import { safeError } from './safe-error.js';

/**
 * Autocomplete for any command of the table: stories and speakers from memory, /subscriptions from the store too.
 * A store that cannot answer suggests nothing rather than failing the interaction.
 */
export async function answerAutocomplete(
  commandName: string,
  options: readonly InteractionOption[],
  context: CommandContext,
  origin: RequestOrigin | undefined,
  logger: Logger,
): Promise<AutocompleteChoice[]> {
  const def = findCommand(context.table, commandName, 'discord');
  if (!def) return [];
  if (def.kind !== 'subscriptions') return autocompleteChoices(def, options, context.library);
  try {
    const choices = await subscriptionChoices(def, options, context, origin, MAX_CHOICES);
    return choices.map((c) => ({ name: truncateText(c.label, 100), value: c.value.slice(0, 100) }));
  } catch (error) {
    logger.warn({ err: safeError(error), command: commandName }, 'discord: no suggestions for /subscriptions');
    return [];
  }
}
