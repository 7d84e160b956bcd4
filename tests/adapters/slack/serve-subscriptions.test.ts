import { describe, expect, it } from 'vitest';
import { renderSlackReply } from '../../../src/render/slack-blocks.js';
import { commandsSchema } from '../../../src/settings/commands.js';
import { openDatabase } from '../../../src/store/database.js';
import { SqliteSubscriptionStore } from '../../../src/store/sqlite-subscriptions.js';
import { SIGNING_SECRET as SECRET, standingClock, useServeFixture } from '../../app/serve-fixture.js';
import { STAND_IN_BOT } from '../../stand-ins/slack-api.js';
import { slashCommand } from '../../stand-ins/slack-payloads.js';
import { postSignedForm } from '../../stand-ins/slack-signing.js';

const NOW = '2026-03-02T09:00:00Z';

describe('serve wires subscriptions: the store in DATABASE_PATH, the user group from config/commands.yaml', () => {
  const fixture = useServeFixture({ database: 'closed' });

  it('a user-group member subscribes over HTTP; the subscription is in the database file', async () => {
    const { slack, tmp } = fixture;
    slack.users.set('U0EDITOR', { tz: 'Europe/Brussels' });
    slack.userGroups.set('S0EDITORS', ['U0EDITOR']);
    const settings = fixture.settings(
      { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl },
      { commands: commandsSchema.parse({ subscriptions: { slack_user_group: { id: 'S0EDITORS', handle: 'editors' } } }) },
    );
    // Stands at NOW; sleeps are real so the scheduler's loop waits as it would.
    const running = await fixture.start({ settings, clock: standingClock(NOW) });
    const fields = slashCommand(slack.responseUrl(1), { user_id: 'U0EDITOR', text: 'subscribe inquiry daily 08:00' });
    const timestamp = Math.floor(Date.parse(NOW) / 1000);
    expect((await postSignedForm(`http://127.0.0.1:${running.port}/slack/events`, SECRET, fields, { timestamp })).status).toBe(200);
    const [response] = await slack.waitFor((c) => c.kind === 'response' && c.method === '1');
    const expected = renderSlackReply({
      kind: 'message',
      visibility: 'ephemeral',
      title: 'Subscription 1 created.',
      lines: ['What: inquiry', 'When: daily 08:00 (Europe/Brussels)', 'Next runs: 2026-03-03 08:00, 2026-03-04 08:00, 2026-03-05 08:00'],
    });
    expect(response!.body).toEqual({ response_type: 'ephemeral', text: expected.text, blocks: expected.blocks });
    await running.stop();
    fixture.running = undefined;
    const db = openDatabase(tmp.path);
    try {
      expect(await new SqliteSubscriptionStore(db).listAll()).toEqual([
        {
          id: '1',
          channel: { platform: 'slack', channelId: 'C0NEWS' },
          scope: STAND_IN_BOT.team_id,
          what: { kind: 'story', story: 'inquiry' },
          whatText: 'inquiry',
          when: { text: 'daily 08:00', cron: '0 8 * * *' },
          timezone: 'Europe/Brussels',
          paused: false,
          createdBy: 'U0EDITOR',
          createdAt: '2026-03-02T09:00:00.000Z',
        },
      ]);
    } finally {
      db.close();
    }
  });
});
