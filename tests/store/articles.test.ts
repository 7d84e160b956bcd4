import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArticleStore } from '../../src/store/articles.js';
import { openDatabase, type Db } from '../../src/store/database.js';

let dir: string;
let db: Db;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-articles-'));
  db = openDatabase(join(dir, 'news.db'));
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('ArticleStore on SQLite (its behaviour: tests/store/contract/articles.contract.ts)', () => {
  it('shares the database file with other tables (created idempotently)', async () => {
    new ArticleStore(db);
    new ArticleStore(db);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['articles', 'feed_items', 'feed_state']));
  });
});
