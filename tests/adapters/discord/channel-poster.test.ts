import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordPoster, lateNote, slotNonce } from '../../../src/adapters/discord/channel-poster.js';
import { createDiscordRest } from '../../../src/adapters/discord/rest-client.js';
import { DeliveryError } from '../../../src/contracts/delivery-error.js';
import { silentLogger } from '../../../src/logging/logger.js';
import { embedLength, renderDiscordReply, type DiscordEmbed } from '../../../src/render/discord-embeds.js';
import { startDiscordStandIn, type DiscordStandIn } from '../../stand-ins/discord-api.js';
import { facebookBriefing, manyQuotesBriefing, mentionsBriefing } from './briefing-fixture.js';

let standIn: DiscordStandIn;
beforeAll(async () => {
  standIn = await startDiscordStandIn();
});
afterAll(async () => {
  await standIn?.close();
});

function poster() {
  return createDiscordPoster(createDiscordRest(standIn.apiUrl, 'test-token', { retries: 0 }), silentLogger());
}
const briefingReply = { kind: 'briefing', visibility: 'public', briefing: facebookBriefing } as const;
const slot = 'morning@2026-11-23T08:00:00.000Z';

async function failure(promise: Promise<unknown>): Promise<DeliveryError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DeliveryError);
  return error as DeliveryError;
}

describe('Discord channel poster', () => {
  it('derives a 25-character nonce from the slot', () => {
    expect(slotNonce(slot)).toHaveLength(25);
    expect(slotNonce(slot)).toBe(slotNonce(slot));
    expect(slotNonce(slot)).not.toBe(slotNonce('evening@2026-11-23T18:00:00.000Z'));
    expect(slotNonce(slot, 1)).not.toBe(slotNonce(slot));
  });

  it('posts a tagged briefing with the bot token, a nonce, enforce_nonce and no mentions', async () => {
    const posted = await poster().post('111', briefingReply, { slot });
    const call = standIn.calls.find((c) => c.method === 'POST' && c.path === '/channels/111/messages')!;
    const expected = renderDiscordReply(briefingReply, { marker: `newsbrief ref ${slotNonce(slot)}` })[0]!;
    expect(call.authorization).toBe('Bot test-token');
    expect(call.body).toEqual({ ...expected, nonce: slotNonce(slot), enforce_nonce: true });
    expect((call.body as { embeds: { footer: { text: string } }[] }).embeds[0]!.footer.text).toBe(
      `3 quotes from 2 speakers: /quotes · newsbrief ref ${slotNonce(slot)}`,
    );
    expect(posted).toEqual({ messageId: standIn.channels.get('111')![0]!.id });
  });

  it('a repeat of the same slot is the same message (Discord’s enforce_nonce)', async () => {
    const first = await poster().post('112', briefingReply, { slot });
    const again = await poster().post('112', briefingReply, { slot });
    expect(again).toEqual(first);
    expect(standIn.channels.get('112')).toHaveLength(1);
  });

  it('says a catch-up post is late, with the due time', async () => {
    await poster().post('113', briefingReply, { slot, late: true });
    expect(standIn.channels.get('113')![0]!.content).toBe('Posted late: this briefing was due <t:1795420800:f>.');
    expect(lateNote('odd-slot')).toBe('Posted late: this briefing missed its scheduled time.');
  });

  it('an untagged post of article text with @everyone pings no one', async () => {
    await poster().post('114', { kind: 'briefing', visibility: 'public', briefing: mentionsBriefing });
    const call = standIn.calls.find((c) => c.path === '/channels/114/messages')!;
    expect(call.body).toEqual(renderDiscordReply({ kind: 'briefing', visibility: 'public', briefing: mentionsBriefing })[0]);
    expect((call.body as { allowed_mentions: unknown }).allowed_mentions).toEqual({ parse: [] });
  });

  it('posts 80 quotes as 3 messages with their own nonces and returns the first', async () => {
    const briefing = manyQuotesBriefing(80);
    const posted = await poster().post('115', { kind: 'quotes', visibility: 'public', briefing, quotes: briefing.quotes, heading: 'Quotes' }, { slot });
    const messages = standIn.channels.get('115')!;
    expect(messages.map((m) => m.embeds.length)).toEqual([10, 10, 10]);
    expect(messages.map((m) => m.nonce)).toEqual([slotNonce(slot), slotNonce(slot, 1), slotNonce(slot, 2)]);
    expect(messages[2]!.content).toBe('…and 50 more quotes: narrow it down with the speaker or story option.');
    expect(posted).toEqual({ messageId: messages[0]!.id });
  });

  it('marks each message of a post in several parts with its part, so a retry sends only the missing ones', async () => {
    const briefing = manyQuotesBriefing(25);
    const reply = { kind: 'quotes', visibility: 'public', briefing, quotes: briefing.quotes, heading: 'Quotes' } as const;
    const since = new Date('2026-01-01T00:00:00Z');
    // The last part fails: parts 1 and 2 of 3 are in the channel.
    let seen = 0;
    standIn.intercept((call) => (call.method === 'POST' && call.path === '/channels/140/messages' && ++seen === 3 ? { status: 502, body: { message: 'Bad Gateway', code: 0 } } : undefined), 1);
    await expect(poster().post('140', reply, { slot })).rejects.toThrow('502');
    const footers = () => standIn.channels.get('140')!.map((m) => (m.embeds as { footer?: { text: string } }[]).map((e) => e.footer?.text ?? null).filter(Boolean));
    expect(footers()).toEqual([[`newsbrief ref ${slotNonce(slot)} · 1/3`], [`newsbrief ref ${slotNonce(slot, 1)} · 2/3`]]);
    const first = standIn.channels.get('140')![0]!.id;
    expect(await poster().findTagged('140', slot, since)).toEqual({ messageId: first, partial: true });

    const calls = standIn.calls.length;
    expect(await poster().post('140', reply, { slot, resume: true })).toEqual({ messageId: first });
    expect(standIn.calls.slice(calls).map((c) => `${c.method} ${c.status}`)).toEqual(['GET 200', 'POST 200']);
    expect(footers()).toEqual([[`newsbrief ref ${slotNonce(slot)} · 1/3`], [`newsbrief ref ${slotNonce(slot, 1)} · 2/3`], [`newsbrief ref ${slotNonce(slot, 2)} · 3/3`]]);
    expect(await poster().findTagged('140', slot, since)).toEqual({ messageId: first });
  });

  it('every message of a post in several parts stays within Discord’s 6000 characters once marked, whatever the quote length', async () => {
    const totals: number[] = [];
    // Steps of 7 characters: a page of 5 or more cards lands within the marker's length of the limit for some length.
    for (let length = 900; length <= 1500; length += 7) {
      const briefing = manyQuotesBriefing(30);
      const quotes = briefing.quotes.map((q) => ({ ...q, text: 'x'.repeat(length) }));
      const channel = String(200 + length);
      await poster().post(channel, { kind: 'quotes', visibility: 'public', briefing: { ...briefing, quotes }, quotes, heading: 'Quotes' }, { slot });
      for (const m of standIn.channels.get(channel)!) totals.push((m.embeds as DiscordEmbed[]).reduce((n, e) => n + embedLength(e), 0));
    }
    expect(totals.filter((n) => n > 6000)).toEqual([]);
    expect(Math.max(...totals)).toBeGreaterThan(5900);
  });

  it('finds the tagged post again by its footer, and nothing for another slot', async () => {
    const posted = await poster().post('116', briefingReply, { slot });
    await poster().post('116', briefingReply);
    const since = new Date(Date.now() - 60_000);
    expect(await poster().findTagged('116', slot, since)).toEqual(posted);
    expect(await poster().findTagged('116', 'evening@2026-11-23T18:00:00.000Z', since)).toBeNull();
    expect(await poster().findTagged('999', slot, since)).toBeNull();
  });

  it('waits out a 429 with retry_after and sends the message exactly once', async () => {
    standIn.intercept(
      (call) =>
        call.method === 'POST' && call.path === '/channels/117/messages'
          ? {
              status: 429,
              headers: { 'retry-after': '0.05', 'x-ratelimit-scope': 'user' },
              body: { message: 'You are being rate limited.', retry_after: 0.05, global: false },
            }
          : undefined,
      1,
    );
    const posted = await poster().post('117', briefingReply, { slot });
    const calls = standIn.calls.filter((c) => c.path === '/channels/117/messages');
    expect(calls.map((c) => c.status)).toEqual([429, 200]);
    expect(standIn.channels.get('117')!.map((m) => m.id)).toEqual([posted.messageId]);
  });

  it('a long rate limit fails at once as transient, with the time to wait', async () => {
    standIn.intercept(
      (call) =>
        call.path === '/channels/118/messages'
          ? { status: 429, headers: { 'retry-after': '30' }, body: { message: 'You are being rate limited.', retry_after: 30, global: false } }
          : undefined,
      1,
    );
    const error = await failure(poster().post('118', briefingReply));
    expect([error.permanent, error.code]).toEqual([false, '429']);
    expect(error.retryAfterMs).toBeGreaterThanOrEqual(30_000);
    expect(standIn.channels.get('118')).toBeUndefined();
  });

  it('maps Discord errors to permanent or transient delivery errors', async () => {
    const answers: Record<string, { status: number; body: unknown }> = {
      '201': { status: 404, body: { message: 'Unknown Channel', code: 10003 } },
      '202': { status: 403, body: { message: 'Missing Access', code: 50001 } },
      '203': { status: 403, body: { message: 'Missing Permissions', code: 50013 } },
      '204': { status: 500, body: { message: 'Internal Server Error', code: 0 } },
    };
    standIn.intercept((call) => {
      const channel = /^\/channels\/(20\d)\/messages$/.exec(call.path)?.[1];
      return channel ? answers[channel] : undefined;
    });
    const unknown = await failure(poster().post('201', briefingReply));
    expect([unknown.permanent, unknown.code]).toEqual([true, '10003']);
    const access = await failure(poster().post('202', briefingReply));
    expect([access.permanent, access.code]).toEqual([true, '50001']);
    const permissions = await failure(poster().post('203', briefingReply));
    expect([permissions.permanent, permissions.code]).toEqual([true, '50013']);
    const server = await failure(poster().post('204', briefingReply));
    expect([server.permanent, server.code]).toEqual([false, '500']);
  });

  it('an invalid token is permanent', async () => {
    standIn.intercept((call) => (call.path === '/channels/205/messages' ? { status: 401, body: { message: '401: Unauthorized', code: 0 } } : undefined));
    const error = await failure(poster().post('205', briefingReply));
    expect([error.permanent, error.code, error.message]).toEqual([true, '401', 'Discord: invalid bot token (401)']);
  });

  it('an unreachable API is transient', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const rest = createDiscordRest(`http://127.0.0.1:${port}/api`, 'test-token', { retries: 0 });
    const error = await failure(createDiscordPoster(rest, silentLogger()).post('1', briefingReply));
    expect([error.permanent, error.code]).toEqual([false, 'network']);
  });
});
