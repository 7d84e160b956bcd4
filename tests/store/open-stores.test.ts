import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/contracts/config-error.js';
import { silentLogger } from '../../src/logging/logger.js';
import { DATABASE_URL_MESSAGE, openStores } from '../../src/store/open-stores.js';

describe('openStores without DATABASE_URL: the SQLite file at DATABASE_PATH', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsbrief-open-stores-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('opens nothing until asked, then every store on the one file, migrated', async () => {
    const path = join(dir, 'data', 'newsbrief.db');
    const stores = openStores({ DATABASE_PATH: path }, silentLogger());
    expect(stores.kind).toBe('sqlite');
    expect(stores.where).toBe(path);
    expect(stores.state()).toEqual({ state: 'unavailable', error: 'not opened yet' });
    expect(existsSync(path)).toBe(false);
    expect(await stores.open()).toBe(true);
    expect(stores.state()).toEqual({ state: 'ok' });
    await stores.deliveryLog.setCheckedUntil('morning', new Date('2026-11-23T07:00:00Z'));
    await stores.articles.markItem('harbour', 'guid:1', null, new Date('2026-11-23T07:00:00Z'));
    const added = await stores.subscriptions.add({
      channel: { platform: 'shell', channelId: 'local' },
      scope: 'local',
      what: { kind: 'top', count: 3 },
      whatText: 'top 3',
      when: { text: 'daily 08:00', cron: '0 8 * * *' },
      timezone: 'UTC',
      createdBy: 'local',
      createdAt: '2026-11-23T07:00:00.000Z',
    });
    expect(added.id).toBe('1');
    await stores.close();

    const again = openStores({ DATABASE_PATH: path }, silentLogger());
    expect(await again.deliveryLog.checkedUntil('morning')).toBe('2026-11-23T07:00:00.000Z');
    expect(await again.articles.hasItem('harbour', 'guid:1')).toBe(true);
    expect((await again.subscriptions.listAll()).map((s) => s.whatText)).toEqual(['top 3']);
    await again.close();
  });

  it('refuses a DATABASE_URL that is not PostgreSQL instead of quietly using SQLite', () => {
    expect(() => openStores({ DATABASE_URL: 'mysql://bot:pw@db/newsbrief', DATABASE_PATH: join(dir, 'x.db') }, silentLogger())).toThrow(new ConfigError(DATABASE_URL_MESSAGE));
    expect(existsSync(join(dir, 'x.db'))).toBe(false);
  });
});
