import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBoltLogger } from '../../../src/adapters/slack/bolt-logger.js';
import { createSlackPoster, DELIVERY_EVENT_TYPE } from '../../../src/adapters/slack/slack-poster.js';
import { DeliveryError } from '../../../src/contracts/delivery-error.js';
import { silentLogger } from '../../../src/logging/logger.js';
import { renderSlackReply } from '../../../src/render/slack-blocks.js';
import { startSlackStandIn, type SlackStandIn } from '../../stand-ins/slack-api.js';
import { fixtureBriefing } from './briefing-fixture.js';

let slack: SlackStandIn;

beforeAll(async () => {
  slack = await startSlackStandIn();
});
afterAll(async () => {
  await slack?.close();
});

function poster(retryConfig: webApi.RetryOptions = { retries: 0 }, slackApiUrl = slack.apiUrl, extra: Partial<webApi.WebClientOptions> = {}) {
  const logger = createBoltLogger(silentLogger());
  return createSlackPoster(new webApi.WebClient('xoxb-test', { slackApiUrl, retryConfig, logger, ...extra }), silentLogger());
}

async function failure(promise: Promise<unknown>): Promise<DeliveryError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DeliveryError);
  return error as DeliveryError;
}

const reply = { kind: 'briefing' as const, visibility: 'ephemeral' as const, briefing: fixtureBriefing() };

describe('Slack channel poster', () => {
  it('posts blocks and text fallback, tagged with the slot in message metadata', async () => {
    const posted = await poster().post('C0NEWS', reply, { slot: 'morning@2026-11-23T07:00:00.000Z' });
    const call = slack.apiCalls('chat.postMessage').at(-1)!;
    const expected = renderSlackReply({ ...reply, visibility: 'public' });
    expect(posted.messageId).toMatch(/^1700000000\.\d{6}$/);
    expect(call.authorization).toBe('Bearer xoxb-test');
    expect(call.body).toEqual({
      channel: 'C0NEWS',
      text: expected.text,
      blocks: expected.blocks,
      unfurl_links: 'false',
      unfurl_media: 'false',
      metadata: { event_type: DELIVERY_EVENT_TYPE, event_payload: { slot: 'morning@2026-11-23T07:00:00.000Z' } },
    });
  });

  it('says so when the post is late, and posts untagged when no tag is given', async () => {
    await poster().post('C0NEWS', reply, { slot: 's@1', late: true });
    const late = slack.apiCalls('chat.postMessage').at(-1)!;
    expect((late.body['blocks'] as unknown[])[1]).toEqual({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: '_Posted late: the bot was not running at the scheduled time._' }],
    });
    await poster().post('C0NEWS', reply);
    expect(slack.apiCalls('chat.postMessage').at(-1)!.body['metadata']).toBeUndefined();
  });

  it('retries a 429 once after Retry-After and the message arrives exactly once', async () => {
    const before = slack.apiCalls('chat.postMessage').length;
    slack.queue('chat.postMessage', { status: 429, headers: { 'retry-after': '1' }, body: { ok: false, error: 'ratelimited' } });
    const posted = await poster({ retries: 2, factor: 1, minTimeout: 10, maxTimeout: 10 }).post('C0RATE', reply, { slot: 'r@1' });
    const calls = slack.apiCalls('chat.postMessage').slice(before);
    expect(calls.map((c) => c.status)).toEqual([429, 200]);
    expect(calls.filter((c) => c.status === 200 && c.body['channel'] === 'C0RATE')).toHaveLength(1);
    expect(posted.messageId).toMatch(/^1700000000\.\d{6}$/);
  });

  it('maps channel_not_found, not_in_channel, is_archived and invalid_auth to permanent errors', async () => {
    for (const code of ['channel_not_found', 'not_in_channel', 'is_archived', 'invalid_auth', 'account_inactive', 'token_revoked']) {
      slack.queue('chat.postMessage', { body: { ok: false, error: code } });
      const error = await failure(poster().post('C0GONE', reply));
      expect([error.permanent, error.code]).toEqual([true, code]);
    }
  });

  it('maps a 429 without retries left to a transient error carrying Retry-After', async () => {
    slack.queue('chat.postMessage', { status: 429, headers: { 'retry-after': '1' } });
    const error = await failure(poster().post('C0NEWS', reply));
    expect([error.permanent, error.code, error.retryAfterMs]).toEqual([false, 'ratelimited', 1000]);

    slack.queue('chat.postMessage', { status: 429, headers: { 'retry-after': '30' } });
    const rejected = await failure(poster({ retries: 0 }, slack.apiUrl, { rejectRateLimitedCalls: true }).post('C0NEWS', reply));
    expect([rejected.permanent, rejected.code, rejected.retryAfterMs]).toEqual([false, 'ratelimited', 30_000]);
  });

  it('maps a 503 and an unreachable API to transient errors', async () => {
    slack.queue('chat.postMessage', { status: 503, body: 'upstream down' });
    const http = await failure(poster().post('C0NEWS', reply));
    expect([http.permanent, http.code]).toEqual([false, 'http_503']);

    // A port that was just free: nothing listens there.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const network = await failure(poster({ retries: 0 }, `http://127.0.0.1:${port}/api/`).post('C0NEWS', reply));
    expect([network.permanent, network.code]).toEqual([false, 'network']);
  });

  it('finds a tagged post on a later page of history, reading metadata since the given time', async () => {
    const pages = [
      {
        ok: true,
        messages: [{ ts: '1.1', metadata: { event_type: DELIVERY_EVENT_TYPE, event_payload: { slot: 'other@1' } } }, { ts: '1.2' }],
        has_more: true,
        response_metadata: { next_cursor: 'page2' },
      },
      {
        ok: true,
        messages: [{ ts: '1.3', metadata: { event_type: DELIVERY_EVENT_TYPE, event_payload: { slot: 'morning@1' } } }],
        has_more: false,
      },
    ];
    slack.queue('conversations.history', { body: pages[0] }, { body: pages[1] });
    const before = slack.apiCalls('conversations.history').length;
    const found = await poster().findTagged('C0NEWS', 'morning@1', new Date('2026-11-23T07:00:00Z'));
    expect(found).toEqual({ messageId: '1.3' });
    const calls = slack.apiCalls('conversations.history').slice(before);
    expect(calls.map((c) => c.body)).toEqual([
      { channel: 'C0NEWS', oldest: '1795417200.000000', include_all_metadata: 'true', limit: '200' },
      { channel: 'C0NEWS', oldest: '1795417200.000000', include_all_metadata: 'true', limit: '200', cursor: 'page2' },
    ]);
  });

  it('returns null when no post carries the slot, and a permanent error when the channel is gone', async () => {
    expect(await poster().findTagged('C0NEWS', 'never@1', new Date(0))).toBeNull();
    slack.queue('conversations.history', { body: { ok: false, error: 'channel_not_found' } });
    const error = await failure(poster().findTagged('C0GONE', 'x@1', new Date(0)));
    expect([error.permanent, error.code]).toEqual([true, 'channel_not_found']);
  });
});
