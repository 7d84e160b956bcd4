import { MessageFlags, type Interaction } from 'discord.js';
import type { CommandContext } from '../../commands/dispatch.js';
import { findCommand } from '../../commands/table.js';
import type { Logger } from '../../logging/logger.js';
import type { DiscordMessageBody } from '../../render/discord-embeds.js';
import { autocompleteChoices } from './autocomplete.js';
import { answerCommand } from './command-answer.js';
import { wantsPublic } from './interaction-options.js';
import { parseInteractionOptions } from './interaction-schema.js';
import type { RawInteractionGuard } from './raw-interaction-guard.js';
import { safeError } from './safe-error.js';

function asOptions(body: DiscordMessageBody) {
  return {
    ...(body.content !== undefined ? { content: body.content } : {}),
    embeds: body.embeds,
    allowedMentions: { parse: [] },
  };
}

/** One `interactionCreate` listener: autocomplete from memory, commands deferred then edited. */
export async function handleGatewayInteraction(
  interaction: Interaction,
  context: CommandContext,
  logger: Logger,
  guard?: RawInteractionGuard,
): Promise<void> {
  try {
    if (!interaction.isAutocomplete() && !interaction.isChatInputCommand()) return;
    // The same check as the HTTP endpoint: whatever discord.js passed on, only well-formed options go further.
    const earlier = guard?.take(interaction.id);
    const parsed = earlier ? { ok: false as const, problem: earlier } : parseInteractionOptions(interaction.options.data);
    if (!parsed.ok) {
      logger.warn({ problem: parsed.problem, interaction: interaction.id }, 'discord: refused a malformed interaction');
      if (interaction.isAutocomplete()) await interaction.respond([]);
      else await interaction.reply({ content: 'That command arrived malformed; try it again.', flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
      return;
    }
    const options = parsed.options;
    if (interaction.isAutocomplete()) {
      const def = findCommand(context.table, interaction.commandName);
      const choices = def ? autocompleteChoices(def, options, context.library) : [];
      await interaction.respond(choices);
      return;
    }
    const deferredPublic = wantsPublic(options);
    // Defer first: the 3-second limit holds even when a briefing needs fetching.
    await interaction.deferReply(deferredPublic ? {} : { flags: MessageFlags.Ephemeral });
    const answer = await answerCommand(
      { commandName: interaction.commandName, options, userId: interaction.user.id, interactionId: interaction.id },
      context,
      logger,
    );
    const [first, ...rest] = answer.bodies;
    if (answer.ephemeral && deferredPublic) {
      // Asked for public, but the answer is a private hint (unknown story…): swap the public placeholder for it.
      await interaction.deleteReply();
      for (const body of answer.bodies) await interaction.followUp({ ...asOptions(body), flags: MessageFlags.Ephemeral });
      return;
    }
    await interaction.editReply(asOptions(first!));
    for (const body of rest) {
      await interaction.followUp({ ...asOptions(body), ...(answer.ephemeral ? { flags: MessageFlags.Ephemeral } : {}) });
    }
  } catch (error) {
    logger.error({ err: safeError(error), interaction: interaction.id }, 'discord: could not answer an interaction');
  }
}
