import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInteractionsHandler, type InteractionsHandler } from '../../../src/adapters/discord/interactions-endpoint.js';
import { startDiscordAdapter, type DiscordAdapter } from '../../../src/adapters/discord/start.js';
import type { CommandContext } from '../../../src/commands/dispatch.js';
import { buildCommandTable } from '../../../src/commands/table.js';
import { silentLogger } from '../../../src/logging/logger.js';
import { parseEnv } from '../../../src/settings/env.js';
import { interactionPayload, startDiscordStandIn, type DiscordStandIn, type RecordedCall } from '../../stand-ins/discord-api.js';
import { FakeClock } from '../../schedule/helpers.js';
import { fixtureLibrary, manyQuotesBriefing } from './briefing-fixture.js';

const context: CommandContext = { table: buildCommandTable({ aliases: [] }), library: fixtureLibrary([manyQuotesBriefing(25)]) };
const keys = generateKeyPairSync('ed25519');
const otherKeys = generateKeyPairSync('ed25519');
const publicKeyHex = keys.publicKey.export({ format: 'der', type: 'spki' }).subarray(12).toString('hex');
const clock = new FakeClock('2026-03-02T09:00:00Z');
const nowSeconds = () => Math.floor(clock.now().getTime() / 1000);

let standIn: DiscordStandIn;
let gateway: DiscordAdapter;
let handler: InteractionsHandler;
let server: Server;
let endpoint: string;

beforeAll(async () => {
  standIn = await startDiscordStandIn();
  handler = createInteractionsHandler({ publicKey: publicKeyHex, context, logger: silentLogger(), clock, apiUrl: standIn.apiUrl, restOptions: { retries: 0 } });
  server = createServer((req, res) => {
    if (req.url === '/discord/interactions') handler(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/discord/interactions`;
  gateway = await startDiscordAdapter({
    env: parseEnv({ DISCORD_TOKEN: 'test-token', DISCORD_APPLICATION_ID: standIn.applicationId, DISCORD_API_URL: standIn.apiUrl }),
    context,
    logger: silentLogger(),
    restOptions: { retries: 0 },
  });
});

afterAll(async () => {
  await gateway?.stop();
  await new Promise<void>((resolve) => server?.close(() => resolve()));
  await standIn?.close();
});

function signed(body: string, privateKey: KeyObject = keys.privateKey, timestamp = String(nowSeconds())) {
  return {
    'content-type': 'application/json',
    'x-signature-ed25519': sign(null, Buffer.from(timestamp + body), privateKey).toString('hex'),
    'x-signature-timestamp': timestamp,
  };
}

async function post(body: string, headers: Record<string, string>) {
  const res = await fetch(endpoint, { method: 'POST', body, headers });
  return { status: res.status, body: (await res.json()) as unknown };
}

/** The parts of a message body that reach the reader (discord.js adds `tts: false`, `enforce_nonce: false`). */
function visible(call: RecordedCall) {
  const b = call.body as Record<string, unknown>;
  return { method: call.method, content: b.content, embeds: b.embeds, allowed_mentions: b.allowed_mentions, flags: b.flags };
}

describe('Discord HTTP interactions endpoint', () => {
  it('answers PING with PONG', async () => {
    const body = JSON.stringify({ type: 1, id: '1', application_id: standIn.applicationId, token: 'x', version: 1 });
    expect(await post(body, signed(body))).toEqual({ status: 200, body: { type: 1 } });
  });

  it('refuses a tampered body, a wrong key, missing headers and a stale timestamp with 401', async () => {
    const body = JSON.stringify({ type: 1 });
    const good = signed(body);
    expect(await post(JSON.stringify({ type: 1, x: 1 }), good)).toEqual({ status: 401, body: { error: 'invalid request signature' } });
    expect(await post(body, signed(body, otherKeys.privateKey))).toEqual({ status: 401, body: { error: 'invalid request signature' } });
    expect(await post(body, { 'content-type': 'application/json' })).toEqual({ status: 401, body: { error: 'invalid request signature' } });
    expect(await post(body, { ...good, 'x-signature-ed25519': 'zz' })).toEqual({ status: 401, body: { error: 'invalid request signature' } });
    const stale = String(nowSeconds() - 3600);
    expect(await post(body, signed(body, keys.privateKey, stale))).toEqual({ status: 401, body: { error: 'invalid request signature' } });
  });

  it('answers autocomplete in the response itself', async () => {
    const body = JSON.stringify(
      interactionPayload({ applicationId: standIn.applicationId, name: 'briefing', autocomplete: true, options: [{ name: 'story', value: 'ment', focused: true }] }),
    );
    expect(await post(body, signed(body))).toEqual({
      status: 200,
      body: { type: 8, data: { choices: [{ name: 'Ping @everyone (mentions)', value: 'mentions' }] } },
    });
  });

  it('defers a command, then posts the same bodies the gateway path posts', async () => {
    const options = [{ name: 'story', value: 'many-quotes' }];
    const viaHttp = interactionPayload({ applicationId: standIn.applicationId, name: 'quotes', options });
    const body = JSON.stringify(viaHttp);
    expect(await post(body, signed(body))).toEqual({ status: 200, body: { type: 5, data: { flags: 64 } } });
    await handler.drain();
    const httpCalls = standIn.calls.filter((c) => c.path.includes(viaHttp.token as string));
    expect(httpCalls.map((c) => `${c.method} ${c.path.replace(/tok-\d+/, 'TOKEN')}`)).toEqual([
      `PATCH /webhooks/${standIn.applicationId}/TOKEN/messages/@original`,
      `POST /webhooks/${standIn.applicationId}/TOKEN`,
      `POST /webhooks/${standIn.applicationId}/TOKEN`,
    ]);
    expect(httpCalls.every((c) => c.authorization === undefined)).toBe(true);

    const viaGateway = interactionPayload({ applicationId: standIn.applicationId, name: 'quotes', options });
    standIn.dispatch('INTERACTION_CREATE', viaGateway);
    const gatewayCalls = await standIn.waitFor((c) => c.path.includes(viaGateway.token as string), 4);
    expect(gatewayCalls[0]!.body).toEqual({ type: 5, data: { flags: 64 } });
    expect(httpCalls.map(visible)).toEqual(gatewayCalls.slice(1).map(visible));
    expect(httpCalls.map((c) => (c.body as { embeds: unknown[] }).embeds.length)).toEqual([10, 10, 5]);
    expect(visible(httpCalls[0]!).content).toBe('**Quotes: A story with many quotes**');
  });

  it('a public request for an unknown story: the placeholder is deleted and the hint sent privately', async () => {
    const payload = interactionPayload({
      applicationId: standIn.applicationId,
      name: 'briefing',
      options: [{ name: 'story', value: 'zzz' }, { name: 'public', value: true }],
    });
    const body = JSON.stringify(payload);
    expect(await post(body, signed(body))).toEqual({ status: 200, body: { type: 5, data: { flags: 0 } } });
    await handler.drain();
    const calls = standIn.calls.filter((c) => c.path.includes(payload.token as string));
    expect(calls.map((c) => c.method)).toEqual(['DELETE', 'POST']);
    const hint = calls[1]!.body as { flags: number; embeds: { title: string }[]; allowed_mentions: unknown };
    expect(hint.flags).toBe(64);
    expect(hint.allowed_mentions).toEqual({ parse: [] });
    expect(hint.embeds[0]!.title).toBe('No story matches “zzz”.');
  });

  it('refuses other methods and bodies that are not JSON', async () => {
    expect((await fetch(endpoint)).status).toBe(405);
    const body = 'not json';
    expect(await post(body, signed(body))).toEqual({ status: 400, body: { error: 'body is not JSON' } });
  });
});

describe('Discord HTTP interactions endpoint: malformed bodies and replays', () => {
  const command = (data: unknown, type = 2) => JSON.stringify({ type, id: '1200000000000000001', application_id: standIn.applicationId, token: 'tok-odd', data });

  it('answers each malformed signed body 400 with the field that was wrong, and still answers a good command after them', async () => {
    const odd: [string, string][] = [
      ['null', 'Invalid input: expected object, received null'],
      ['"briefing"', 'Invalid input: expected object, received string'],
      ['[]', 'Invalid input: expected object, received array'],
      ['{}', 'type: Invalid input: expected number, received undefined'],
      ['{"type":"2"}', 'type: Invalid input: expected number, received string'],
      [command(null), 'data: Invalid input: expected object, received null'],
      [command({ name: 'briefing', options: 'story' }), 'data.options: Invalid input: expected array, received string'],
      [command({ name: 'briefing', options: { story: 'x' } }), 'data.options: Invalid input: expected array, received object'],
      [command({ name: 'briefing', options: [null] }), 'data.options.0: Invalid input: expected object, received null'],
      [command({ name: 'briefing', options: [{}] }), 'data.options.0.name: Invalid input: expected string, received undefined'],
      [command({ name: 'briefing', options: 'story' }, 4), 'data.options: Invalid input: expected array, received string'],
      [command({ name: 'briefing', options: { story: 'x' } }, 4), 'data.options: Invalid input: expected array, received object'],
      [command({ name: 'briefing', options: [null] }, 4), 'data.options.0: Invalid input: expected object, received null'],
      [command({ name: 'briefing', options: [{}] }, 4), 'data.options.0.name: Invalid input: expected string, received undefined'],
      [command({ name: 'briefing', options: [{ name: 'story', type: 3, value: { x: 1 }, focused: true }] }, 4), 'data.options.0.value: Invalid input'],
      [JSON.stringify({ type: 2, id: '1', application_id: '2', token: '../../channels/1/messages', data: { name: 'briefing' } }), 'token: expected an interaction token'],
    ];
    const answers = [];
    for (const [body] of odd) answers.push(await post(body, signed(body)));
    expect(answers).toEqual(odd.map(([, problem]) => ({ status: 400, body: { error: `invalid interaction: ${problem}` } })));
    const notJson = '{"type":';
    expect(await post(notJson, signed(notJson))).toEqual({ status: 400, body: { error: 'body is not JSON' } });
    await handler.drain();
    expect(standIn.calls.filter((c) => c.path.includes('tok-odd') || c.path.includes('channels/1'))).toEqual([]);

    const good = JSON.stringify(interactionPayload({ applicationId: standIn.applicationId, name: 'briefing', options: [{ name: 'story', value: 'many-quotes' }] }));
    expect(await post(good, signed(good))).toEqual({ status: 200, body: { type: 5, data: { flags: 64 } } });
  });

  it('refuses a replayed request with 401 and sends its answer once', async () => {
    const payload = interactionPayload({ applicationId: standIn.applicationId, name: 'briefing', options: [{ name: 'story', value: 'many-quotes' }, { name: 'public', value: true }] });
    const body = JSON.stringify(payload);
    const headers = signed(body);
    expect(await post(body, headers)).toEqual({ status: 200, body: { type: 5, data: { flags: 0 } } });
    clock.advance(60_000);
    expect(await post(body, headers)).toEqual({ status: 401, body: { error: 'request already received' } });
    clock.advance(200_000);
    expect(await post(body, headers)).toEqual({ status: 401, body: { error: 'request already received' } });
    await handler.drain();
    expect(standIn.calls.filter((c) => c.path.includes(payload.token as string)).map((c) => c.method)).toEqual(['PATCH']);
  });

  it('refuses timestamps more than 5 minutes ahead (+6 min, +1 h, +1 year) and accepts +4 min', async () => {
    const ping = (n: number) => JSON.stringify({ type: 1, id: String(n), application_id: standIn.applicationId, token: 'x', version: 1 });
    const ahead = async (seconds: number, n: number) => post(ping(n), signed(ping(n), keys.privateKey, String(nowSeconds() + seconds)));
    const refused = { status: 401, body: { error: 'invalid request signature' } };
    expect(await ahead(6 * 60, 1)).toEqual(refused);
    expect(await ahead(3600, 2)).toEqual(refused);
    expect(await ahead(365 * 24 * 3600, 3)).toEqual(refused);
    expect(await ahead(4 * 60, 4)).toEqual({ status: 200, body: { type: 1 } });
  });
});
