import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { migrateSqlite } from '../../src/store/sqlite-migrate.js';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-migrate-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const tables = (db: Database.Database): string[] =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
const applied = (db: Database.Database): unknown[] => db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();

describe('migrateSqlite', () => {
  it('numbers the migrations 1, 2, 3, … with no gap', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('creates every table on a new file and records each migration once, however often it runs', () => {
    const db = new Database(join(dir, 'new.db'));
    migrateSqlite(db);
    migrateSqlite(db);
    expect(tables(db)).toEqual(['articles', 'deliveries', 'feed_items', 'feed_polls', 'feed_state', 'schedule_state', 'schema_migrations', 'seen_requests', 'subscriptions']);
    expect(applied(db)).toEqual([
      { version: 1, name: 'delivery log' },
      { version: 2, name: 'articles and feeds' },
      { version: 3, name: 'subscriptions' },
      { version: 4, name: 'feed poll leases' },
      { version: 5, name: 'seen signed requests' },
      { version: 6, name: "publisher's day" },
    ]);
    db.close();
  });

  it('keeps the rows of a database made before migrations existed', () => {
    const db = new Database(join(dir, 'old.db'));
    db.exec(MIGRATIONS[0]!.sqlite);
    db.prepare("INSERT INTO schedule_state (schedule_id, checked_until) VALUES ('morning', '2026-11-20T07:00:00.000Z')").run();
    migrateSqlite(db);
    expect(db.prepare('SELECT schedule_id, checked_until FROM schedule_state').all()).toEqual([{ schedule_id: 'morning', checked_until: '2026-11-20T07:00:00.000Z' }]);
    expect(applied(db)).toHaveLength(MIGRATIONS.length);
    db.close();
  });

  it('applies only what a second process has not applied yet', () => {
    const first = new Database(join(dir, 'shared.db'));
    const second = new Database(join(dir, 'shared.db'));
    migrateSqlite(first, MIGRATIONS.slice(0, 2));
    migrateSqlite(second);
    migrateSqlite(first);
    expect(applied(first)).toHaveLength(MIGRATIONS.length);
    expect(tables(second)).toContain('subscriptions');
    first.close();
    second.close();
  });

  it('rolls a failing migration back whole and applies nothing after it', () => {
    const db = new Database(join(dir, 'broken.db'));
    const broken = [
      { version: 1, name: 'fine', sqlite: 'CREATE TABLE one (x TEXT)', postgres: '' },
      { version: 2, name: 'broken', sqlite: 'CREATE TABLE two (x TEXT); CREATE TABLE one (x TEXT)', postgres: '' },
      { version: 3, name: 'after', sqlite: 'CREATE TABLE three (x TEXT)', postgres: '' },
    ];
    expect(() => migrateSqlite(db, broken)).toThrow('table one already exists');
    expect(tables(db)).toEqual(['one', 'schema_migrations']);
    expect(applied(db)).toEqual([{ version: 1, name: 'fine' }]);
    db.close();
  });
});
