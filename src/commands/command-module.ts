import type { CommandReply } from '../contracts/command-reply.js';
import type { BriefingLibrary } from '../stories/library.js';
import type { CommandContext } from './command-context.js';
import type { CommandDef, CommandRequest } from './types.js';

/** What a command takes from the words after its name, once "help", "public" and a link are taken out. */
export type ParsedWords = Pick<CommandRequest, 'story' | 'speaker'>;

/**
 * One command: how it is declared (for every platform's registration), how its free text is read, and how it
 * is answered. The table lists one entry per module; adding a command means one new module and one line there.
 */
export interface CommandModule {
  kind: CommandDef['kind'];
  definition: CommandDef;
  /** Briefing a link on demand: a URL among the words (or in the story option) is taken as `url`. */
  acceptsUrl: boolean;
  parse(def: CommandDef, words: string[], library: BriefingLibrary): ParsedWords;
  /** May throw: dispatch turns an unexpected error into the one apology; UserFacingError is shown as it is. */
  execute(def: CommandDef, request: CommandRequest, context: CommandContext): Promise<CommandReply>;
}
