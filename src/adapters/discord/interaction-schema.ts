import { z } from 'zod';

/**
 * The shape of the interaction bodies the bot relies on. A body is signed by Discord, but the signature says
 * nothing about its shape (and a bug or an API change can send anything), so every field read later is checked
 * here first and a body that does not fit is refused with the field that was wrong.
 */

export interface RawInteractionOption {
  name: string;
  type: number;
  value?: string | number | boolean | undefined;
  options?: RawInteractionOption[] | undefined;
  focused?: boolean | undefined;
}

const snowflake = z.string().regex(/^\d{1,20}$/, 'expected a Discord id');

export const interactionOptionSchema: z.ZodType<RawInteractionOption> = z.lazy(() =>
  z.object({
    name: z.string().min(1).max(100),
    type: z.number().int(),
    value: z.union([z.string().max(6000), z.number(), z.boolean()]).optional(),
    // Subcommands nest their options; none of ours do, but the shape is Discord's.
    options: z.array(interactionOptionSchema).max(25).optional(),
    focused: z.boolean().optional(),
  }),
);

export const interactionOptionsSchema = z.array(interactionOptionSchema).max(25);

const userRef = z.object({ id: snowflake });

export const PING = 1;
export const APPLICATION_COMMAND = 2;
export const AUTOCOMPLETE = 4;

const pingSchema = z.object({ type: z.literal(PING) });

const commandSchema = z.object({
  type: z.union([z.literal(APPLICATION_COMMAND), z.literal(AUTOCOMPLETE)]),
  id: snowflake,
  application_id: snowflake,
  // The token goes into webhook URL paths: only the characters Discord's tokens use, so it cannot add a path.
  token: z.string().regex(/^[\w.-]{1,500}$/, 'expected an interaction token'),
  data: z.object({
    name: z.string().min(1).max(100),
    options: interactionOptionsSchema.optional(),
  }),
  // Absent in a DM: no guild, no member.
  guild_id: snowflake.optional(),
  channel_id: snowflake.optional(),
  member: z.object({ user: userRef.optional(), permissions: z.string().regex(/^\d{1,40}$/, 'expected a permission bit set').optional() }).optional(),
  user: userRef.optional(),
});

const typeOnly = z.object({ type: z.number().int() });

export type CommandInteraction = z.infer<typeof commandSchema>;

export type ParsedInteraction =
  | { ok: true; kind: 'ping' }
  | { ok: true; kind: 'command'; interaction: CommandInteraction }
  | { ok: true; kind: 'other'; type: number }
  | { ok: false; problem: string };

/** Checks a parsed JSON body; `problem` names the first field that was wrong ("data.options.0.name: …"). */
export function parseInteraction(body: unknown): ParsedInteraction {
  const base = typeOnly.safeParse(body);
  if (!base.success) return { ok: false, problem: describe(base.error) };
  const type = base.data.type;
  if (type === PING) {
    const ping = pingSchema.safeParse(body);
    return ping.success ? { ok: true, kind: 'ping' } : { ok: false, problem: describe(ping.error) };
  }
  if (type !== APPLICATION_COMMAND && type !== AUTOCOMPLETE) return { ok: true, kind: 'other', type };
  const command = commandSchema.safeParse(body);
  return command.success ? { ok: true, kind: 'command', interaction: command.data } : { ok: false, problem: describe(command.error) };
}

/** Options as discord.js hands them over (gateway): the same check as over HTTP. */
export function parseInteractionOptions(options: unknown): { ok: true; options: RawInteractionOption[] } | { ok: false; problem: string } {
  const parsed = interactionOptionsSchema.safeParse(options);
  return parsed.success ? { ok: true, options: parsed.data } : { ok: false, problem: describe(parsed.error, 'options') };
}

function describe(error: z.ZodError, prefix?: string): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const path = [...(prefix ? [prefix] : []), ...issue.path.map(String)].join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}
