import { generateKeyPairSync, sign } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInteractionsHandler, type InteractionsHandler } from '../../../src/adapters/discord/interactions-endpoint.js';
import { startDiscordAdapter, type DiscordAdapter } from '../../../src/adapters/discord/start.js';
import { parseEnv } from '../../../src/settings/env.js';
import { buildCommandTable } from '../../../src/commands/table.js';
import { silentLogger } from '../../../src/logging/logger.js';
import { cardSettings } from '../../../src/settings/commands.js';
import { interactionPayload, startDiscordStandIn, type DiscordStandIn, type RecordedCall } from '../../stand-ins/discord-api.js';
import { FakeClock } from '../../schedule/helpers.js';
import { fixtureLibrary } from './briefing-fixture.js';

const keys = generateKeyPairSync('ed25519');
const publicKeyHex = keys.publicKey.export({ format: 'der', type: 'spki' }).subarray(12).toString('hex');
const clock = new FakeClock('2026-03-02T09:00:00Z');

let standIn: DiscordStandIn;
let handler: InteractionsHandler;
let server: Server;
let endpoint: string;
let gateway: DiscordAdapter;

beforeAll(async () => {
  standIn = await startDiscordStandIn();
  handler = createInteractionsHandler({
    publicKey: publicKeyHex,
    context: { table: buildCommandTable({ aliases: [] }), library: fixtureLibrary() },
    logger: silentLogger(),
    clock,
    apiUrl: standIn.apiUrl,
    restOptions: { retries: 0 },
    cards: cardSettings(undefined),
  });
  server = createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  gateway = await startDiscordAdapter({
    env: parseEnv({ DISCORD_TOKEN: 'test-token', DISCORD_APPLICATION_ID: standIn.applicationId, DISCORD_API_URL: standIn.apiUrl }),
    context: { table: buildCommandTable({ aliases: [] }), library: fixtureLibrary() },
    logger: silentLogger(),
    restOptions: { retries: 0 },
    cards: cardSettings(undefined),
  });
});

afterAll(async () => {
  await gateway?.stop();
  await new Promise<void>((resolve) => server?.close(() => resolve()));
  await standIn?.close();
});

async function quotes(): Promise<RecordedCall[]> {
  const payload = interactionPayload({ applicationId: standIn.applicationId, name: 'quotes' });
  const body = JSON.stringify(payload);
  const timestamp = String(Math.floor(clock.now().getTime() / 1000));
  const headers = { 'content-type': 'application/json', 'x-signature-ed25519': sign(null, Buffer.from(timestamp + body), keys.privateKey).toString('hex'), 'x-signature-timestamp': timestamp };
  expect((await fetch(endpoint, { method: 'POST', body, headers })).status).toBe(200);
  await handler.drain();
  return standIn.calls.filter((c) => c.path.includes(payload.token as string));
}

type Embed = { author?: { name: string }; description?: string; image?: { url: string } };

describe('quote cards in Discord answers (discord.js REST, multipart to the stand-in)', () => {
  it('sends each card as a multipart attachment shown in its quote’s embed, with the quote as description', async () => {
    const [edit] = await quotes();
    const body = edit!.body as { embeds: Embed[]; attachments: { id: number; filename: string; description: string }[] };
    expect(edit!.method).toBe('PATCH');
    expect(body.attachments).toEqual([
      { id: 0, filename: '01-mark-zuckerberg.png', description: '“We made mistakes” — Mark Zuckerberg, Facebook CEO' },
      { id: 1, filename: '02-mark-zuckerberg.png', description: '“It was a breach of trust” — Mark Zuckerberg, Facebook CEO' },
      { id: 2, filename: '03-damian-collins.png', description: '“Facebook must answer” — Damian Collins' },
    ]);
    expect(body.embeds.filter((e) => e.author).map((e) => e.image?.url)).toEqual([
      'attachment://01-mark-zuckerberg.png',
      'attachment://02-mark-zuckerberg.png',
      'attachment://03-damian-collins.png',
    ]);
    expect(edit!.files!.map((f) => [f.field, f.name])).toEqual([
      ['files[0]', '01-mark-zuckerberg.png'],
      ['files[1]', '02-mark-zuckerberg.png'],
      ['files[2]', '03-damian-collins.png'],
    ]);
    const png = PNG.sync.read(edit!.files![0]!.data);
    expect([png.width, png.height]).toEqual([1200, 675]);
  });

  it('a refused upload still posts the text answer, without images', async () => {
    standIn.intercept((call) => (call.files ? { status: 413, body: { message: 'Request entity too large', code: 40005 } } : undefined), 1);
    const calls = await quotes();
    expect(calls.map((c) => [c.method, c.status, c.files ? 'files' : 'text'])).toEqual([
      ['PATCH', 413, 'files'],
      ['PATCH', 200, 'text'],
    ]);
    const text = calls[1]!.body as { embeds: Embed[]; attachments?: unknown };
    expect(text.embeds.filter((e) => e.author).map((e) => e.description)).toEqual(['“We made mistakes”', '“It was a breach of trust”', '“Facebook must answer”']);
    expect(text.embeds.some((e) => e.image)).toBe(false);
  });

  it('the gateway path (discord.js editReply) sends the same attachments and embeds', async () => {
    const payload = interactionPayload({ applicationId: standIn.applicationId, name: 'quotes' });
    standIn.dispatch('INTERACTION_CREATE', payload);
    const [, edit] = await standIn.waitFor((c) => c.path.includes(payload.token as string), 2);
    const body = edit!.body as { embeds: Embed[]; attachments: { id: string; description: string }[] };
    expect(edit!.method).toBe('PATCH');
    // discord.js numbers the attachments itself (ids as strings; the file name comes from the files[n] part).
    expect(body.attachments.map((a) => [a.id, a.description])).toEqual([
      ['0', '“We made mistakes” — Mark Zuckerberg, Facebook CEO'],
      ['1', '“It was a breach of trust” — Mark Zuckerberg, Facebook CEO'],
      ['2', '“Facebook must answer” — Damian Collins'],
    ]);
    expect(body.embeds.filter((e) => e.author).map((e) => e.image?.url)).toEqual([
      'attachment://01-mark-zuckerberg.png',
      'attachment://02-mark-zuckerberg.png',
      'attachment://03-damian-collins.png',
    ]);
    expect(edit!.files!.map((f) => f.name)).toEqual(['01-mark-zuckerberg.png', '02-mark-zuckerberg.png', '03-damian-collins.png']);
  });
});
