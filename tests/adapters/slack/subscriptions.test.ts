import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSlackAdapter, type SlackAdapter } from '../../../src/adapters/slack/start.js';
import { SUBSCRIPTION_ACTION_IDS } from '../../../src/adapters/slack/subscription-blocks.js';
import { createFeedChecker } from '../../../src/app/feed-checker.js';
import { fetchOptionsFromConfig } from '../../../src/app/fetch-options-from-settings.js';
import type { CommandContext } from '../../../src/commands/dispatch.js';
import { buildCommandTable } from '../../../src/commands/table.js';
import { silentLogger } from '../../../src/logging/logger.js';
import { renderSlackReply } from '../../../src/render/slack-blocks.js';
import { parseEnv } from '../../../src/settings/env.js';
import { feedsSchema } from '../../../src/settings/feeds.js';
import { startSlackStandIn, STAND_IN_BOT, type SlackStandIn } from '../../stand-ins/slack-api.js';
import { slashCommand } from '../../stand-ins/slack-payloads.js';
import { postSignedForm, wallFollowingClock } from '../../stand-ins/slack-signing.js';
import { subscriptionFixture, type SubscriptionFixture } from '../../commands/subscriptions/subscription-fixture.js';
import { fixtureLibrary } from './briefing-fixture.js';

const SECRET = 'test-signing-secret';
let slack: SlackStandIn;
let adapter: SlackAdapter;
let eventsUrl: string;
let fixture: SubscriptionFixture;
let responseId = 0;
const clock = wallFollowingClock();

beforeAll(async () => {
  slack = await startSlackStandIn();
  slack.users.set('U0ADMIN', { is_admin: true, tz: 'Europe/Brussels' });
  slack.users.set('U0OWNER', { is_owner: true, tz: 'America/New_York' });
  slack.users.set('U0EDITOR', { tz: 'Asia/Tokyo' });
  slack.users.set('U0READER', {});
  slack.userGroups.set('S0EDITORS', ['U0EDITOR']);
  fixture = subscriptionFixture({
    now: '2026-03-02T09:00:00Z',
    checkFeed: createFeedChecker(fetchOptionsFromConfig(feedsSchema.parse({}).fetch, clock), silentLogger()),
    services: {
      configSchedules: [{ id: 'weekday-morning', cron: '0 8 * * 1-5', timezone: 'Europe/Brussels', platform: 'slack', channel: 'C0NEWS', enabled: true }],
    },
  });
  const context: CommandContext = { table: buildCommandTable({ aliases: [] }), library: fixtureLibrary(), subscriptions: fixture.services };
  const env = parseEnv({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl });
  adapter = await startSlackAdapter({
    env,
    context,
    logger: silentLogger(),
    clock,
    clientOptions: { retryConfig: { retries: 0 } },
    subscriptionManagers: { id: 'S0EDITORS', handle: 'newsbrief-editors' },
  });
  const server: Server = await adapter.listen!(0, '127.0.0.1');
  eventsUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
});

afterAll(async () => {
  await adapter?.stop();
  await slack?.close();
  fixture?.cleanup();
});

async function briefing(text: string, user = 'U0ADMIN', channel = 'C0NEWS', channelName = 'news') {
  const id = String(++responseId);
  const fields = slashCommand(slack.responseUrl(id), { channel_id: channel, channel_name: channelName, user_id: user, user_name: user.toLowerCase(), text });
  expect((await postSignedForm(eventsUrl, SECRET, fields)).status).toBe(200);
  const [response] = await slack.waitFor((c) => c.kind === 'response' && c.method === id);
  return response!.body;
}

async function click(actionId: string, value: string, user = 'U0ADMIN', channel = 'C0NEWS') {
  const id = String(++responseId);
  const payload = {
    type: 'block_actions',
    user: { id: user, username: user.toLowerCase(), name: user.toLowerCase(), team_id: STAND_IN_BOT.team_id },
    api_app_id: 'A0NEWSBRIEF',
    token: 'legacy-verification-token',
    container: { type: 'message', message_ts: '1700000000.000100', channel_id: channel, is_ephemeral: true },
    trigger_id: `trigger-${id}`,
    team: { id: STAND_IN_BOT.team_id, domain: 'test' },
    channel: { id: channel, name: 'news' },
    response_url: slack.responseUrl(id),
    actions: [{ type: 'button', action_id: actionId, block_id: 'b1', text: { type: 'plain_text', text: 'x' }, value, action_ts: '1700000001.000200' }],
  };
  expect((await postSignedForm(eventsUrl, SECRET, { payload: JSON.stringify(payload) })).status).toBe(200);
  const [response] = await slack.waitFor((c) => c.kind === 'response' && c.method === id);
  return response!.body;
}

/** What the plain reply {title, lines} looks like once the adapter has rendered it, ephemerally. */
function expected(title: string, lines: string[]) {
  const message = renderSlackReply({ kind: 'message', visibility: 'ephemeral', title, lines });
  return { response_type: 'ephemeral', text: message.text, blocks: message.blocks };
}

describe('Slack: /briefing subscribe and friends (real Bolt, stand-in Web API)', () => {
  it('an admin subscribes: the reply names it, in the admin’s own zone, with the next three runs from the clock', async () => {
    expect(await briefing('subscribe top daily 08:00')).toEqual(
      expected('Subscription 1 created.', ['What: top', 'When: daily 08:00 (Europe/Brussels)', 'Next runs: 2026-03-03 08:00, 2026-03-04 08:00, 2026-03-05 08:00']),
    );
    expect(await fixture.store.get('1')).toEqual({
      id: '1',
      channel: { platform: 'slack', channelId: 'C0NEWS' },
      scope: STAND_IN_BOT.team_id,
      what: { kind: 'top', count: 3 },
      whatText: 'top',
      when: { text: 'daily 08:00', cron: '0 8 * * *' },
      timezone: 'Europe/Brussels',
      paused: false,
      createdBy: 'U0ADMIN',
      createdAt: '2026-03-02T09:00:00.000Z',
    });
  });

  it('an owner may too, and keywords and a speaker are kept as typed', async () => {
    expect(await briefing('subscribe speaker:“Mark Zuckerberg” weekly mon 09:00 keywords:"data, -opinion"', 'U0OWNER')).toEqual(
      expected('Subscription 2 created.', [
        'What: speaker:“Mark Zuckerberg”',
        'When: weekly mon 09:00 (America/New_York)',
        'Keywords: data, -opinion',
        'Next runs: 2026-03-02 09:00, 2026-03-09 09:00, 2026-03-16 09:00',
      ]),
    );
    expect((await fixture.store.get('2'))?.what).toEqual({ kind: 'speaker', speaker: 'Mark Zuckerberg' });
    expect((await fixture.store.get('2'))?.keywords).toEqual({ include: ['data'], exclude: ['opinion'] });
  });

  it('a member of the configured user group may manage subscriptions', async () => {
    expect(await briefing('subscribe zuckerberg-eu weekdays 07:30', 'U0EDITOR')).toEqual(
      expected('Subscription 3 created.', ['What: zuckerberg-eu', 'When: weekdays 07:30 (Asia/Tokyo)', 'Next runs: 2026-03-03 07:30, 2026-03-04 07:30, 2026-03-05 07:30']),
    );
    expect(slack.apiCalls('usergroups.users.list').map((c) => c.body)).toEqual([{ team_id: STAND_IN_BOT.team_id, usergroup: 'S0EDITORS' }]);
  });

  it('anyone else is refused, with who can; nothing is stored', async () => {
    const before = (await fixture.store.listAll()).length;
    const refusal = expected('You cannot manage this channel’s subscriptions.', [
      'Workspace admins and owners, and members of the user group @newsbrief-editors, can manage subscriptions.',
    ]);
    expect(await briefing('subscribe top daily 09:00', 'U0READER')).toEqual(refusal);
    expect(await briefing('pause 1', 'U0READER')).toEqual(refusal);
    expect(await briefing('subscribe top daily 09:00', 'U0STRANGER')).toEqual(
      expected('You cannot manage this channel’s subscriptions.', [
        'Slack did not say whether you may (user_not_found); try again. Workspace admins and owners, and members of the user group @newsbrief-editors, can manage subscriptions.',
      ]),
    );
    expect((await fixture.store.listAll()).length).toBe(before);
  });

  it('a direct message cannot subscribe', async () => {
    expect(await briefing('subscribe top daily 08:00', 'U0ADMIN', 'D0DIRECT', 'directmessage')).toEqual(
      expected('A direct message cannot subscribe.', ['Subscriptions post to a channel: run the command in the channel that should receive the briefings.']),
    );
  });

  it('bad input gets a clear reply: unknown story or feed, private feed URL, impossible time, too frequent, unknown zone', async () => {
    expect(await briefing('subscribe no-such-thing daily 08:00')).toEqual(
      expected('Not subscribed.', [
        'No story or feed matches “no-such-thing”.',
        'Stories:',
        'zuckerberg-eu: Zuckerberg questioned by the European Parliament',
        'Feeds: wire',
        'Or subscribe to top, to a feed URL, or to speaker:"Full Name".',
      ]),
    );
    expect(await briefing('subscribe http://127.0.0.1:9/feed.xml daily 08:00')).toEqual(
      expected('Not subscribed.', ['That link points to a private or internal address, which I do not fetch.']),
    );
    expect(await briefing('subscribe top daily 25:00')).toEqual(
      expected('Not subscribed.', ['“25:00” is not a time of day; hours go from 00 to 23 and minutes from 00 to 59.']),
    );
    expect(await briefing('subscribe top weekly xyz 09:00')).toEqual(
      expected('Not subscribed.', ['“xyz” is not a day of the week; use mon, tue, wed, thu, fri, sat or sun.']),
    );
    expect(await briefing('subscribe top */20 * * * *')).toEqual(
      expected('Not subscribed.', ['“*/20 * * * *” runs more often than once every 1 h (2026-03-02 10:20 and 2026-03-02 10:40); the minimum interval here is 1 h.']),
    );
    expect(await briefing('subscribe top every 30m')).toEqual(
      expected('Not subscribed.', ['“every 30m” runs more often than once every 1 h (2026-03-02 10:30 and 2026-03-02 11:00); the minimum interval here is 1 h.']),
    );
    expect(await briefing('subscribe top daily 08:00 timezone:Mars/Olympus')).toEqual(
      expected('Not subscribed.', ['Unknown time zone “Mars/Olympus”: use an IANA zone such as Europe/Brussels, America/New_York or UTC.']),
    );
    expect(await briefing('subscribe top')).toEqual(
      expected('No schedule found in “top”: end with when to post, e.g. “daily 08:00”.', [
        'Usage:',
        '/briefing subscribe <what> <when> [keywords:"word, -word"] [timezone:Area/City]',
        '  what: a story id or title, top (or top 3), a feed id from config, an RSS/Atom feed URL, or speaker:"Full Name"',
        '  when: daily 08:00, weekdays 07:30, weekends 10:00, weekly mon 09:00, every 2h, or a cron expression ("0 8 * * 1-5")',
        '/briefing subscriptions: this channel’s subscriptions and their next runs',
        '/briefing unsubscribe <id>, pause <id>, resume <id>',
      ]),
    );
  });

  it('lists the channel’s subscriptions in Block Kit with Pause and Remove buttons, config-file schedules read-only', async () => {
    const list = await briefing('subscriptions', 'U0READER');
    expect(list).toEqual({
      response_type: 'ephemeral',
      replace_original: false,
      text: 'Subscriptions in this channel (4)',
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: 'Subscriptions in this channel (4)', emoji: true } },
        section('*1* · top, daily 08:00 (Europe/Brussels)\nNext run: 2026-03-03 08:00'),
        actions('1', 'top, daily 08:00 (Europe/Brussels)', false),
        section('*2* · speaker:“Mark Zuckerberg”, weekly mon 09:00 (America/New_York), keywords data, -opinion\nNext run: 2026-03-02 09:00'),
        actions('2', 'speaker:“Mark Zuckerberg”, weekly mon 09:00 (America/New_York), keywords data, -opinion', false),
        section('*3* · zuckerberg-eu, weekdays 07:30 (Asia/Tokyo)\nNext run: 2026-03-03 07:30'),
        actions('3', 'zuckerberg-eu, weekdays 07:30 (Asia/Tokyo)', false),
        section('*weekday-morning* (config file, read-only) · 0 8 ∗ ∗ 1-5 (Europe/Brussels)\nNext run: 2026-03-03 08:00'),
      ],
    });
  });

  it('Pause and Resume buttons change the subscription and redraw the list; a non-admin’s click is refused', async () => {
    const paused = await click(SUBSCRIPTION_ACTION_IDS.pause, '1');
    expect(paused['replace_original']).toBe(true);
    const blocks = paused['blocks'] as unknown[];
    expect(blocks.slice(0, 4)).toEqual([
      { type: 'header', text: { type: 'plain_text', text: 'Subscriptions in this channel (4)', emoji: true } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: 'Subscription 1 paused. top, daily 08:00 (Europe/Brussels)' }] },
      section('*1* · top, daily 08:00 (Europe/Brussels)\nPaused'),
      actions('1', 'top, daily 08:00 (Europe/Brussels)', true),
    ]);
    expect((await fixture.store.get('1'))?.paused).toBe(true);

    const refused = await click(SUBSCRIPTION_ACTION_IDS.remove, '1', 'U0READER');
    expect((refused['blocks'] as unknown[])[1]).toEqual({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: 'You cannot manage this channel’s subscriptions. Workspace admins and owners, and members of the user group @newsbrief-editors, can manage subscriptions.',
        },
      ],
    });
    expect(await fixture.store.get('1')).toBeDefined();

    const resumed = await click(SUBSCRIPTION_ACTION_IDS.resume, '1');
    expect((resumed['blocks'] as unknown[])[1]).toEqual({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: 'Subscription 1 resumed. top, daily 08:00 (Europe/Brussels) Next runs: 2026-03-03 08:00, 2026-03-04 08:00, 2026-03-05 08:00' }],
    });
    expect((await fixture.store.get('1'))?.paused).toBe(false);
  });

  it('pause, resume and unsubscribe by typed id, only for ids of this channel', async () => {
    expect(await briefing('pause 3')).toEqual(expected('Subscription 3 paused.', ['zuckerberg-eu, weekdays 07:30 (Asia/Tokyo)']));
    expect(await briefing('pause 3')).toEqual(expected('Subscription 3 is already paused.', ['zuckerberg-eu, weekdays 07:30 (Asia/Tokyo)']));
    expect(await briefing('resume 3')).toEqual(
      expected('Subscription 3 resumed.', ['zuckerberg-eu, weekdays 07:30 (Asia/Tokyo)', 'Next runs: 2026-03-03 07:30, 2026-03-04 07:30, 2026-03-05 07:30']),
    );
    expect(await briefing('unsubscribe 3', 'U0ADMIN', 'C0OTHER', 'other')).toEqual(
      expected('No subscription “3” in this channel.', ['List this channel’s subscriptions to see their ids.']),
    );
    expect(await briefing('unsubscribe 3')).toEqual(expected('Subscription 3 removed.', ['zuckerberg-eu, weekdays 07:30 (Asia/Tokyo)']));
    expect(await fixture.store.get('3')).toBeUndefined();
    expect(await briefing('unsubscribe 3')).toEqual(expected('No subscription “3” in this channel.', ['List this channel’s subscriptions to see their ids.']));
  });

  it('limits from config: subscriptions per channel and feed URLs per workspace', async () => {
    const limits = fixture.services.limits;
    const saved = { ...limits };
    try {
      limits.perChannel = 2;
      expect(await briefing('subscribe top 5 daily 18:00')).toEqual(
        expected('Not subscribed.', ['This channel has 2 subscriptions, the most allowed (2); remove one first.']),
      );
      limits.perChannel = 10;
      limits.feedsPerScope = 0;
      expect(await briefing('subscribe https://news.example.org/rss.xml daily 18:00')).toEqual(
        expected('Not subscribed.', ['This workspace already follows 0 feed URLs, the most allowed (0); unsubscribe one first.']),
      );
    } finally {
      Object.assign(limits, saved);
    }
  });

  it('asks Slack again once the cached answer is a minute old: a demoted admin loses the right', async () => {
    slack.users.set('U0BRIEFLY', { is_admin: true });
    expect((await briefing('pause 2', 'U0BRIEFLY'))['text']).toBe('Subscription 2 paused.\nspeaker:“Mark Zuckerberg”, weekly mon 09:00 (America/New_York), keywords data, -opinion');
    slack.users.set('U0BRIEFLY', {});
    const calls = slack.apiCalls('users.info').length;
    // Within the minute the cached answer stands.
    expect((await briefing('resume 2', 'U0BRIEFLY'))['text']).toMatch(/^Subscription 2 resumed\./);
    expect(slack.apiCalls('users.info').length).toBe(calls);
    clock.skewSeconds = 61;
    try {
      expect((await briefing('pause 2', 'U0BRIEFLY'))['text']).toBe(
        'You cannot manage this channel’s subscriptions.\nWorkspace admins and owners, and members of the user group @newsbrief-editors, can manage subscriptions.',
      );
    } finally {
      clock.skewSeconds = 0;
    }
    expect(slack.apiCalls('users.info').length).toBe(calls + 1);
  });
});

function section(text: string) {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

function actions(id: string, summary: string, paused: boolean) {
  return {
    type: 'actions',
    elements: [
      paused
        ? { type: 'button', action_id: SUBSCRIPTION_ACTION_IDS.resume, text: { type: 'plain_text', text: 'Resume' }, value: id }
        : { type: 'button', action_id: SUBSCRIPTION_ACTION_IDS.pause, text: { type: 'plain_text', text: 'Pause' }, value: id },
      {
        type: 'button',
        action_id: SUBSCRIPTION_ACTION_IDS.remove,
        text: { type: 'plain_text', text: 'Remove' },
        value: id,
        style: 'danger',
        confirm: {
          title: { type: 'plain_text', text: `Remove subscription ${id}?` },
          text: { type: 'mrkdwn', text: `${summary} stops posting here.` },
          confirm: { type: 'plain_text', text: 'Remove' },
          deny: { type: 'plain_text', text: 'Keep it' },
        },
      },
    ],
  };
}
