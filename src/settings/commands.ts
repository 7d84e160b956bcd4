import { z } from 'zod';
import type { CardsConfig } from '../contracts/cards.js';
import { subscriptionsSchema, type SubscriptionsConfig } from './subscriptions.js';

const commandName = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,31}$/, 'must be 1–32 lower-case letters, digits, "-" or "_" (Slack and Discord both accept these)');

const CARD_DEFAULTS = { enabled: true, theme: 'dark', accent: '#e8a317', disabled_commands: [], disabled_channels: [] } as const;

/** Quote cards (PNG pictures of each quote) sent with /quotes answers; see docs/cards.md. */
const cardsSchema = z
  .object({
    enabled: z.boolean().default(CARD_DEFAULTS.enabled),
    theme: z.enum(['dark', 'light']).default(CARD_DEFAULTS.theme),
    accent: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like "#e8a317"').default(CARD_DEFAULTS.accent),
    /** Commands (without the slash) that answer with text only. */
    disabled_commands: z.array(z.string().min(1)).default([]),
    /** Slack or Discord channel ids where answers carry no card. */
    disabled_channels: z.array(z.string().min(1)).default([]),
  })
  .strict() satisfies z.ZodType<CardsConfig, unknown>;

export const commandsSchema = z
  .object({
    // Optional in the type so that configs built in code need not spell it out: read it through cardSettings().
    cards: cardsSchema.optional(),
    /** Limits and permissions of `/briefing subscribe …` (read through subscriptionSettings()). */
    subscriptions: subscriptionsSchema.optional(),
    aliases: z
      .array(
        z
          .object({
            command: commandName,
            speaker: z.string().min(1, 'must name a speaker'),
            description: z.string().min(1).max(100, 'must be at most 100 characters (Discord limit)').optional(),
          })
          .strict(),
      )
      .default([]),
  })
  .strict()
  .superRefine((config, ctx) => {
    config.aliases.forEach((alias, index) => {
      // Discord's /subscriptions is a command of its own: an alias may not take its name.
      if (alias.command === 'subscriptions') ctx.addIssue({ code: 'custom', path: ['aliases', index, 'command'], message: '"subscriptions" is a built-in command' });
    });
  });

export type CommandsConfig = z.infer<typeof commandsSchema>;
/** The card settings of a commands config, with the defaults when it has no `cards:` section. */
export function cardSettings(config: Pick<CommandsConfig, 'cards'> | undefined): CardsConfig {
  return config?.cards ?? { ...CARD_DEFAULTS, disabled_commands: [], disabled_channels: [] };
}

/** The subscription settings of a commands config, with the defaults when it has no `subscriptions:` section. */
export function subscriptionSettings(config: Pick<CommandsConfig, 'subscriptions'> | undefined): SubscriptionsConfig {
  return config?.subscriptions ?? subscriptionsSchema.parse({});
}
