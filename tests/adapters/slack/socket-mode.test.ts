import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackAdapter } from '../../../src/adapters/slack/start.js';
import { renderSlackReply } from '../../../src/render/slack-blocks.js';
import { startSlackStandIn, STAND_IN_BOT, type SlackStandIn } from '../../stand-ins/slack-api.js';
import { slashCommand } from '../../stand-ins/slack-payloads.js';
import { fixtureBriefing } from './briefing-fixture.js';
import { startSocketAdapter } from './socket-adapter.js';

let slack: SlackStandIn;
let adapter: SlackAdapter;

beforeAll(async () => {
  slack = await startSlackStandIn();
  adapter = await startSocketAdapter(slack);
});

afterAll(async () => {
  await adapter?.stop();
  await slack?.close();
});

describe('Slack adapter in Socket Mode (real Bolt, local WebSocket stand-in)', () => {
  it('opens the connection with the app token and is connected once Slack says hello', async () => {
    await slack.socketConnected();
    expect(adapter.mode).toBe('socket');
    expect(adapter.state()).toBe('connected');
    expect(slack.apiCalls('apps.connections.open').map((c) => c.authorization)).toEqual(['Bearer xapp-test']);
    expect(slack.apiCalls('auth.test')[0]!.authorization).toBe('Bearer xoxb-test');
  });

  it('acknowledges a slash command envelope and answers through response_url', async () => {
    const ackFrame = await slack.sendEnvelope('slash_commands', slashCommand(slack.responseUrl('socket-1'), { text: 'public' }));
    expect(ackFrame.envelope_id).toBe('env-1');
    const [response] = await slack.waitFor((c) => c.kind === 'response' && c.method === 'socket-1');
    const expected = renderSlackReply({ kind: 'briefing', visibility: 'public', briefing: fixtureBriefing() });
    expect(response!.body).toEqual({ response_type: 'in_channel', text: expected.text, blocks: expected.blocks });
  });

  it('answers an app_mention event in its thread', async () => {
    await slack.sendEnvelope('events_api', {
      team_id: STAND_IN_BOT.team_id,
      api_app_id: 'A0NEWSBRIEF',
      type: 'event_callback',
      event_id: 'Ev0SOCKET',
      event_time: 1700000003,
      authorizations: [{ team_id: STAND_IN_BOT.team_id, user_id: STAND_IN_BOT.user_id, is_bot: true }],
      event: {
        type: 'app_mention',
        user: 'U0READER',
        text: `<@${STAND_IN_BOT.user_id}> briefing help`,
        ts: '1700000003.000100',
        thread_ts: '1700000000.000001',
        channel: 'C0NEWS',
        event_ts: '1700000003.000100',
      },
    });
    const [post] = await slack.waitFor((c) => c.kind === 'api' && c.method === 'chat.postMessage');
    expect(post!.body['channel']).toBe('C0NEWS');
    // Inside an existing thread the answer joins that thread.
    expect(post!.body['thread_ts']).toBe('1700000000.000001');
    expect((post!.body['blocks'] as { text: { text: string } }[])[0]!.text.text).toBe('newsbrief commands');
  });

  it('reports disconnected after stop', async () => {
    await adapter.stop();
    expect(adapter.state()).toBe('disconnected');
  });
});
