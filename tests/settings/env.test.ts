import { describe, expect, it } from 'vitest';
import { parseEnv } from '../../src/settings/env.js';
import { ConfigError } from '../../src/contracts/config-error.js';

describe('environment: HOST and DATABASE_PATH', () => {
  it('accepts HOST as an IP address or a host name, and leaves it unset by default', () => {
    expect(parseEnv({}).HOST).toBeUndefined();
    expect(['127.0.0.1', '0.0.0.0', '::1', '::', 'localhost', 'bot.internal'].map((HOST) => parseEnv({ HOST }).HOST)).toEqual([
      '127.0.0.1', '0.0.0.0', '::1', '::', 'localhost', 'bot.internal',
    ]);
  });

  it('refuses a HOST that is a URL or has a port', () => {
    for (const HOST of ['http://127.0.0.1', '127.0.0.1:3000', 'two words']) {
      expect(() => parseEnv({ HOST })).toThrow(
        new ConfigError('environment: HOST: must be an IP address or a host name, e.g. 127.0.0.1 (this machine only) or 0.0.0.0 (every interface)'),
      );
    }
  });

  it('refuses a DATABASE_PATH under /proc, /sys or /dev at load, before anything opens it', () => {
    expect(() => parseEnv({ DATABASE_PATH: '/proc/1/newsbrief.db' })).toThrow(
      new ConfigError(
        'environment: DATABASE_PATH: /proc/1/newsbrief.db is under /proc, a kernel file system that cannot hold a database; set DATABASE_PATH to a file on a local disk (default data/newsbrief.db)',
      ),
    );
    expect(() => parseEnv({ DATABASE_PATH: '/sys/x.db' })).toThrow('environment: DATABASE_PATH: /sys/x.db is under /sys, a kernel file system');
    expect(() => parseEnv({ DATABASE_PATH: '/dev/shm/../x.db' })).toThrow('environment: DATABASE_PATH: /dev/x.db is under /dev, a kernel file system');
    // Only the folders themselves: a name that merely starts the same way is a normal path.
    expect(parseEnv({ DATABASE_PATH: '/devdata/newsbrief.db' }).DATABASE_PATH).toBe('/devdata/newsbrief.db');
  });
});
