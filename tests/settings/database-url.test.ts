import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/contracts/config-error.js';
import { createLogger } from '../../src/logging/logger.js';
import { parseEnv } from '../../src/settings/env.js';
import { describeDatabaseUrl } from '../../src/store/postgres/redact-url.js';

const MESSAGE = 'environment: DATABASE_URL: must be a PostgreSQL URL such as postgres://user:password@host:5432/newsbrief (postgres:// or postgresql://, with a host)';

describe('environment: DATABASE_URL and DATABASE_POOL_SIZE', () => {
  it('accepts postgres:// and postgresql:// URLs, unset by default', () => {
    expect(parseEnv({}).DATABASE_URL).toBeUndefined();
    expect(parseEnv({ DATABASE_URL: ' postgres://bot:pw@db.internal:5432/newsbrief ' }).DATABASE_URL).toBe('postgres://bot:pw@db.internal:5432/newsbrief');
    expect(parseEnv({ DATABASE_URL: 'postgresql://bot@127.0.0.1/newsbrief?sslmode=require' }).DATABASE_URL).toBe('postgresql://bot@127.0.0.1/newsbrief?sslmode=require');
    expect(parseEnv({ DATABASE_URL: 'postgres:///newsbrief?host=/var/run/postgresql' }).DATABASE_URL).toBe('postgres:///newsbrief?host=/var/run/postgresql');
  });

  it('refuses anything else with one message naming DATABASE_URL and never the value (it may hold a password)', () => {
    for (const DATABASE_URL of ['mysql://bot:hunter2@db/newsbrief', 'data/newsbrief.db', 'postgres://', 'postgres://bot:hunter2@/newsbrief', 'postgres://bot:hunter2@db:99999/x']) {
      const error = (() => {
        try {
          parseEnv({ DATABASE_URL });
        } catch (e) {
          return e as Error;
        }
        throw new Error(`${DATABASE_URL} accepted`);
      })();
      expect(error).toBeInstanceOf(ConfigError);
      expect(error.message).toBe(MESSAGE);
    }
  });

  it('reads DATABASE_POOL_SIZE as a number of connections from 1 to 100', () => {
    expect(parseEnv({ DATABASE_POOL_SIZE: '10' }).DATABASE_POOL_SIZE).toBe(10);
    expect(() => parseEnv({ DATABASE_POOL_SIZE: '0' })).toThrow(new ConfigError('environment: DATABASE_POOL_SIZE: must be at least 1'));
    expect(() => parseEnv({ DATABASE_POOL_SIZE: 'ten' })).toThrow(new ConfigError('environment: DATABASE_POOL_SIZE: must be a whole number of connections'));
  });

  it('is shown without its password or query, and redacted whole when a log line carries the environment', () => {
    expect(describeDatabaseUrl('postgres://bot:s3cret@db.internal:5432/newsbrief?sslpassword=s3cret')).toBe('postgres://bot@db.internal:5432/newsbrief');
    const lines: string[] = [];
    const logger = createLogger('info', { write: (line: string) => void lines.push(line) });
    logger.info({ env: { DATABASE_URL: 'postgres://bot:s3cret@db/newsbrief' }, connectionString: 'postgres://bot:s3cret@db/newsbrief' }, 'settings');
    expect(JSON.parse(lines[0]!)).toMatchObject({ env: { DATABASE_URL: '[redacted]' }, connectionString: '[redacted]' });
    expect(lines[0]).not.toContain('s3cret');
  });
});
