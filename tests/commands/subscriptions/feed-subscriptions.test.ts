import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeedChecker } from '../../../src/app/feed-checker.js';
import { handleCommand } from '../../../src/commands/dispatch.js';
import { parseCommandText } from '../../../src/commands/parse-text.js';
import type { RequestOrigin } from '../../../src/commands/subscriptions/request-origin.js';
import { buildCommandTable, findCommand } from '../../../src/commands/table.js';
import { silentLogger } from '../../../src/logging/logger.js';
import { BriefingLibrary } from '../../../src/stories/library.js';
import { startWebServer, type WebServer } from '../../stand-ins/web-server.js';
import { subscriptionFixture, type SubscriptionFixture } from './subscription-fixture.js';

const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour News</title><link>https://harbour.example/</link>
<item><title>Storm closes the port</title><link>https://harbour.example/storm</link><guid>storm-1</guid><description>The port closed.</description></item>
</channel></rss>`;

let web: WebServer;
let fixture: SubscriptionFixture;
const table = buildCommandTable({ aliases: [] });

beforeAll(async () => {
  web = await startWebServer({
    '/a.xml': (_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(RSS),
    '/b.xml': (_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(RSS),
    '/page.html': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body><p>Not a feed.</p></body></html>'),
  });
  const clock = { now: () => new Date('2026-03-02T09:00:00Z') };
  // 127.0.0.1 is allowed here only because the stand-in lives there; the default refuses it (see the Slack tests).
  fixture = subscriptionFixture({ checkFeed: createFeedChecker({ clock, allowAddresses: ['127.0.0.1'], robots: false }, silentLogger()) });
  fixture.services.limits.feedsPerScope = 1;
});

afterAll(async () => {
  await web.close();
  fixture.cleanup();
});

function origin(channelId: string): RequestOrigin {
  return { channel: { platform: 'slack', channelId }, scope: 'T0TEAM', direct: false, mayManage: async () => ({ allowed: true }) };
}

async function briefing(text: string, channel = 'C0ONE'): Promise<string[]> {
  const request = { ...parseCommandText(findCommand(table, 'briefing')!, text, new BriefingLibrary(), 'slack', 'U0ADMIN'), origin: origin(channel) };
  const reply = await handleCommand(request, { table, library: new BriefingLibrary(), subscriptions: fixture.services });
  if (reply.kind !== 'message') throw new Error(`expected a message, got ${reply.kind}`);
  return [reply.title, ...reply.lines];
}

describe('subscribing to a feed URL', () => {
  it('fetches and parses it as a feed first; the same URL again does not count twice; another is past the limit', async () => {
    expect(await briefing(`subscribe ${web.url('/a.xml')} daily 08:00`)).toEqual([
      'Subscription 1 created.',
      `What: ${web.url('/a.xml')}`,
      'When: daily 08:00 (UTC)',
      'Next runs: 2026-03-03 08:00, 2026-03-04 08:00, 2026-03-05 08:00',
    ]);
    expect(web.hits('/a.xml')).toBe(1);
    expect((await fixture.store.get('1'))?.what).toEqual({ kind: 'feed-url', url: web.url('/a.xml') });
    expect((await briefing(`subscribe ${web.url('/a.xml')} weekly mon 09:00`, 'C0TWO'))[0]).toBe('Subscription 2 created.');
    expect(await briefing(`subscribe ${web.url('/b.xml')} daily 08:00`, 'C0TWO')).toEqual([
      'Not subscribed.',
      'This workspace already follows 1 feed URLs, the most allowed (1); unsubscribe one first.',
    ]);
    expect(web.hits('/b.xml')).toBe(0);
  });

  it('refuses a page that is not a feed, and a feed id that is not in config, saying so', async () => {
    fixture.services.limits.feedsPerScope = 5;
    const page = await briefing(`subscribe ${web.url('/page.html')} daily 08:00`);
    expect(page[0]).toBe('Not subscribed.');
    expect(page[1]).toBe('That link is not an RSS or Atom feed: XML, but not an RSS, Atom or RDF feed');
    expect(await briefing('subscribe wires daily 08:00')).toEqual([
      'Not subscribed.',
      'No story or feed matches “wires”.',
      'No stories are loaded.',
      'Feeds: wire',
      'Or subscribe to top, to a feed URL, or to speaker:"Full Name".',
    ]);
    expect(await briefing('subscribe wire daily 08:00')).toEqual([
      'Subscription 3 created.',
      'What: wire',
      'When: daily 08:00 (UTC)',
      'Next runs: 2026-03-03 08:00, 2026-03-04 08:00, 2026-03-05 08:00',
    ]);
  });
});
