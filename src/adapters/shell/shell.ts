import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { handleCommand, usageReply, type CommandContext } from '../../commands/dispatch.js';
import { parseCommandText } from '../../commands/parse-text.js';
import { findCommand } from '../../commands/table.js';
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
}

/** One line typed at the shell → the reply the bots would post, as text. */
export async function answerShellLine(line: string, context: CommandContext): Promise<CommandReply | undefined> {
  const text = line.trim();
  if (!text || text.startsWith('#')) return undefined;
  const [word = '', ...rest] = text.split(/\s+/);
  const name = word.replace(/^\//, '').toLowerCase();
  if (name === 'help' || name === '?') return usageReply(context.table);
  const def = findCommand(context.table, name);
  if (!def) return usageReply(context.table, `Unknown command ${word}.`);
  return handleCommand(parseCommandText(def, rest.join(' '), context.library, 'shell', 'shell'), context);
}

/** The local adapter: reads commands from the input until EOF (or "exit"), prints each answer. */
export async function runShell(options: ShellOptions): Promise<void> {
  const { input, output, context, logger, interactive } = options;
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
    output.write(`newsbrief shell: no Slack or Discord token set, so answers print here. Stories: ${stories}.\nType /briefing, /quotes [speaker], ${context.table.filter((c) => c.speaker).map((c) => `/${c.name}`).join(', ')}${context.table.some((c) => c.speaker) ? ', ' : ''}/help; Ctrl-D to leave.\n`);
    rl.setPrompt('newsbrief> ');
    rl.prompt();
  }
  for await (const line of rl) {
    if (gone || output.destroyed) break;
    const trimmed = line.trim().toLowerCase();
    if (trimmed === 'exit' || trimmed === 'quit' || trimmed === '/exit' || trimmed === '/quit') break;
    try {
      const reply = await answerShellLine(line, context);
      if (reply) output.write(`${replyToText(reply)}\n`);
    } catch (error) {
      // A bug in one command must not end the session: say so, log the stack, take the next line.
      logger.error({ err: error, line }, 'command failed');
      output.write('Sorry, that command failed; the error is in the log.\n\n');
    }
    if (interactive && !gone) rl.prompt();
  }
  rl.close();
}
