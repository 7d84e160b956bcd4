import { generateKeyPairSync, sign } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInteractionsHandler, type InteractionsHandler } from '../../../src/adapters/discord/interactions-endpoint.js';
import { startDiscordAdapter, type DiscordAdapter } from '../../../src/adapters/discord/start.js';
import type { CommandContext } from '../../../src/commands/dispatch.js';
import { buildCommandTable } from '../../../src/commands/table.js';
import { silentLogger } from '../../../src/logging/logger.js';
import { renderDiscordReply } from '../../../src/render/discord-embeds.js';
import { parseEnv } from '../../../src/settings/env.js';
import { interactionPayload, startDiscordStandIn, type DiscordStandIn, type InteractionOptionInput } from '../../stand-ins/discord-api.js';
import { subscriptionFixture, type SubscriptionFixture } from '../../commands/subscriptions/subscription-fixture.js';
import { fixtureLibrary, facebookBriefing } from './briefing-fixture.js';

/** A member's permissions with Manage Channels (1 << 4) added to the stand-in's default set, which lacks it. */
const MANAGER = String(2248473465835073n | 16n);
const CHANNEL = '600000000000000001';
const GUILD = '500000000000000001';

let standIn: DiscordStandIn;
let adapter: DiscordAdapter;
let fixture: SubscriptionFixture;
let context: CommandContext;

beforeAll(async () => {
  standIn = await startDiscordStandIn();
  fixture = subscriptionFixture({ now: '2026-03-02T09:00:00Z', services: { defaultTimezone: 'Europe/Brussels' } });
  context = { table: buildCommandTable({ aliases: [] }), library: fixtureLibrary([facebookBriefing]), subscriptions: fixture.services };
  adapter = await startDiscordAdapter({
    env: parseEnv({ DISCORD_TOKEN: 'test-token', DISCORD_APPLICATION_ID: standIn.applicationId, DISCORD_API_URL: standIn.apiUrl }),
    context,
    logger: silentLogger(),
    restOptions: { retries: 0 },
  });
});

afterAll(async () => {
  await adapter?.stop();
  await standIn?.close();
  fixture?.cleanup();
});

/** `/subscriptions <sub> …` over the gateway; resolves with the body the deferred reply was edited to. */
async function subscriptions(sub: string, options: InteractionOptionInput[], extra: { permissions?: string; direct?: boolean } = { permissions: MANAGER }) {
  const payload = interactionPayload({ applicationId: standIn.applicationId, name: 'subscriptions', subcommand: sub, options, ...extra });
  const token = payload.token as string;
  standIn.dispatch('INTERACTION_CREATE', payload);
  const [callback, edit] = await standIn.waitFor((c) => c.path.includes(`/${token}`), 2);
  expect(callback!.body).toEqual({ type: 5, data: { flags: 64 } });
  return (edit!.body as { embeds: unknown[] }).embeds;
}

async function autocomplete(sub: string, options: InteractionOptionInput[]) {
  const payload = interactionPayload({ applicationId: standIn.applicationId, name: 'subscriptions', subcommand: sub, options, autocomplete: true, permissions: MANAGER });
  standIn.dispatch('INTERACTION_CREATE', payload);
  const [callback] = await standIn.waitFor((c) => c.path.includes(`/${payload.token as string}`));
  return (callback!.body as { data: { choices: { name: string; value: string }[] } }).data.choices;
}

function embeds(title: string, lines: string[]) {
  return renderDiscordReply({ kind: 'message', visibility: 'ephemeral', title, lines })[0]!.embeds;
}

describe('Discord: /subscriptions (real discord.js against the stand-in)', () => {
  it('a member with Manage Channels adds one: the reply names it, with the next three runs in the chosen zone', async () => {
    expect(await subscriptions('add', [{ name: 'what', value: 'top 3' }, { name: 'when', value: 'weekdays 07:30' }, { name: 'timezone', value: 'America/New_York' }])).toEqual(
      embeds('Subscription 1 created.', ['What: top 3', 'When: weekdays 07:30 (America/New_York)', 'Next runs: 2026-03-02 07:30, 2026-03-03 07:30, 2026-03-04 07:30']),
    );
    expect((await fixture.store.get('1'))?.channel).toEqual({ platform: 'discord', channelId: CHANNEL });
    expect((await fixture.store.get('1'))?.scope).toBe(GUILD);
  });

  it('without timezone: the configured default zone', async () => {
    expect(await subscriptions('add', [{ name: 'what', value: 'facebook-data' }, { name: 'when', value: 'daily 08:00' }, { name: 'keywords', value: 'zuckerberg, -opinion' }])).toEqual(
      embeds('Subscription 2 created.', ['What: facebook-data', 'When: daily 08:00 (Europe/Brussels)', 'Keywords: zuckerberg, -opinion', 'Next runs: 2026-03-03 08:00, 2026-03-04 08:00, 2026-03-05 08:00']),
    );
  });

  it('a member without Manage Channels is refused on the server, whatever the client showed', async () => {
    const refusal = embeds('You cannot manage this channel’s subscriptions.', ['Members with the Manage Channels permission in this channel can manage its subscriptions.']);
    expect(await subscriptions('add', [{ name: 'what', value: 'top' }, { name: 'when', value: 'daily 09:00' }], {})).toEqual(refusal);
    expect(await subscriptions('remove', [{ name: 'id', value: '1' }], {})).toEqual(refusal);
    expect((await fixture.store.listAll()).map((s) => s.id)).toEqual(['1', '2']);
  });

  it('a DM cannot subscribe', async () => {
    expect(await subscriptions('add', [{ name: 'what', value: 'top' }, { name: 'when', value: 'daily 09:00' }], { direct: true })).toEqual(
      embeds('A direct message cannot subscribe.', ['Subscriptions post to a channel: run the command in the channel that should receive the briefings.']),
    );
  });

  it('lists, pauses, resumes and removes by id', async () => {
    expect(await subscriptions('list', [])).toEqual(
      embeds('Subscriptions in this channel (2)', [
        '1: top 3, weekdays 07:30 (America/New_York); next 2026-03-02 07:30',
        '2: facebook-data, daily 08:00 (Europe/Brussels), keywords zuckerberg, -opinion; next 2026-03-03 08:00',
      ]),
    );
    expect(await subscriptions('pause', [{ name: 'id', value: '2' }])).toEqual(
      embeds('Subscription 2 paused.', ['facebook-data, daily 08:00 (Europe/Brussels), keywords zuckerberg, -opinion']),
    );
    expect(await subscriptions('resume', [{ name: 'id', value: '2' }])).toEqual(
      embeds('Subscription 2 resumed.', ['facebook-data, daily 08:00 (Europe/Brussels), keywords zuckerberg, -opinion', 'Next runs: 2026-03-03 08:00, 2026-03-04 08:00, 2026-03-05 08:00']),
    );
    expect(await subscriptions('remove', [{ name: 'id', value: '1' }])).toEqual(embeds('Subscription 1 removed.', ['top 3, weekdays 07:30 (America/New_York)']));
    expect(await subscriptions('remove', [{ name: 'id', value: '1' }])).toEqual(
      embeds('No subscription “1” in this channel.', ['List this channel’s subscriptions to see their ids.']),
    );
  });

  it('bad input: unknown story, impossible time, too frequent, unknown zone', async () => {
    expect((await subscriptions('add', [{ name: 'what', value: 'nothing-like-this' }, { name: 'when', value: 'daily 08:00' }]))).toEqual(
      embeds('Not subscribed.', [
        'No story or feed matches “nothing-like-this”.',
        'Stories:',
        'facebook-data: Facebook faces questions over data sharing',
        'mentions: Ping @everyone',
        'Feeds: wire',
        'Or subscribe to top, to a feed URL, or to speaker:"Full Name".',
      ]),
    );
    expect(await subscriptions('add', [{ name: 'what', value: 'top' }, { name: 'when', value: 'daily 24:00' }])).toEqual(
      embeds('Not subscribed.', ['“24:00” is not a time of day; hours go from 00 to 23 and minutes from 00 to 59.']),
    );
    expect(await subscriptions('add', [{ name: 'what', value: 'top' }, { name: 'when', value: '0,30 8 * * *' }])).toEqual(
      embeds('Not subscribed.', ['“0,30 8 * * *” runs more often than once every 1 h (2026-03-03 08:00 and 2026-03-03 08:30); the minimum interval here is 1 h.']),
    );
    expect(await subscriptions('add', [{ name: 'what', value: 'top' }, { name: 'when', value: 'daily 08:00' }, { name: 'timezone', value: 'Europe/Atlantis' }])).toEqual(
      embeds('Not subscribed.', ['Unknown time zone “Europe/Atlantis”: use an IANA zone such as Europe/Brussels, America/New_York or UTC.']),
    );
  });

  it('autocompletes zones, what and this channel’s ids', async () => {
    expect(await autocomplete('add', [{ name: 'timezone', value: 'brus', focused: true }])).toEqual([{ name: 'Europe/Brussels', value: 'Europe/Brussels' }]);
    expect(await autocomplete('add', [{ name: 'what', value: 'fa', focused: true }])).toEqual([
      { name: 'Facebook faces questions over data sharing (facebook-data)', value: 'facebook-data' },
    ]);
    expect((await autocomplete('add', [{ name: 'what', value: '', focused: true }])).map((c) => c.value)).toEqual(['top', 'top 3', 'wire', 'facebook-data', 'mentions']);
    expect(await autocomplete('pause', [{ name: 'id', value: '', focused: true }])).toEqual([
      { name: '2: facebook-data, daily 08:00 (Europe/Brussels), keywords zuckerberg, -opinion', value: '2' },
    ]);
  });
});

describe('Discord: /subscriptions over the HTTP interactions endpoint', () => {
  const keys = generateKeyPairSync('ed25519');
  const publicKeyHex = keys.publicKey.export({ format: 'der', type: 'spki' }).subarray(12).toString('hex');
  let handler: InteractionsHandler;
  let server: Server;
  let endpoint: string;

  beforeAll(async () => {
    handler = createInteractionsHandler({ publicKey: publicKeyHex, context, logger: silentLogger(), clock: fixture.clock, apiUrl: standIn.apiUrl, restOptions: { retries: 0 } });
    server = createServer((req, res) => handler(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  async function post(payload: Record<string, unknown>) {
    const body = JSON.stringify(payload);
    const timestamp = String(Math.floor(fixture.clock.now().getTime() / 1000));
    const signature = sign(null, Buffer.from(timestamp + body), keys.privateKey).toString('hex');
    const res = await fetch(endpoint, { method: 'POST', body, headers: { 'content-type': 'application/json', 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp } });
    return { status: res.status, body: (await res.json()) as unknown };
  }

  it('reads the member’s permissions from the body: a manager adds, others are refused', async () => {
    const add = interactionPayload({ applicationId: standIn.applicationId, name: 'subscriptions', subcommand: 'add', permissions: MANAGER, options: [{ name: 'what', value: 'top' }, { name: 'when', value: 'every 6h' }] });
    expect(await post(add)).toEqual({ status: 200, body: { type: 5, data: { flags: 64 } } });
    await handler.drain();
    const [edit] = standIn.calls.filter((c) => c.path.includes(add.token as string));
    expect((edit!.body as { embeds: unknown[] }).embeds).toEqual(
      embeds('Subscription 3 created.', ['What: top', 'When: every 6h (Europe/Brussels)', 'Next runs: 2026-03-02 12:00, 2026-03-02 18:00, 2026-03-03 00:00']),
    );
    const refused = interactionPayload({ applicationId: standIn.applicationId, name: 'subscriptions', subcommand: 'pause', options: [{ name: 'id', value: '3' }] });
    await post(refused);
    await handler.drain();
    const [refusal] = standIn.calls.filter((c) => c.path.includes(refused.token as string));
    expect((refusal!.body as { embeds: unknown[] }).embeds).toEqual(
      embeds('You cannot manage this channel’s subscriptions.', ['Members with the Manage Channels permission in this channel can manage its subscriptions.']),
    );
  });

  it('autocompletes ids from the store in the response itself', async () => {
    const payload = interactionPayload({ applicationId: standIn.applicationId, name: 'subscriptions', subcommand: 'remove', autocomplete: true, permissions: MANAGER, options: [{ name: 'id', value: '3', focused: true }] });
    expect(await post(payload)).toEqual({ status: 200, body: { type: 8, data: { choices: [{ name: '3: top, every 6h (Europe/Brussels)', value: '3' }] } } });
  });
});
