import { subscriptionFromOptions } from '../../commands/subscriptions/subscription-options.js';
import { commandModule } from '../../commands/table.js';
import type { CommandDef, CommandRequest } from '../../commands/types.js';

/** An option as it arrives in an interaction, from the gateway (discord.js `options.data`) or over HTTP. */
export interface InteractionOption {
  name: string;
  value?: string | number | boolean | undefined;
  focused?: boolean | undefined;
  /** A subcommand's own options (`/subscriptions add what:… when:…`). */
  options?: InteractionOption[] | undefined;
}

const URL_PATTERN = /^https?:\/\/\S+$/i;

/** Discord already splits the options, so unlike Slack there is no free text to parse: each option is one field. */
export function buildCommandRequest(def: CommandDef, options: readonly InteractionOption[], userId?: string): CommandRequest {
  const request: CommandRequest = { command: def.name, platform: 'discord', ...(userId ? { userId } : {}) };
  if (def.kind === 'subscriptions') return { ...request, subscription: subscriptionFromOptions(options) };
  for (const option of options) {
    if (option.name === 'public' && option.value === true) request.public = true;
    if (typeof option.value !== 'string') continue;
    const value = option.value.trim();
    if (!value) continue;
    if (option.name === 'story') {
      if (commandModule(def).acceptsUrl && URL_PATTERN.test(value)) request.url = value;
      else request.story = value;
    } else if (option.name === 'speaker' && !def.speaker) {
      request.speaker = value;
    }
  }
  return request;
}

/** Ephemeral unless the user asked for `public: true`: decided before the work, as the deferral needs it. */
export function wantsPublic(options: readonly InteractionOption[]): boolean {
  return options.some((o) => o.name === 'public' && o.value === true);
}
