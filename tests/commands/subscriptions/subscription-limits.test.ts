import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeedChecker } from '../../../src/app/feed-checker.js';
import { handleCommand } from '../../../src/commands/dispatch.js';
import { parseCommandText } from '../../../src/commands/parse-text.js';
import type { RequestOrigin } from '../../../src/commands/subscriptions/request-origin.js';
import type { SubscriptionServices } from '../../../src/commands/subscriptions/subscription-services.js';
import { buildCommandTable, findCommand } from '../../../src/commands/table.js';
import { silentLogger } from '../../../src/logging/logger.js';
import { openDatabase, type Db } from '../../../src/store/database.js';
import { SqliteSubscriptionStore } from '../../../src/store/sqlite-subscriptions.js';
import { BriefingLibrary } from '../../../src/stories/library.js';
import { startWebServer, type WebServer } from '../../stand-ins/web-server.js';
import { subscriptionFixture, type SubscriptionFixture } from './subscription-fixture.js';

const rss = (title: string): string => `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title><link>https://harbour.example/</link>
<item><title>Storm closes the port</title><link>https://harbour.example/storm</link><guid>storm-1</guid></item>
</channel></rss>`;

const table = buildCommandTable({ aliases: [] });
let web: WebServer;
let fixture: SubscriptionFixture;
let otherDb: Db;
/** A second instance: its own services and store on the same database file. */
let other: SubscriptionServices;

beforeAll(async () => {
  web = await startWebServer({
    '/a.xml': (_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss('A')),
    '/b.xml': (_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss('B')),
  });
  const clock = { now: () => new Date('2026-03-02T09:00:00Z') };
  // 127.0.0.1 is allowed here only because the stand-in lives there.
  fixture = subscriptionFixture({ checkFeed: createFeedChecker({ clock, allowAddresses: ['127.0.0.1'], robots: false }, silentLogger()) });
  otherDb = openDatabase(fixture.path);
  const otherStore = new SqliteSubscriptionStore(otherDb);
  other = { ...fixture.services, store: async () => otherStore };
});

afterAll(async () => {
  otherDb.close();
  await web.close();
  fixture.cleanup();
});

async function briefing(services: SubscriptionServices, text: string, channelId: string): Promise<string[]> {
  const parsed = parseCommandText(findCommand(table, 'briefing')!, text, new BriefingLibrary(), 'slack', 'U0ADMIN');
  const origin: RequestOrigin = { channel: { platform: 'slack', channelId }, scope: 'T0TEAM', direct: false, mayManage: async () => ({ allowed: true }) };
  const request = { ...parsed, origin };
  const reply = await handleCommand(request, { table, library: new BriefingLibrary(), subscriptions: services });
  if (reply.kind !== 'message') throw new Error(`expected a message, got ${reply.kind}`);
  return [reply.title, ...reply.lines];
}

describe('subscribing at the same moment, in two instances on one database', () => {
  it('fills a channel exactly to its limit; every other add gets the usual refusal', async () => {
    fixture.services.limits.perChannel = 3;
    other.limits.perChannel = 3;
    const replies = await Promise.all(
      Array.from({ length: 8 }, (_, i) => briefing(i % 2 ? other : fixture.services, `subscribe top ${(i % 5) + 1} daily 0${i}:00`, 'C0BUSY')),
    );
    expect(replies.filter((reply) => reply[0]!.startsWith('Subscription ')).map((reply) => reply[0]).sort()).toEqual([
      'Subscription 1 created.',
      'Subscription 2 created.',
      'Subscription 3 created.',
    ]);
    expect(replies.filter((reply) => reply[0] === 'Not subscribed.')).toEqual(
      Array.from({ length: 5 }, () => ['Not subscribed.', 'This channel has 3 subscriptions, the most allowed (3); remove one first.']),
    );
    expect(await fixture.store.listForChannel({ platform: 'slack', channelId: 'C0BUSY' })).toHaveLength(3);
  });

  it('lets one of two new feed URLs in at the workspace’s last free place, after both were fetched', async () => {
    fixture.services.limits.feedsPerScope = 1;
    other.limits.feedsPerScope = 1;
    const replies = await Promise.all([
      briefing(fixture.services, `subscribe ${web.url('/a.xml')} daily 08:00`, 'C0ONE'),
      briefing(other, `subscribe ${web.url('/b.xml')} daily 08:00`, 'C0TWO'),
    ]);
    expect(replies.map((reply) => reply[0]).sort()).toEqual(['Not subscribed.', 'Subscription 4 created.']);
    expect(replies.find((reply) => reply[0] === 'Not subscribed.')).toEqual([
      'Not subscribed.',
      'This workspace already follows 1 feed URLs, the most allowed (1); unsubscribe one first.',
    ]);
    expect([web.hits('/a.xml'), web.hits('/b.xml')]).toEqual([1, 1]);
    expect((await fixture.store.listForScope('T0TEAM')).filter((s) => s.what.kind === 'feed-url')).toHaveLength(1);
  });
});
