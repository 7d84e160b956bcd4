import { exitOnSignals } from '../app/shutdown.js';
import { createLogger } from '../logging/logger.js';
import { liveContext } from '../app/preview/live-context.js';
import { startPreviewServer, type RunningPreview } from '../app/preview/preview-server.js';
import { loadSettings } from '../settings/load.js';
import { parseCliArgs } from './args.js';
import { UsageError } from './usage-error.js';

const USAGE = 'newsbrief preview [--port N]';
const DEFAULT_PORT = 4000;

export function parsePort(value: string | undefined): number {
  if (value === undefined) return DEFAULT_PORT;
  const port = /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!(port >= 1 && port <= 65535)) throw new UsageError(`--port must be a whole number from 1 to 65535 (got "${value}")`);
  return port;
}

/** `newsbrief preview`: the local preview page on 127.0.0.1 until SIGINT or SIGTERM. */
export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`Usage: ${USAGE}\nServes the stories under briefings/ as Slack and Discord would draw them, on http://127.0.0.1:${DEFAULT_PORT}/ by default,\nreloading briefings/ and config/ when they change. Stops on Ctrl-C or SIGTERM.\n`);
    return 0;
  }
  const { values, positionals } = parseCliArgs(args, { port: { type: 'string', short: 'p' } }, USAGE);
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"\nUsage: ${USAGE}`);
  const port = parsePort(values.port);
  const settings = loadSettings();
  // Logs go to stderr so that stdout carries only the address.
  const logger = createLogger(settings.env.LOG_LEVEL ?? 'warn', process.stderr as never);
  const context = liveContext({ configDir: settings.configDir, briefingsDir: settings.briefingsDir, loadSettings: () => loadSettings(), logger });
  let running: RunningPreview;
  try {
    running = await startPreviewServer({ context, briefingsDir: settings.briefingsDir, logger, port });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'EADDRINUSE' ? `port ${port} is in use (choose another with --port)` : (error as Error).message;
    process.stderr.write(`newsbrief preview: ${reason}\n`);
    return 1;
  }
  process.stdout.write(`newsbrief preview: ${running.url} (Ctrl-C to stop)\n`);
  // Never resolves: the signal handler exits the process once the server is closed.
  return new Promise<number>(() => {
    exitOnSignals(() => running.close(), logger);
  });
}
