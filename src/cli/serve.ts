import { logUnhandledRejections } from '../app/keep-running.js';
import { exitOnSignals } from '../app/shutdown.js';
import { isPlatformConfigured, NO_PLATFORM_MESSAGE, serve } from '../app/serve.js';
import { createLogger } from '../logging/logger.js';
import { systemClock } from '../app/system-clock.js';
import { ConfigError } from '../contracts/config-error.js';
import { loadSettings } from '../settings/load.js';

const HELP = `Usage: newsbrief serve
Runs the configured Slack and/or Discord bots, the scheduler (config/schedules.yaml) and, when PORT is set or an
HTTP endpoint is on, an HTTP server on HOST (default 0.0.0.0) with /healthz and /readyz. Stops cleanly on SIGTERM
or SIGINT. The database (PostgreSQL at DATABASE_URL, else SQLite at DATABASE_PATH) is migrated at start; one that
cannot be reached is logged and retried, and commands are still answered.
`;

/** `newsbrief serve`: runs until a signal; refuses to start when no platform is configured. */
export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(HELP);
    return 0;
  }
  const settings = loadSettings();
  if (!isPlatformConfigured(settings.env)) {
    process.stderr.write(`newsbrief serve: ${NO_PLATFORM_MESSAGE}\n`);
    return 1;
  }
  const logger = createLogger(settings.env.LOG_LEVEL ?? 'info');
  logUnhandledRejections(logger);
  let running;
  try {
    running = await serve({ settings, logger, clock: systemClock });
  } catch (error) {
    // What serve cannot continue from is said in one line; the stack goes to the log for whoever debugs it.
    if (!(error instanceof ConfigError)) logger.error({ err: error }, 'could not start');
    process.stderr.write(`newsbrief serve: ${error instanceof ConfigError ? '' : 'could not start: '}${(error as Error)?.message ?? String(error)}\n`);
    return 1;
  }
  // Never resolves: the signal handler exits the process once everything is stopped.
  return new Promise<number>(() => {
    exitOnSignals(() => running.stop(), logger);
  });
}
