import type { Logger } from '../../logging/logger.js';
import { APPLICATION_COMMAND, AUTOCOMPLETE, parseInteraction } from './interaction-schema.js';

/** Ids of interactions whose options were malformed, kept this long at most if discord.js never passes them on. */
const MAX_REMEMBERED = 1000;

export interface RawInteractionGuard {
  /** The client's `raw` listener: runs on each gateway packet before discord.js builds anything from it. */
  onRaw(packet: unknown): void;
  /** The problem found in this interaction's options, once (the handler answers it instead of the command). */
  take(interactionId: string): string | undefined;
}

/**
 * discord.js turns an INTERACTION_CREATE packet into an interaction object inside its own packet handler, before
 * any listener of ours runs, and throws there (an unhandled rejection, which ends the process) when the options
 * are not a list of option objects. The `raw` event comes first with the same packet, so the packet is checked
 * with the HTTP endpoint's schema and made safe: malformed options are emptied and remembered (the command is
 * then answered "malformed" rather than run without them); any other malformed command is given a type
 * discord.js ignores.
 */
export function createRawInteractionGuard(logger: Logger): RawInteractionGuard {
  const malformed = new Map<string, string>();
  return {
    onRaw(packet) {
      if (!isRecord(packet) || packet.t !== 'INTERACTION_CREATE' || !isRecord(packet.d)) return;
      const d = packet.d;
      if (d.type !== APPLICATION_COMMAND && d.type !== AUTOCOMPLETE) return;
      const parsed = parseInteraction(d);
      if (parsed.ok) return;
      if (isRecord(d.data) && typeof d.id === 'string' && parsed.problem.startsWith('data.options') && parseInteraction({ ...d, data: { ...d.data, options: [] } }).ok) {
        d.data.options = [];
        malformed.set(d.id, parsed.problem);
        if (malformed.size > MAX_REMEMBERED) malformed.delete(malformed.keys().next().value!);
        return;
      }
      logger.warn({ problem: parsed.problem }, 'discord: ignored a malformed interaction from the gateway');
      d.type = 0;
    },
    take(interactionId) {
      const problem = malformed.get(interactionId);
      malformed.delete(interactionId);
      return problem;
    },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
