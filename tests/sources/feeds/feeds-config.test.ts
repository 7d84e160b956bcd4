import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSettings } from '../../../src/settings/load.js';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-feeds-config-'));
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

const load = () => loadSettings({ env: { NEWSBRIEF_CONFIG_DIR: dir, NEWSBRIEF_BRIEFINGS_DIR: dir } });

describe('config/feeds.yaml', () => {
  it('means no feeds and safe defaults when missing', () => {
    expect(load().feeds).toEqual({
      fetch: { timeoutSeconds: 20, connectTimeoutSeconds: 5, maxBytes: 5 * 1024 * 1024, maxRedirects: 5, perHostConcurrency: 2, robots: true, allowAddresses: [], pollBudgetSeconds: 120 },
      defaultPollMinutes: 15,
      retentionDays: 30,
      storyWindowHours: 36,
      urlBriefing: { enabled: true, perUserPerHour: 10 },
      feeds: [],
    });
  });

  it('reads feeds with their defaults', () => {
    writeFileSync(join(dir, 'feeds.yaml'), 'fetch:\n  contact: mailto:desk@example.org\nfeeds:\n  - id: harbour\n    url: https://harbour.example/atom.xml\n    pollMinutes: 5\n');
    const feeds = load().feeds!;
    expect(feeds.fetch.contact).toBe('mailto:desk@example.org');
    expect(feeds.feeds).toEqual([{ id: 'harbour', url: 'https://harbour.example/atom.xml', pollMinutes: 5, readPages: true }]);
  });

  it('names the file and key of every mistake', () => {
    writeFileSync(
      join(dir, 'feeds.yaml'),
      'fetch:\n  allowAddresses: [intranet]\nfeeds:\n  - id: Harbour Times\n    url: ftp://harbour.example/feed\n  - id: a\n    url: https://a.example/\n  - id: a\n    url: https://b.example/\n',
    );
    const file = join(dir, 'feeds.yaml');
    expect(() => load()).toThrow(
      [
        `${file}: fetch.allowAddresses.0: must be an IP address or CIDR range such as "127.0.0.1" or "10.20.0.0/16"`,
        `${file}: feeds.0.id: must be 1–24 lower-case letters, digits or "-" (it starts every article id)`,
        `${file}: feeds.0.url: must be an http or https URL`,
      ].join('\n'),
    );
  });

  it('refuses two feeds with one id', () => {
    writeFileSync(join(dir, 'feeds.yaml'), 'feeds:\n  - id: a\n    url: https://a.example/\n  - id: a\n    url: https://b.example/\n');
    expect(() => load()).toThrow(`${join(dir, 'feeds.yaml')}: feeds.1.id: duplicate feed id "a"`);
  });
});
