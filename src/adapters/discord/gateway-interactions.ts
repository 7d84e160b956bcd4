import { MessageFlags, type Interaction } from 'discord.js';
import type { CommandContext } from '../../commands/dispatch.js';
import type { Logger } from '../../logging/logger.js';
import type { DiscordMessageBody } from '../../render/discord-embeds.js';
import { answerAutocomplete } from './answer-autocomplete.js';
import { discordOrigin } from './discord-origin.js';
import { answerCommand } from './command-answer.js';
import { wantsPublic } from './interaction-options.js';
import { parseInteractionOptions } from './interaction-schema.js';
import type { RawInteractionGuard } from './raw-interaction-guard.js';
import type { CardsConfig } from '../../contracts/cards.js';
import { cardBodies, type BodyWithCards } from './card-attachments.js';
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
  cards?: CardsConfig,
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
    const origin = discordOrigin({ guildId: interaction.guildId, channelId: interaction.channelId, permissions: interaction.memberPermissions?.bitfield });
    if (interaction.isAutocomplete()) {
      await interaction.respond(await answerAutocomplete(interaction.commandName, options, context, origin, logger));
      return;
    }
    const deferredPublic = wantsPublic(options);
    // Defer first: the 3-second limit holds even when a briefing needs fetching.
    await interaction.deferReply(deferredPublic ? {} : { flags: MessageFlags.Ephemeral });
    const answer = await answerCommand(
      { commandName: interaction.commandName, options, userId: interaction.user.id, interactionId: interaction.id, origin },
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
    let carded: BodyWithCards[] | undefined;
    try {
      carded = await cardBodies(answer.reply, answer.bodies, cards, interaction.commandName, interaction.channelId ?? undefined);
    } catch (error) {
      logger.warn({ err: safeError(error) }, 'discord: could not draw quote cards; answering with text only');
    }
    const flags = answer.ephemeral ? { flags: MessageFlags.Ephemeral as const } : {};
    for (const [i, body] of answer.bodies.entries()) {
      const withCards = carded?.[i];
      const send = (options: ReturnType<typeof asOptions> & { files?: { attachment: Buffer; name: string; description?: string }[] }) =>
        i === 0 ? interaction.editReply(options) : interaction.followUp({ ...options, ...flags });
      if (withCards && withCards.files.length > 0) {
        try {
          const descriptions = withCards.body.attachments ?? [];
          await send({
            ...asOptions(withCards.body),
            files: withCards.files.map((f, n) => ({ attachment: f.data as Buffer, name: f.name, ...(descriptions[n] ? { description: descriptions[n]!.description } : {}) })),
          });
          continue;
        } catch (error) {
          // The text answer never waits on the pictures: a refused upload sends the text alone.
          logger.warn({ err: safeError(error) }, 'discord: could not send the quote cards; sending the text alone');
        }
      }
      await send(asOptions(body));
    }
  } catch (error) {
    logger.error({ err: safeError(error), interaction: interaction.id }, 'discord: could not answer an interaction');
  }
}
