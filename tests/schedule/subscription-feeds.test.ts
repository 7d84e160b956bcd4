import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startLiveStories, type LiveStories } from '../../src/app/live-stories.js';
import { silentLogger } from '../../src/logging/logger.js';
import { Scheduler } from '../../src/schedule/scheduler.js';
import { subscribedFeedId, subscribedFeeds } from '../../src/schedule/subscription-schedule.js';
import { feedsSchema } from '../../src/settings/feeds.js';
import { BriefingLibrary } from '../../src/stories/library.js';
import { ArticleStore } from '../../src/store/articles.js';
import { DeliveryLog } from '../../src/store/delivery-log.js';
import { SqliteSubscriptionStore } from '../../src/store/sqlite-subscriptions.js';
import { startSlackStandIn, type SlackStandIn } from '../stand-ins/slack-api.js';
import { serve, startWebServer, type WebServer } from '../stand-ins/web-server.js';
import { commandContext, FakeClock, keepSlackChannel, slackPoster, tempDb, type PostedSlackMessage, type TempDb } from './helpers.js';

const SLOT = '2026-11-23T07:00:00.000Z';

function rss(origin: string, items: { title: string; path: string; published: string; text: string }[]): string {
  const entries = items.map(
    (i) => `<item><title>${i.title}</title><link>${origin}${i.path}</link><guid>${origin}${i.path}</guid><pubDate>${new Date(i.published).toUTCString()}</pubDate><description>${i.text}</description></item>`,
  );
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Wire</title><link>${origin}/</link>${entries.join('')}</channel></rss>`;
}

describe('A subscription to a feed URL: polled by the live feeds, its new articles posted at the slot', () => {
  let slack: SlackStandIn;
  let web: WebServer;
  let tmp: TempDb;
  let channel: PostedSlackMessage[];
  let live: LiveStories | undefined;

  beforeEach(async () => {
    slack = await startSlackStandIn();
    channel = keepSlackChannel(slack);
    web = await startWebServer();
    tmp = tempDb();
  });
  afterEach(async () => {
    await live?.stop();
    await slack.close();
    await web.close();
    tmp.cleanup();
  });

  it('posts the articles first read since the subscription, minus those the keywords exclude and those it already had', async () => {
    web.route(
      '/wire/rss.xml',
      serve(
        rss(web.origin, [
          { title: 'Harbour reopens after storm', path: '/a/reopens', published: '2026-11-23T06:35:00Z', text: 'The harbour reopened to ferries on Monday morning after the storm.' },
          { title: 'Ferry strike rumour denied', path: '/a/strike', published: '2026-11-23T06:36:00Z', text: 'Operators denied a rumour of a ferry strike on Monday.' },
          { title: 'Storm damage counted', path: '/a/damage', published: '2026-11-22T18:00:00Z', text: 'Engineers counted the damage the storm did to the harbour walls.' },
        ]),
        'application/rss+xml',
      ),
    );
    const url = web.url('/wire/rss.xml');
    const store = new SqliteSubscriptionStore(tmp.db);
    const sub = await store.add({
      channel: { platform: 'slack', channelId: 'C0NEWS' },
      scope: 'T0TEAM',
      what: { kind: 'feed-url', url },
      whatText: url,
      keywords: { exclude: ['rumour'] },
      when: { text: 'daily 08:00', cron: '0 8 * * *' },
      timezone: 'Europe/Brussels',
      createdBy: 'U0ADMIN',
      createdAt: '2026-11-23T06:30:00.000Z',
    });
    const clock = new FakeClock('2026-11-23T06:40:00Z');
    live = startLiveStories({
      settings: { feeds: feedsSchema.parse({ fetch: { allowAddresses: ['127.0.0.1'], contact: 'mailto:desk@example.org', timeoutSeconds: 2, robots: false } }) },
      library: new BriefingLibrary(),
      articles: new ArticleStore(tmp.db),
      logger: silentLogger(),
      clock,
      autoPoll: false,
      subscribedFeeds: async () => subscribedFeeds(await store.listAll()),
    });
    await live.ready;
    await live.pollAll();
    expect(web.requests.map((r) => r.path)).toContain('/wire/rss.xml');

    const s = new Scheduler({
      schedules: [],
      posters: { slack: slackPoster(slack) },
      context: commandContext(),
      log: new DeliveryLog(tmp.db),
      subscriptions: store,
      feedArticles: new ArticleStore(tmp.db),
      logger: silentLogger(),
      clock,
      random: () => 0.5,
      owner: 'test',
    });
    await s.tick();
    clock.set(SLOT);
    await s.tick();
    expect(channel.map((m) => [m.text, m.metadata?.event_payload?.slot])).toEqual([[`New from ${url}: 1 article\nHarbour reopens after storm (Harbour Wire) ${web.origin}/a/reopens`, `sub:${sub.id}@${SLOT}`]]);
    expect(subscribedFeedId(url)).toMatch(/^url-[0-9a-f]{10}$/);
    expect(subscribedFeedId('HTTPS://News.Example:443/rss.xml')).toBe(subscribedFeedId('https://news.example/rss.xml'));
  });
});
