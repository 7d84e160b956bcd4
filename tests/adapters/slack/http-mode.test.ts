import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../../src/commands/dispatch.js';
import { buildCommandTable } from '../../../src/commands/table.js';
import { silentLogger } from '../../../src/logging/logger.js';
import { renderSlackReply, SLACK_POST_ACTION_ID } from '../../../src/render/slack-blocks.js';
import { startSlackAdapter, type SlackAdapter } from '../../../src/adapters/slack/start.js';
import { parseEnv } from '../../../src/settings/env.js';
import { startSlackStandIn, STAND_IN_BOT, type SlackStandIn } from '../../stand-ins/slack-api.js';
import { slashCommand, type SlashCommand } from '../../stand-ins/slack-payloads.js';
import { postSignedForm, postSignedJson, wallFollowingClock } from '../../stand-ins/slack-signing.js';
import { fixtureBriefing, fixtureLibrary } from './briefing-fixture.js';

const SECRET = 'test-signing-secret';
const CNBC = '<https://www.cnbc.com/a?b=1&amp;c=2|CNBC>';

let slack: SlackStandIn;
let adapter: SlackAdapter;
let server: Server;
let eventsUrl: string;
let context: CommandContext;
let responseId = 0;
const clock = wallFollowingClock();

beforeAll(async () => {
  slack = await startSlackStandIn();
  const library = fixtureLibrary();
  const evil = fixtureBriefing();
  evil.id = 'evil';
  evil.title = 'Evil story';
  evil.keyPoints = [{ text: 'Wake up <!channel> and <https://evil|click> & see', sources: ['cnbc'] }];
  evil.figures = [];
  evil.quotes = [];
  evil.sources = [evil.sources[1]!];
  library.upsert({ id: 'evil', title: 'Evil story', briefing: evil, updated: '2000-01-01T00:00:00Z' });
  context = { table: buildCommandTable({ aliases: [{ command: 'zuckerberg-quotes', speaker: 'Mark Zuckerberg' }] }), library };
  const env = parseEnv({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl });
  adapter = await startSlackAdapter({ env, context, logger: silentLogger(), clock, clientOptions: { retryConfig: { retries: 0 } } });
  server = await adapter.listen!(0, '127.0.0.1');
  eventsUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
});

afterAll(async () => {
  await adapter?.stop();
  await slack?.close();
});

function numberedCommand(command: string, text: string): { fields: SlashCommand; id: string } {
  const id = String(++responseId);
  return { id, fields: slashCommand(slack.responseUrl(id), { command, text }) };
}

async function runCommand(command: string, text: string) {
  const { fields, id } = numberedCommand(command, text);
  const result = await postSignedForm(eventsUrl, SECRET, fields);
  expect(result.status).toBe(200);
  const [response] = await slack.waitFor((c) => c.kind === 'response' && c.method === id);
  return response!.body;
}

describe('Slack adapter over HTTP (real Bolt, signed requests)', () => {
  it('checked the bot token with auth.test at start and reports itself connected', () => {
    expect(slack.apiCalls('auth.test')[0]!.authorization).toBe('Bearer xoxb-test');
    expect(adapter.mode).toBe('http');
    expect(adapter.state()).toBe('connected');
  });

  it('answers /briefing ephemerally through response_url, with a "Post to channel" button carrying command and story', async () => {
    const body = await runCommand('/briefing', '');
    const expected = renderSlackReply(
      { kind: 'briefing', visibility: 'ephemeral', briefing: fixtureBriefing() },
      { postButtonValue: '{"c":"briefing","s":"zuckerberg-eu"}' },
    );
    expect(body).toEqual({ response_type: 'ephemeral', text: expected.text, blocks: expected.blocks });
    expect((body['blocks'] as unknown[]).at(-1)).toEqual({
      type: 'actions',
      elements: [
        {
          type: 'button',
          action_id: SLACK_POST_ACTION_ID,
          text: { type: 'plain_text', text: 'Post to channel' },
          value: '{"c":"briefing","s":"zuckerberg-eu"}',
        },
      ],
    });
  });

  it('answers /quotes <speaker> public in the channel with that speaker’s quote cards', async () => {
    const body = await runCommand('/quotes', 'verhofstadt public');
    expect(body).toEqual({
      response_type: 'in_channel',
      text: 'Quotes from Guy Verhofstadt\n“I asked you six yes-or-no questions and got not a single answer.” (Guy Verhofstadt)',
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: 'Quotes from Guy Verhofstadt', emoji: true } },
        { type: 'context', elements: [{ type: 'mrkdwn', text: 'From *Zuckerberg questioned by the European Parliament*' }] },
        { type: 'section', text: { type: 'mrkdwn', text: '>I asked you six yes-or-no questions and got not a single answer.\n*Guy Verhofstadt*' } },
        { type: 'context', elements: [{ type: 'mrkdwn', text: `Sources: ${CNBC}` }] },
      ],
    });
  });

  it('answers /zuckerberg-quotes (an alias from config) with a button that rebuilds the same answer', async () => {
    const body = await runCommand('/zuckerberg-quotes', '');
    const blocks = body['blocks'] as { type: string; text?: { text: string }; elements?: { value?: string }[] }[];
    expect(blocks[0]!.text!.text).toBe('Quotes from Mark Zuckerberg');
    expect(blocks[2]!.text!.text).toBe('>We didn’t take a broad enough view of our responsibility.\n*Mark Zuckerberg, Facebook CEO*');
    expect(blocks.at(-1)!.elements![0]!.value).toBe('{"c":"zuckerberg-quotes","s":"zuckerberg-eu"}');
  });

  it('answers help and unknown stories with usage, ephemerally and without a button', async () => {
    const help = await runCommand('/briefing', 'help');
    expect(help['response_type']).toBe('ephemeral');
    expect(help['blocks']).toEqual([
      { type: 'header', text: { type: 'plain_text', text: 'newsbrief commands', emoji: true } },
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: [
            '/briefing [story | url] [public] | help: Key points, figures and quotes of a story, with their sources',
            '/quotes [speaker] [story] [public]: Who said what in a story, as quote cards',
            '/zuckerberg-quotes [story] [public]: Quotes from Mark Zuckerberg',
            'Add “public” to post the answer in the channel for everyone.',
          ].join('\n'),
        },
      },
    ]);
    const unknown = await runCommand('/briefing', 'no-such-story');
    expect(unknown['response_type']).toBe('ephemeral');
    expect((unknown['blocks'] as { text: { text: string } }[])[0]!.text.text).toBe('No story matches “no-such-story”.');
  });

  it('escapes <!channel> and <https://evil|click> from article text before it reaches Slack', async () => {
    const body = await runCommand('/briefing', 'evil public');
    const blocks = body['blocks'] as { type: string; text?: { text: string } }[];
    expect(blocks[2]).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: '• Wake up &lt;!channel&gt; and &lt;https://evil|click&gt; &amp; see' },
    });
    expect(body['text']).toBe('Evil story\n• Wake up &lt;!channel&gt; and &lt;https://evil|click&gt; &amp; see');
    expect(JSON.stringify(body)).not.toContain('<!channel>');
  });

  it('rejects a wrong signature and a 6-minute-old timestamp with 401, and sends no reply', async () => {
    const forged = numberedCommand('/briefing', '');
    const wrong = await postSignedForm(eventsUrl, SECRET, forged.fields, { signWith: 'not-the-secret' });
    expect(wrong.status).toBe(401);
    const stale = numberedCommand('/briefing', '');
    const old = await postSignedForm(eventsUrl, SECRET, stale.fields, { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(old.status).toBe(401);
    // A valid request after them is answered; by then the rejected ones would have been too.
    await runCommand('/briefing', 'help');
    expect(slack.responses(forged.id)).toEqual([]);
    expect(slack.responses(stale.id)).toEqual([]);
  });

  it('refuses a replayed signed request with 401: a public command is posted once however often it is sent', async () => {
    const { fields, id } = numberedCommand('/briefing', 'evil public');
    const timestamp = Math.floor(clock.now().getTime() / 1000);
    expect((await postSignedForm(eventsUrl, SECRET, fields, { timestamp })).status).toBe(200);
    await slack.waitFor((c) => c.kind === 'response' && c.method === id);
    const replays = [];
    for (const skew of [0, 60, 240]) {
      clock.skewSeconds = skew;
      replays.push((await postSignedForm(eventsUrl, SECRET, fields, { timestamp })).status);
    }
    clock.skewSeconds = 0;
    expect(replays).toEqual([401, 401, 401]);
    await runCommand('/briefing', 'help');
    expect(slack.responses(id).map((r) => r.body['response_type'])).toEqual(['in_channel']);
  });

  it('refuses timestamps more than 5 minutes ahead of the clock (+6 min, +1 h, +1 year); +4 min is answered', async () => {
    const now = Math.floor(clock.now().getTime() / 1000);
    const statuses = [];
    const ids = [];
    for (const ahead of [6 * 60, 3600, 365 * 24 * 3600]) {
      const { fields, id } = numberedCommand('/briefing', 'evil public');
      ids.push(id);
      statuses.push((await postSignedForm(eventsUrl, SECRET, fields, { timestamp: now + ahead })).status);
    }
    expect(statuses).toEqual([401, 401, 401]);
    const { fields, id } = numberedCommand('/briefing', 'help');
    expect((await postSignedForm(eventsUrl, SECRET, fields, { timestamp: now + 4 * 60 })).status).toBe(200);
    await slack.waitFor((c) => c.kind === 'response' && c.method === id);
    expect(ids.flatMap((i) => slack.responses(i))).toEqual([]);
  });

  it('measures the window on the bot’s clock: a request signed now is stale to a clock 6 minutes ahead', async () => {
    clock.skewSeconds = 6 * 60;
    const { fields, id } = numberedCommand('/briefing', 'help');
    const status = (await postSignedForm(eventsUrl, SECRET, fields)).status;
    clock.skewSeconds = 0;
    expect(status).toBe(401);
    await runCommand('/briefing', 'help');
    expect(slack.responses(id)).toEqual([]);
  });

  it('answers Slack’s unsigned ssl_check, and refuses other unsigned requests', async () => {
    const post = (body: string) => fetch(eventsUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
    expect((await post('ssl_check=1&token=t')).status).toBe(200);
    expect((await post(new URLSearchParams(numberedCommand('/briefing', 'help').fields).toString())).status).toBe(401);
  });

  it('posts the same briefing to the channel when "Post to channel" is clicked, then removes the private copy', async () => {
    const id = String(++responseId);
    const payload = {
      type: 'block_actions',
      user: { id: 'U0READER', username: 'reader', name: 'reader', team_id: STAND_IN_BOT.team_id },
      api_app_id: 'A0NEWSBRIEF',
      token: 'legacy-verification-token',
      container: { type: 'message', message_ts: '1700000000.000100', channel_id: 'C0NEWS', is_ephemeral: true },
      trigger_id: `trigger-${id}`,
      team: { id: STAND_IN_BOT.team_id, domain: 'test' },
      channel: { id: 'C0NEWS', name: 'news' },
      response_url: slack.responseUrl(id),
      actions: [
        {
          type: 'button',
          action_id: SLACK_POST_ACTION_ID,
          block_id: 'b1',
          text: { type: 'plain_text', text: 'Post to channel' },
          value: '{"c":"quotes","s":"zuckerberg-eu","p":"verhofstadt"}',
          action_ts: '1700000001.000200',
        },
      ],
    };
    const result = await postSignedForm(eventsUrl, SECRET, { payload: JSON.stringify(payload) });
    expect(result.status).toBe(200);
    const [shared, removed] = await slack.waitFor((c) => c.kind === 'response' && c.method === id, 2);
    const briefing = fixtureBriefing();
    const expected = renderSlackReply({
      kind: 'quotes',
      visibility: 'public',
      briefing,
      quotes: [briefing.quotes[1]!],
      heading: 'Quotes from Guy Verhofstadt',
    });
    expect(shared!.body).toEqual({ response_type: 'in_channel', replace_original: false, text: expected.text, blocks: expected.blocks });
    expect(expected.blocks.some((b) => b.type === 'actions')).toBe(false);
    expect(removed!.body).toEqual({ delete_original: true });
  });

  it('posts nothing for a button value it did not write', async () => {
    const id = String(++responseId);
    const payload = {
      type: 'block_actions',
      user: { id: 'U0READER' },
      team: { id: STAND_IN_BOT.team_id },
      channel: { id: 'C0NEWS' },
      container: { type: 'message', is_ephemeral: true },
      api_app_id: 'A0NEWSBRIEF',
      response_url: slack.responseUrl(id),
      trigger_id: 't',
      actions: [{ type: 'button', action_id: SLACK_POST_ACTION_ID, block_id: 'b', value: '<!channel>', action_ts: '1.2' }],
    };
    expect((await postSignedForm(eventsUrl, SECRET, { payload: JSON.stringify(payload) })).status).toBe(200);
    await runCommand('/briefing', 'help');
    expect(slack.responses(id)).toEqual([]);
  });

  it('answers "@newsbrief quotes verhofstadt" in a thread under the mention', async () => {
    const event = {
      token: 'legacy-verification-token',
      team_id: STAND_IN_BOT.team_id,
      api_app_id: 'A0NEWSBRIEF',
      type: 'event_callback',
      event_id: 'Ev0MENTION',
      event_time: 1700000002,
      authorizations: [{ team_id: STAND_IN_BOT.team_id, user_id: STAND_IN_BOT.user_id, is_bot: true, is_enterprise_install: false }],
      event: {
        type: 'app_mention',
        user: 'U0READER',
        text: `<@${STAND_IN_BOT.user_id}> quotes verhofstadt`,
        ts: '1700000002.000300',
        channel: 'C0NEWS',
        event_ts: '1700000002.000300',
      },
    };
    const before = slack.apiCalls('chat.postMessage').length;
    const result = await postSignedJson(eventsUrl, SECRET, event);
    expect(result.status).toBe(200);
    const posts = await slack.waitFor((c) => c.kind === 'api' && c.method === 'chat.postMessage', before + 1);
    const post = posts.at(-1)!;
    const briefing = fixtureBriefing();
    const expected = renderSlackReply({
      kind: 'quotes',
      visibility: 'ephemeral',
      briefing,
      quotes: [briefing.quotes[1]!],
      heading: 'Quotes from Guy Verhofstadt',
    });
    expect(post.authorization).toBe('Bearer xoxb-test');
    expect(post.body).toMatchObject({ channel: 'C0NEWS', thread_ts: '1700000002.000300', text: expected.text, blocks: expected.blocks });
  });

  it('answers Slack’s signed url_verification challenge when the request URL is saved', async () => {
    const result = await postSignedJson(eventsUrl, SECRET, { token: 't', challenge: 'challenge-123', type: 'url_verification' });
    expect(result.status).toBe(200);
    expect(JSON.parse(result.body)).toEqual({ challenge: 'challenge-123' });
  });

  it('mounts beside other routes: the request listener serves /slack/events and answers 404 elsewhere', async () => {
    const shared = createServer((req, res) => {
      if (req.url === '/healthz') res.writeHead(200).end('ok');
      else adapter.requestListener!(req, res);
    });
    await new Promise<void>((resolve) => shared.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(shared.address() as AddressInfo).port}`;
    try {
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      expect((await fetch(`${base}/elsewhere`)).status).toBe(404);
      const { fields, id } = numberedCommand('/briefing', 'help');
      expect((await postSignedForm(`${base}/slack/events`, SECRET, fields)).status).toBe(200);
      const [response] = await slack.waitFor((c) => c.kind === 'response' && c.method === id);
      expect((response!.body['blocks'] as { text: { text: string } }[])[0]!.text.text).toBe('newsbrief commands');
    } finally {
      await new Promise<void>((resolve) => shared.close(() => resolve()));
    }
  });
});
