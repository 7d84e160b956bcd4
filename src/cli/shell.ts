import { briefStoryFolder, loadLibrary } from '../app/library-loader.js';
import { systemClock } from '../app/system-clock.js';
import { urlBrieferFromSettings } from '../app/url-briefer.js';
import { lazySubscriptionStore, subscriptionServicesFromSettings } from '../app/subscription-services.js';
import { runShell } from '../adapters/shell/shell.js';
import { BriefingLibrary } from '../stories/library.js';
import { buildCommandTable } from '../commands/table.js';
import { createLogger, type Logger } from '../logging/logger.js';
import { loadSettings, type Settings } from '../settings/load.js';

/** The shell adapter on the configured briefings (or one story folder given as argument). */
export async function startShell(settings: Readonly<Settings>, logger: Logger, folder?: string): Promise<number> {
  const library = folder ? new BriefingLibrary([briefStoryFolder(folder, logger)]) : await loadLibrary(settings, logger);
  const briefUrl = urlBrieferFromSettings(settings, logger, systemClock);
  // The shell's own channel keeps its subscriptions in the configured database, opened on the first such command.
  const database = lazySubscriptionStore(settings.env, logger);
  const subscriptions = subscriptionServicesFromSettings(settings, database.store, systemClock, logger);
  const context = { table: buildCommandTable(settings.commands), library, subscriptions, ...(briefUrl ? { briefUrl } : {}) };
  const timezone = process.env['TZ']?.trim();
  try {
    await runShell({ input: process.stdin, output: process.stdout, context, logger, interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY), ...(timezone ? { timezone } : {}) });
  } finally {
    await database.close();
  }
  return 0;
}

export async function run(args: string[]): Promise<number> {
  const settings = loadSettings();
  // Logs go to stderr so that stdout carries only the answers (the shell works in a pipe).
  const logger = createLogger(settings.env.LOG_LEVEL ?? 'warn', process.stderr as never);
  return startShell(settings, logger, args[0]);
}
