import { pino, type Logger, type DestinationStream } from 'pino';

export type { Logger };

/** Paths whose values never reach a log line, whatever logs them. */
export const REDACTED_PATHS = [
  'token',
  'botToken',
  'appToken',
  'signingSecret',
  'publicKey',
  'authorization',
  '*.token',
  '*.botToken',
  '*.appToken',
  '*.signingSecret',
  '*.authorization',
  '*.headers.authorization',
  'headers.authorization',
  'env.SLACK_BOT_TOKEN',
  'env.SLACK_APP_TOKEN',
  'env.SLACK_SIGNING_SECRET',
  'env.DISCORD_TOKEN',
  'env.DISCORD_PUBLIC_KEY',
  'env.DATABASE_URL',
  'connectionString',
  '*.connectionString',
  'password',
  '*.password',
];

/** The one JSON logger, created at start and passed down. */
export function createLogger(level = 'info', destination?: DestinationStream): Logger {
  const options = { level, base: { app: 'newsbrief' }, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } };
  return destination ? pino(options, destination) : pino(options);
}

/** A logger that writes nowhere, for tests and library use. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
