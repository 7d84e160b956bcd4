import { z } from 'zod';
import { isIP } from 'node:net';
import { unusableDatabasePath } from '../contracts/database-path.js';
import { ConfigError } from '../contracts/config-error.js';

const optional = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

/** Every environment variable newsbrief reads (documented in .env.example). Read once, at start. */
export const envSchema = z.object({
  SLACK_BOT_TOKEN: optional,
  SLACK_APP_TOKEN: optional,
  SLACK_SIGNING_SECRET: optional,
  SLACK_API_URL: optional.pipe(z.string().url().optional()),
  DISCORD_TOKEN: optional,
  DISCORD_APPLICATION_ID: optional,
  DISCORD_PUBLIC_KEY: optional.pipe(z.string().regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hex characters').optional()),
  DISCORD_API_URL: optional.pipe(z.string().url().optional()),
  /** Address the HTTP server listens on; default 0.0.0.0 (every interface, as hosting platforms need). */
  HOST: optional.pipe(
    z
      .string()
      .refine((host) => isIP(host) !== 0 || /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/.test(host), {
        message: 'must be an IP address or a host name, e.g. 127.0.0.1 (this machine only) or 0.0.0.0 (every interface)',
      })
      .optional(),
  ),
  PORT: optional.pipe(z.string().regex(/^\d+$/, 'must be a port number').transform(Number).pipe(z.number().int().max(65535)).optional()),
  DATABASE_PATH: optional.superRefine((path, ctx) => {
    const unusable = path === undefined ? undefined : unusableDatabasePath(path);
    if (unusable) ctx.addIssue({ code: 'custom', message: unusable });
  }),
  /** PostgreSQL for every store (wins over DATABASE_PATH). Its value never reaches a message: it may hold a password. */
  DATABASE_URL: optional.superRefine((url, ctx) => {
    if (url !== undefined && !validDatabaseUrl(url)) ctx.addIssue({ code: 'custom', message: 'must be a PostgreSQL URL such as postgres://user:password@host:5432/newsbrief (postgres:// or postgresql://, with a host)' });
  }),
  /** Connections each process keeps open to DATABASE_URL at most. */
  DATABASE_POOL_SIZE: optional.pipe(z.string().regex(/^\d+$/, 'must be a whole number of connections').transform(Number).pipe(z.number().int().min(1, 'must be at least 1').max(100, 'must be at most 100')).optional()),
  LOG_LEVEL: optional.pipe(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional()),
  NEWSBRIEF_CONFIG_DIR: optional,
  NEWSBRIEF_BRIEFINGS_DIR: optional,
});

export type Env = z.infer<typeof envSchema>;

/** A postgres:// or postgresql:// URL with a host (a socket path in `host=` is accepted too). */
function validDatabaseUrl(url: string): boolean {
  if (!/^postgres(ql)?:\/\//i.test(url)) return false;
  try {
    const parsed = new URL(url);
    return parsed.hostname !== '' || parsed.searchParams.has('host');
  } catch {
    return false;
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((i) => `environment: ${i.path.join('.')}: ${i.message}`).join('\n'),
    );
  }
  return result.data;
}
