/*
 * The database schema as numbered migrations, one list for both stores (SQLite and PostgreSQL). A migration is
 * applied once per database and recorded in `schema_migrations`; a database made before migrations existed already
 * has the tables of 1 and 2, which is why those say IF NOT EXISTS. Never edit a released migration: add the next.
 */

export interface Migration {
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
}

const DELIVERY_LOG = `
CREATE TABLE IF NOT EXISTS deliveries (
  schedule_id  TEXT NOT NULL,
  slot         TEXT NOT NULL,
  item         TEXT NOT NULL DEFAULT '',
  status       TEXT NOT NULL CHECK (status IN ('claimed', 'posted', 'failed', 'missed', 'skipped')),
  story        TEXT,
  platform     TEXT,
  channel      TEXT,
  owner        TEXT,
  lease_until  TEXT,
  attempts     INTEGER NOT NULL DEFAULT 0,
  late         INTEGER NOT NULL DEFAULT 0,
  message_id   TEXT,
  error        TEXT,
  content_hash TEXT,
  claimed_at   TEXT,
  updated_at   TEXT NOT NULL,
  PRIMARY KEY (schedule_id, slot, item)
);
CREATE INDEX IF NOT EXISTS deliveries_claimed ON deliveries (status, lease_until);
CREATE TABLE IF NOT EXISTS schedule_state (
  schedule_id    TEXT PRIMARY KEY,
  checked_until  TEXT NOT NULL,
  admin_notified TEXT
);
`;

const ARTICLES = `
CREATE TABLE IF NOT EXISTS articles (
  id TEXT PRIMARY KEY,
  url TEXT UNIQUE,
  title TEXT,
  publisher TEXT,
  byline TEXT,
  published TEXT,
  first_seen TEXT NOT NULL,
  paragraphs TEXT,
  story_id TEXT
);
CREATE INDEX IF NOT EXISTS articles_first_seen ON articles (first_seen);
CREATE TABLE IF NOT EXISTS feed_items (
  feed_id TEXT NOT NULL,
  item_key TEXT NOT NULL,
  article_id TEXT,
  seen_at TEXT NOT NULL,
  PRIMARY KEY (feed_id, item_key)
);
CREATE TABLE IF NOT EXISTS feed_state (
  feed_id TEXT PRIMARY KEY,
  url TEXT NOT NULL,
  etag TEXT,
  last_modified TEXT,
  next_poll_at TEXT,
  last_polled_at TEXT,
  last_status TEXT
);
`;

/** `what` and `keywords` are JSON: their shape is the contract's SubscriptionTopic and KeywordFilter. */
const subscriptions = (id: string): string => `
CREATE TABLE subscriptions (
  id            ${id},
  platform      TEXT NOT NULL,
  channel_id    TEXT NOT NULL,
  scope         TEXT NOT NULL,
  what          TEXT NOT NULL,
  what_text     TEXT NOT NULL,
  keywords      TEXT,
  when_text     TEXT NOT NULL,
  cron          TEXT NOT NULL,
  timezone      TEXT NOT NULL,
  paused        INTEGER NOT NULL DEFAULT 0,
  paused_reason TEXT,
  created_by    TEXT NOT NULL,
  created_at    TEXT NOT NULL
);
CREATE INDEX subscriptions_channel ON subscriptions (platform, channel_id);
CREATE INDEX subscriptions_scope ON subscriptions (scope);
`;

/** Who polls each feed now: one instance per feed and interval across a fleet sharing the database. */
const FEED_POLLS = `
CREATE TABLE feed_polls (
  feed_id     TEXT PRIMARY KEY,
  owner       TEXT NOT NULL,
  lease_until TEXT NOT NULL
);
`;

/** Digests of signed requests already received, until their timestamps could no longer pass (ReplayGuard). */
const SEEN_REQUESTS = `
CREATE TABLE seen_requests (
  request_key TEXT PRIMARY KEY,
  expires_at  TEXT NOT NULL
);
CREATE INDEX seen_requests_expires ON seen_requests (expires_at);
`;

/** The calendar day the publisher dated an article with (Article.publishedDay): `published` is a UTC instant. */
const PUBLISHED_DAY = `
ALTER TABLE articles ADD COLUMN published_day TEXT;
`;

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'delivery log', sqlite: DELIVERY_LOG, postgres: DELIVERY_LOG },
  { version: 2, name: 'articles and feeds', sqlite: ARTICLES, postgres: ARTICLES },
  {
    version: 3,
    name: 'subscriptions',
    // AUTOINCREMENT: an id is never reused, so an old "/briefing unsubscribe 4" cannot remove somebody's new subscription.
    sqlite: subscriptions('INTEGER PRIMARY KEY AUTOINCREMENT'),
    postgres: subscriptions('BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY'),
  },
  { version: 4, name: 'feed poll leases', sqlite: FEED_POLLS, postgres: FEED_POLLS },
  { version: 5, name: 'seen signed requests', sqlite: SEEN_REQUESTS, postgres: SEEN_REQUESTS },
  { version: 6, name: "publisher's day", sqlite: PUBLISHED_DAY, postgres: PUBLISHED_DAY },
];
