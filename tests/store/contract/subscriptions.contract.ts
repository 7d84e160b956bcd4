import { afterEach, describe, expect, it } from 'vitest';
import type { NewSubscription, SubscriptionStore } from '../../../src/contracts/stores.js';
import type { OpenHarness, StoreHarness } from './harness.js';

const morning: NewSubscription = {
  channel: { platform: 'slack', channelId: 'C0HARBOUR' },
  scope: 'T0PORT',
  what: { kind: 'story', story: 'harbour-bridge' },
  whatText: 'harbour-bridge',
  when: { text: 'weekdays 07:30', cron: '30 7 * * 1-5' },
  timezone: 'Europe/Lisbon',
  createdBy: 'U0ADMIN',
  createdAt: '2026-11-23T09:00:00.000Z',
};

const speaker: NewSubscription = {
  channel: { platform: 'discord', channelId: '222333444555666777' },
  scope: '111222333444555666',
  what: { kind: 'speaker', speaker: 'Aiko Brandt' },
  whatText: 'speaker:"Aiko Brandt"',
  keywords: { include: ['ferry', 'tolls'], exclude: ['opinion'] },
  when: { text: 'every 2h', cron: '0 */2 * * *' },
  timezone: 'UTC',
  createdBy: '999888777666555444',
  createdAt: '2026-11-23T10:00:00.000Z',
};

/** The subscription store's behaviour, the same on every store. */
export function subscriptionStoreContract(open: OpenHarness<SubscriptionStore>): void {
  let harness: StoreHarness<SubscriptionStore> | undefined;
  const start = async (): Promise<StoreHarness<SubscriptionStore>> => (harness = await open());
  afterEach(async () => {
    await harness?.close();
    harness = undefined;
  });

  describe('subscriptions', () => {
    it('gives ids in order and reads back exactly what was added', async () => {
      const { store } = await start();
      expect(await store.add(morning)).toEqual({ ...morning, id: '1', paused: false });
      expect(await store.add(speaker)).toEqual({ ...speaker, id: '2', paused: false });
      expect(await store.get('2')).toEqual({ ...speaker, id: '2', paused: false });
      expect((await store.listAll()).map((s) => s.id)).toEqual(['1', '2']);
    });

    it('lists one channel, one scope', async () => {
      const { store } = await start();
      await store.add(morning);
      await store.add(speaker);
      await store.add({ ...morning, channel: { platform: 'slack', channelId: 'C0OTHER' }, createdAt: '2026-11-23T11:00:00.000Z' });
      expect((await store.listForChannel({ platform: 'slack', channelId: 'C0HARBOUR' })).map((s) => s.id)).toEqual(['1']);
      // The same channel id on another platform is another channel.
      expect(await store.listForChannel({ platform: 'discord', channelId: 'C0HARBOUR' })).toEqual([]);
      expect((await store.listForScope('T0PORT')).map((s) => s.id)).toEqual(['1', '3']);
    });

    it('pauses with a reason, resumes without it', async () => {
      const { store } = await start();
      await store.add(morning);
      expect(await store.setPaused('1', true, 'channel_not_found')).toBe(true);
      expect(await store.get('1')).toMatchObject({ paused: true, pausedReason: 'channel_not_found' });
      expect(await store.setPaused('1', false)).toBe(true);
      expect(await store.get('1')).toEqual({ ...morning, id: '1', paused: false });
      expect(await store.setPaused('7', true)).toBe(false);
    });

    it('removes, and never gives a removed id to a new subscription', async () => {
      const { store } = await start();
      await store.add(morning);
      await store.add(speaker);
      expect(await store.remove('2')).toBe(true);
      expect(await store.remove('2')).toBe(false);
      expect((await store.add(speaker)).id).toBe('3');
    });

    it('treats what a user typed that is not an id as no subscription', async () => {
      const { store } = await start();
      await store.add(morning);
      for (const typed of ['', '0', '-1', '1.0', '1; DROP TABLE subscriptions', 'abc', '01', '99999999999999999']) {
        expect(await store.get(typed)).toBeUndefined();
        expect(await store.remove(typed)).toBe(false);
        expect(await store.setPaused(typed, true)).toBe(false);
      }
      expect(await store.get(' 1 ')).toMatchObject({ id: '1' });
      expect((await store.listAll()).length).toBe(1);
    });

    it('gives instances adding at once distinct ids', async () => {
      const { store, another } = await start();
      const stores = [store, await another(), await another()];
      const added = await Promise.all(stores.map((s, i) => s.add({ ...morning, createdBy: `U${i}` })));
      expect(added.map((s) => s.id).sort()).toEqual(['1', '2', '3']);
    });

    it('adds within the limits: a full channel, or a new feed URL past the scope’s, is refused with the count', async () => {
      const { store } = await start();
      const limits = { perChannel: 2, feedsPerScope: 1 };
      const feed = (url: string, channelId: string): NewSubscription => ({ ...morning, channel: { platform: 'slack', channelId }, what: { kind: 'feed-url', url }, whatText: url });
      expect(await store.addWithinLimits(morning, limits)).toEqual({ added: { ...morning, id: '1', paused: false } });
      expect(await store.setPaused('1', true)).toBe(true);
      // Paused subscriptions count; the same channel id on another platform is another channel.
      expect(await store.addWithinLimits(feed('https://a.example/rss', 'C0HARBOUR'), limits)).toMatchObject({ added: { id: '2' } });
      expect(await store.limitReached(morning, limits)).toEqual({ limit: 'per-channel', count: 2, max: 2 });
      expect(await store.addWithinLimits(morning, limits)).toEqual({ refused: { limit: 'per-channel', count: 2, max: 2 } });
      expect(await store.addWithinLimits({ ...morning, channel: { platform: 'discord', channelId: 'C0HARBOUR' } }, limits)).toMatchObject({ added: { id: '3' } });
      // A URL the workspace already follows does not count again; another one does, in any of its channels.
      expect(await store.limitReached(feed('https://a.example/rss', 'C0DOCKS'), limits)).toBeUndefined();
      expect(await store.addWithinLimits(feed('https://a.example/rss', 'C0DOCKS'), limits)).toMatchObject({ added: { id: '4' } });
      expect(await store.addWithinLimits(feed('https://b.example/rss', 'C0PIERS'), limits)).toEqual({ refused: { limit: 'feeds-per-scope', count: 1, max: 1 } });
      expect(await store.addWithinLimits({ ...feed('https://b.example/rss', 'C0PIERS'), scope: 'T0OTHER' }, limits)).toMatchObject({ added: { id: '5' } });
      expect(await store.addWithinLimits(morning, { perChannel: 2, feedsPerScope: 0 })).toEqual({ refused: { limit: 'per-channel', count: 2, max: 2 } });
      expect((await store.listAll()).map((s) => s.id)).toEqual(['1', '2', '3', '4', '5']);
    });

    it('never lets adds at once, from several instances, pass the limit of a channel', async () => {
      const { store, another } = await start();
      const stores = [store, await another(), await another()];
      const limits = { perChannel: 4, feedsPerScope: 5 };
      const results = await Promise.all(
        Array.from({ length: 12 }, (_, i) => stores[i % stores.length]!.addWithinLimits({ ...morning, createdBy: `U${i}` }, limits)),
      );
      expect(results.filter((r) => 'added' in r)).toHaveLength(4);
      expect(results.filter((r) => 'refused' in r)).toEqual(Array.from({ length: 8 }, () => ({ refused: { limit: 'per-channel', count: 4, max: 4 } })));
      expect(await store.listForChannel(morning.channel)).toHaveLength(4);
    });

    it('never lets adds at once, from several instances and channels, pass the feed URLs of a workspace', async () => {
      const { store, another } = await start();
      const stores = [store, await another(), await another()];
      const limits = { perChannel: 10, feedsPerScope: 3 };
      const results = await Promise.all(
        Array.from({ length: 9 }, (_, i) =>
          stores[i % stores.length]!.addWithinLimits(
            { ...morning, channel: { platform: 'slack', channelId: `C0PIER${i}` }, what: { kind: 'feed-url', url: `https://feeds.example/${i}.xml` }, whatText: `https://feeds.example/${i}.xml` },
            limits,
          ),
        ),
      );
      expect(results.filter((r) => 'added' in r)).toHaveLength(3);
      expect(results.filter((r) => 'refused' in r)).toEqual(Array.from({ length: 6 }, () => ({ refused: { limit: 'feeds-per-scope', count: 3, max: 3 } })));
      expect(await store.listForScope(morning.scope)).toHaveLength(3);
    });

    it('survives a restart', async () => {
      const { store, reopen } = await start();
      await store.add(morning);
      expect(await (await reopen()).listAll()).toEqual([{ ...morning, id: '1', paused: false }]);
    });
  });
}
