import { createLogger } from '../logging/logger.js';
import { loadSettings } from '../settings/load.js';
import { anyPlatform, choosePlatforms, incompletePlatformWarnings } from '../settings/platforms.js';
import { startShell } from './shell.js';

/** `npm start`: the bots when a platform is configured, otherwise the shell adapter on the bundled briefings. */
export async function run(args: string[]): Promise<number> {
  const settings = loadSettings();
  const platforms = choosePlatforms(settings.env);
  if (anyPlatform(platforms)) {
    const serve = await import('./serve.js');
    return serve.run(args);
  }
  const logger = createLogger(settings.env.LOG_LEVEL ?? 'warn', process.stderr as never);
  for (const warning of incompletePlatformWarnings(settings.env)) logger.warn(warning);
  return startShell(settings, logger);
}
