import { z } from 'zod';

const commandName = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,31}$/, 'must be 1–32 lower-case letters, digits, "-" or "_" (Slack and Discord both accept these)');

export const commandsSchema = z
  .object({
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
  .strict();

export type CommandsConfig = z.infer<typeof commandsSchema>;
