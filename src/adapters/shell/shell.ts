import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { APOLOGY, dispatch, usageReply, type CommandContext } from '../../commands/dispatch.js';
import { parseCommandText } from '../../commands/parse-text.js';
import { commandsOn, findCommand } from '../../commands/table.js';
import type { RequestOrigin } from '../../commands/subscriptions/request-origin.js';
import type { CommandReply } from '../../contracts/command-reply.js';
import type { Logger } from '../../logging/logger.js';
import { replyToText } from '../../render/text.js';

export interface ShellOptions {
  input: Readable;
  output: Writable;
  context: CommandContext;
  logger: Logger;
  /** Show a prompt and a greeting (an interactive terminal); off in a pipe so output is only the answers. */
  interactive: boolean;
  /** The zone subscriptions made here run in (the wiring passes TZ); else the config default. */
  timezone?: string;
}

/** The shell's one channel: its user manages it, and its subscriptions are stored like any other channel's. */
export function shellOrigin(timezone?: string): RequestOrigin {
  return {
    channel: { platform: 'shell', channelId: 'local' },
    scope: 'local',
    direct: false,
    mayManage: async () => ({ allowed: true }),
    userTimezone: async () => timezone,
  };
}

/** One line typed at the shell → the reply the bots would post, as text. */
export async function answerShellLine(line: string, context: CommandContext, logger: Logger, origin: RequestOrigin = shellOrigin()): Promise<CommandReply | undefined> {
  const text = line.trim();
  if (!text || text.startsWith('#')) return undefined;
  const [word = '', ...rest] = text.split(/\s+/);
  const name = word.replace(/^\//, '').toLowerCase();
  const table = commandsOn(context.table, 'shell');
  if (name === 'help' || name === '?') return usageReply(table);
  const def = findCommand(table, name);
  if (!def) return usageReply(table, `Unknown command ${word}.`);
  return dispatch({ ...parseCommandText(def, rest.join(' '), context.library, 'shell', 'shell'), origin }, context, logger);
}

/** The local adapter: reads commands from the input until EOF (or "exit"), prints each answer. */
export async function runShell(options: ShellOptions): Promise<void> {
  const { input, output, context, logger, interactive } = options;
  const origin = shellOrigin(options.timezone);
  const rl = createInterface({ input, ...(interactive ? { output } : {}), terminal: interactive });
  // The reader went away (`newsbrief shell | head`): stop answering quietly instead of dying on EPIPE.
  let gone = false;
  const onOutputError = (error: Error) => {
    gone = true;
    logger.debug({ err: error }, 'output closed: the shell stops');
    rl.close();
  };
  // Left attached: a stream may report the failure of a write after the session has ended.
  output.on('error', onOutputError);
  if (interactive) {
    const stories = context.library.list().map((e) => e.id).join(', ') || 'none';
    output.write(`newsbrief shell: no Slack or Discord token set, so answers print here. Stories: ${stories}.\nType /briefing, /quotes [speaker], ${context.table.filter((c) => c.speaker).map((c) => `/${c.name}`).join(', ')}${context.table.some((c) => c.speaker) ? ', ' : ''}/help; Ctrl-D to leave.\n${context.subscriptions ? 'Scheduled briefings for this shell: /briefing subscribe top daily 08:00, /briefing subscriptions.\n' : ''}`);
    rl.setPrompt('newsbrief> ');
    rl.prompt();
  }
  for await (const line of rl) {
    if (gone || output.destroyed) break;
    const trimmed = line.trim().toLowerCase();
    if (trimmed === 'exit' || trimmed === 'quit' || trimmed === '/exit' || trimmed === '/quit') break;
    // dispatch never throws: a bug in one command is an apology and a stack in the log, and the next line is read.
    const reply = await answerShellLine(line, context, logger, origin);
    if (reply) output.write(`${renderOrApologise(reply, logger)}\n`);
    if (interactive && !gone) rl.prompt();
  }
  rl.close();
}

/** A renderer's bug must not end the session either: the same apology as dispatch's, and the stack in the log. */
function renderOrApologise(reply: CommandReply, logger: Logger): string {
  try {
    return replyToText(reply);
  } catch (error) {
    logger.error({ err: error, reply: reply.kind }, 'rendering failed');
    return replyToText(APOLOGY);
  }
}
