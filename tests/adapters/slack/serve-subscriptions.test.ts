import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serve, type RunningServe } from '../../../src/app/serve.js';
import type { Clock } from '../../../src/contracts/clock.js';
import { silentLogger } from '../../../src/logging/logger.js';
import { renderSlackReply } from '../../../src/render/slack-blocks.js';
import { commandsSchema } from '../../../src/settings/commands.js';
import { parseEnv } from '../../../src/settings/env.js';
import type { Settings } from '../../../src/settings/load.js';
import { openDatabase } from '../../../src/store/database.js';
import { SqliteSubscriptionStore } from '../../../src/store/sqlite-subscriptions.js';
import { BriefingLibrary } from '../../../src/stories/library.js';
import { story, tempDb, type TempDb } from '../../schedule/helpers.js';
import { startSlackStandIn, STAND_IN_BOT, type SlackStandIn } from '../../stand-ins/slack-api.js';
import { postSignedForm } from '../../stand-ins/slack-signing.js';

const SECRET = 'signing-secret-for-tests';
const NOW = '2026-03-02T09:00:00Z';

describe('serve wires subscriptions: the store in DATABASE_PATH, the user group from config/commands.yaml', () => {
  let slack: SlackStandIn;
  let tmp: TempDb;
  let running: RunningServe | undefined;

  beforeEach(async () => {
    slack = await startSlackStandIn();
    tmp = tempDb();
    tmp.db.close();
  });
  afterEach(async () => {
    await running?.stop();
    running = undefined;
    await slack.close();
    tmp.cleanup();
  });

  it('a user-group member subscribes over HTTP; the subscription is in the database file', async () => {
    slack.users.set('U0EDITOR', { tz: 'Europe/Brussels' });
    slack.userGroups.set('S0EDITORS', ['U0EDITOR']);
    // Stands at NOW; sleeps are real so the scheduler's loop waits as it would.
    const clock: Clock = { now: () => new Date(NOW), sleep: (ms, signal) => new Promise((resolve) => { const t = setTimeout(resolve, ms); signal?.addEventListener('abort', () => { clearTimeout(t); resolve(); }); }) };
    const settings: Settings = {
      env: parseEnv({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl, DATABASE_PATH: tmp.path }),
      configDir: join(tmp.dir, 'config'),
      briefingsDir: join(tmp.dir, 'briefings'),
      commands: commandsSchema.parse({ subscriptions: { slack_user_group: { id: 'S0EDITORS', handle: 'editors' } } }),
    };
    running = await serve({
      settings,
      logger: silentLogger(),
      library: new BriefingLibrary([story('inquiry', 'Inquiry opened', '2026-11-22T10:00:00Z')]),
      clock,
      port: 0,
      host: '127.0.0.1',
      slackClientOptions: { retryConfig: { retries: 0 } },
    });
    const fields = {
      team_id: STAND_IN_BOT.team_id,
      channel_id: 'C0NEWS',
      channel_name: 'news',
      user_id: 'U0EDITOR',
      command: '/briefing',
      text: 'subscribe inquiry daily 08:00',
      api_app_id: 'A0NEWSBRIEF',
      response_url: slack.responseUrl(1),
      trigger_id: 'trigger-1',
    };
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
    running = undefined;
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
