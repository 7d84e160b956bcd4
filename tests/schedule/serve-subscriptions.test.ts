import { beforeEach, describe, expect, it } from 'vitest';
import type { Settings } from '../../src/settings/load.js';
import { schedulesSchema } from '../../src/settings/schedules.js';
import { openDatabase } from '../../src/store/database.js';
import { DeliveryLog } from '../../src/store/delivery-log.js';
import { SqliteSubscriptionStore } from '../../src/store/sqlite-subscriptions.js';
import { useServeFixture } from '../app/serve-fixture.js';
import { FakeClock, keepSlackChannel, type PostedSlackMessage } from './helpers.js';

const SLOT = '2026-11-23T07:00:00.000Z';

describe('serve runs the subscriptions stored in its database', () => {
  const fixture = useServeFixture();
  let channel: PostedSlackMessage[];

  beforeEach(() => {
    channel = keepSlackChannel(fixture.slack);
  });

  function settings(): Settings {
    return fixture.settings(
      { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_APP_TOKEN: 'xapp-test', SLACK_API_URL: fixture.slack.apiUrl },
      { schedules: schedulesSchema.parse({ admin: { platform: 'slack', channel: 'C0ADMIN' } }) },
    );
  }

  it('posts a subscription at its slot through the real Slack adapter, lists it in /healthz, and reload() adds a new one', async () => {
    const store = new SqliteSubscriptionStore(fixture.tmp.db);
    const base = { scope: 'T0TEAM', whatText: 'inquiry', what: { kind: 'story' as const, story: 'inquiry' }, timezone: 'Europe/Brussels', createdBy: 'U0ADMIN', createdAt: '2026-11-23T06:00:00.000Z' };
    await store.add({ ...base, channel: { platform: 'slack', channelId: 'C0NEWS' }, when: { text: 'daily 08:00', cron: '0 8 * * *' } });
    fixture.tmp.db.close();

    // serve starts at 08:00:05 Brussels time; the subscription was made at 07:00.
    const clock = new FakeClock('2026-11-23T07:00:05Z');
    const running = await fixture.start({ settings: settings(), clock });
    await fixture.slack.waitFor((c) => c.method === 'chat.postMessage');
    expect(channel.map((m) => [m.channel, m.text, m.metadata?.event_payload?.slot])).toEqual([['C0NEWS', 'Inquiry opened\n• Regulators opened an inquiry.', `sub:1@${SLOT}`]]);

    // Another process (the chat command) adds one for 08:00 too, made before it: reload() makes it live now.
    const db = openDatabase(fixture.tmp.path);
    await new SqliteSubscriptionStore(db).add({ ...base, channel: { platform: 'slack', channelId: 'C0MORE' }, when: { text: 'daily 08:00', cron: '0 8 * * *' }, createdAt: '2026-11-23T06:59:00.000Z' });
    db.close();
    await running.scheduler.reload();
    // The next pass runs at once (its timer was re-armed for the earliest due slot).
    await fixture.slack.waitFor((c) => c.method === 'chat.postMessage', 2);

    const response = await fetch(`http://127.0.0.1:${running.port}/healthz`);
    const body = (await response.json()) as { schedules: { id: string; target: string; nextLocal: string }[] };
    expect(body.schedules.map((s) => [s.id, s.target, s.nextLocal])).toEqual([
      ['sub:1', 'slack:C0NEWS', 'Tue 2026-11-24 08:00 +01:00'],
      ['sub:2', 'slack:C0MORE', 'Tue 2026-11-24 08:00 +01:00'],
    ]);
    await running.stop();
    const log = new DeliveryLog(openDatabase(fixture.tmp.path));
    expect((await log.list()).map((r) => [r.scheduleId, r.slot, r.status])).toEqual([
      ['sub:1', SLOT, 'posted'],
      ['sub:2', SLOT, 'posted'],
    ]);
  });
});
