/**
 * A local stand-in for Discord: the REST API (under /api/v10) and the gateway (WebSocket, JSON, no
 * compression) on one 127.0.0.1 port. It records every REST call so tests can assert exactly what the
 * real discord.js / @discordjs/rest sent. See /docs/discord.md ("Testing") for how to use it.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface RecordedCall {
  method: string;
  /** Path below /api/v10, e.g. "/channels/42/messages" (webhook "@original" decoded). */
  path: string;
  query: Record<string, string>;
  /** Only the Authorization header is kept ("Bot …" or undefined). */
  authorization?: string;
  body: unknown;
  /** Files of a multipart request (discord.js sends `files[n]` parts beside `payload_json`, which becomes `body`). */
  files?: { field: string; name: string; data: Buffer }[];
  /** The status the stand-in answered. */
  status: number;
}

export interface StandInResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Returns a response to take over a call, or undefined to let the default routes answer it. */
export type Interceptor = (call: Omit<RecordedCall, 'status'>) => StandInResponse | undefined;

export interface StoredMessage {
  id: string;
  channel_id: string;
  content: string;
  embeds: unknown[];
  timestamp: string;
  /** Kept for enforce_nonce; like Discord, not returned when messages are read back. */
  nonce?: string;
  [key: string]: unknown;
}

export interface DiscordStandIn {
  /** For `rest.api` / DISCORD_API_URL: "http://127.0.0.1:PORT/api". */
  apiUrl: string;
  applicationId: string;
  botUserId: string;
  calls: RecordedCall[];
  /** Channel messages by channel id, oldest first. */
  channels: Map<string, StoredMessage[]>;
  /** Adds an interceptor; with `times` it is removed after answering that many calls. */
  intercept(interceptor: Interceptor, times?: number): void;
  /** Resolves with the matching calls once `count` calls match (already recorded ones count too). */
  waitFor(predicate: (call: RecordedCall) => boolean, count?: number): Promise<RecordedCall[]>;
  /** Resolves when a gateway client has identified and been sent READY. */
  waitForReady(): Promise<void>;
  /** Sends a gateway dispatch (op 0) to every connected client. */
  dispatch(t: string, d: unknown): void;
  /** IDENTIFY payloads received (tokens included: tests check intents). */
  identifies: { token?: string; intents?: number }[];
  close(): Promise<void>;
}

export interface StandInOptions {
  applicationId?: string;
  botUserId?: string;
  /** Never answer IDENTIFY with READY (to test a bot that cannot finish connecting). */
  withholdReady?: boolean;
}

let snowflake = 1_100_000_000_000_000_000n;
/** Increasing ids shaped like Discord snowflakes. */
export function nextSnowflake(): string {
  snowflake += 1n;
  return snowflake.toString();
}

export async function startDiscordStandIn(options: StandInOptions = {}): Promise<DiscordStandIn> {
  const applicationId = options.applicationId ?? '900000000000000001';
  const botUserId = options.botUserId ?? applicationId;
  const calls: RecordedCall[] = [];
  const channels = new Map<string, StoredMessage[]>();
  const interceptors: { fn: Interceptor; left: number }[] = [];
  const waiters: { predicate: (c: RecordedCall) => boolean; count: number; resolve: (c: RecordedCall[]) => void }[] = [];
  const identifies: { token?: string; intents?: number }[] = [];
  const sockets = new Set<WebSocket>();
  let seq = 0;
  let ready = false;
  const readyWaiters: (() => void)[] = [];

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const type = req.headers['content-type'] ?? '';
      if (!type.startsWith('multipart/form-data')) return handle(req, res, raw);
      void readMultipart(raw, type).then(
        ({ payload, files }) => handle(req, res, payload, files),
        () => answer(res, { status: 400, body: { message: 'Invalid Form Body', code: 50035 } }),
      );
    });
  });
  const wss = new WebSocketServer({ server });

  function record(call: RecordedCall): void {
    calls.push(call);
    for (const waiter of [...waiters]) {
      const matched = calls.filter(waiter.predicate);
      if (matched.length >= waiter.count) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(matched);
      }
    }
  }

  function answer(res: ServerResponse, response: StandInResponse): void {
    const text = response.body === undefined ? '' : JSON.stringify(response.body);
    res.writeHead(response.status, {
      ...(text ? { 'content-type': 'application/json' } : {}),
      ...(response.headers ?? {}),
    });
    res.end(text);
  }

  /** Discord's multipart shape: the JSON message in `payload_json`, each file in a `files[n]` part. */
  async function readMultipart(raw: Buffer, type: string): Promise<{ payload: Buffer; files: NonNullable<RecordedCall['files']> }> {
    const form = await new Response(raw, { headers: { 'content-type': type } }).formData();
    const files: NonNullable<RecordedCall['files']> = [];
    let payload = Buffer.alloc(0);
    for (const [field, value] of form.entries()) {
      if (typeof value === 'string') {
        if (field === 'payload_json') payload = Buffer.from(value, 'utf8');
      } else {
        const blob = value as Blob & { name?: string };
        files.push({ field, name: blob.name ?? '', data: Buffer.from(await blob.arrayBuffer()) });
      }
    }
    return { payload, files };
  }

  function handle(req: IncomingMessage, res: ServerResponse, raw: Buffer, files?: RecordedCall['files']): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const prefix = '/api/v10';
    const path = decodeURIComponent(url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : url.pathname);
    const contentType = req.headers['content-type'] ?? '';
    let body: unknown = undefined;
    if (raw.length > 0) body = contentType.includes('json') || files ? JSON.parse(raw.toString('utf8')) : raw.toString('utf8');
    const auth = req.headers.authorization;
    const call = {
      method: req.method ?? 'GET',
      path,
      query: Object.fromEntries(url.searchParams),
      ...(auth ? { authorization: auth } : {}),
      body,
      ...(files ? { files } : {}),
    };
    let response: StandInResponse | undefined;
    for (const entry of [...interceptors]) {
      response = entry.fn(call);
      if (response) {
        entry.left -= 1;
        if (entry.left <= 0) interceptors.splice(interceptors.indexOf(entry), 1);
        break;
      }
    }
    response ??= route(call.method, path, url.searchParams, body);
    record({ ...call, status: response.status });
    answer(res, response);
  }

  function messageObject(channelId: string, body: Record<string, unknown> | undefined, id = nextSnowflake()): StoredMessage {
    return {
      id,
      channel_id: channelId,
      type: 0,
      author: { id: botUserId, username: 'newsbrief', discriminator: '0', avatar: null, bot: true, global_name: null },
      content: typeof body?.content === 'string' ? body.content : '',
      embeds: Array.isArray(body?.embeds) ? (body.embeds as unknown[]) : [],
      components: [],
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags: typeof body?.flags === 'number' ? body.flags : 0,
      ...(typeof body?.nonce === 'string' ? { nonce: body.nonce } : {}),
    };
  }

  function route(method: string, path: string, query: URLSearchParams, body: unknown): StandInResponse {
    const b = (body ?? {}) as Record<string, unknown>;
    let m: RegExpExecArray | null;
    if (method === 'GET' && path === '/gateway/bot') {
      const { port } = server.address() as AddressInfo;
      return {
        status: 200,
        body: {
          url: `ws://127.0.0.1:${port}`,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
        },
      };
    }
    if (method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return { status: 204 };
    if ((m = /^\/webhooks\/(\d+)\/[^/]+\/messages\/([^/]+)$/.exec(path))) {
      if (method === 'DELETE') return { status: 204 };
      if (method === 'PATCH' || method === 'GET') return { status: 200, body: messageObject('0', b) };
    }
    if (method === 'POST' && /^\/webhooks\/\d+\/[^/]+$/.test(path)) return { status: 200, body: messageObject('0', b) };
    if ((m = /^\/channels\/(\d+)\/messages$/.exec(path))) {
      const channelId = m[1]!;
      const stored = channels.get(channelId) ?? [];
      if (method === 'POST') {
        if (b.enforce_nonce === true && typeof b.nonce === 'string') {
          const earlier = stored.find((s) => s.nonce === b.nonce);
          if (earlier) return { status: 200, body: earlier };
        }
        const message = messageObject(channelId, b);
        stored.push(message);
        channels.set(channelId, stored);
        return { status: 200, body: message };
      }
      if (method === 'GET') {
        const limit = Number(query.get('limit') ?? 50);
        const before = query.get('before');
        const newestFirst = [...stored].reverse().filter((s) => !before || BigInt(s.id) < BigInt(before));
        return { status: 200, body: newestFirst.slice(0, limit).map(({ nonce: _nonce, ...rest }) => rest) };
      }
    }
    if (method === 'PUT' && (m = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path))) {
      const list = Array.isArray(body) ? (body as Record<string, unknown>[]) : [];
      const guild = m[2];
      return {
        status: 200,
        body: list.map((c) => ({ ...c, id: nextSnowflake(), application_id: m![1], version: nextSnowflake(), ...(guild ? { guild_id: guild } : {}) })),
      };
    }
    return { status: 404, body: { message: '404: Not Found', code: 0 } };
  }

  function sendFrame(ws: WebSocket, frame: unknown): void {
    ws.send(JSON.stringify(frame));
  }

  wss.on('connection', (ws) => {
    sockets.add(ws);
    ws.on('close', () => sockets.delete(ws));
    sendFrame(ws, { op: 10, d: { heartbeat_interval: 45_000 }, s: null, t: null });
    ws.on('message', (data) => {
      const frame = JSON.parse(String(data)) as { op: number; d: { token?: string; intents?: number } };
      if (frame.op === 1) sendFrame(ws, { op: 11, d: null, s: null, t: null });
      if (frame.op === 2 && options.withholdReady) {
        identifies.push({ ...(frame.d.token ? { token: frame.d.token } : {}), ...(frame.d.intents !== undefined ? { intents: frame.d.intents } : {}) });
      } else if (frame.op === 2) {
        identifies.push({ ...(frame.d.token ? { token: frame.d.token } : {}), ...(frame.d.intents !== undefined ? { intents: frame.d.intents } : {}) });
        const { port } = server.address() as AddressInfo;
        seq += 1;
        sendFrame(ws, {
          op: 0,
          t: 'READY',
          s: seq,
          d: {
            v: 10,
            session_id: 'stand-in-session',
            resume_gateway_url: `ws://127.0.0.1:${port}`,
            shard: [0, 1],
            guilds: [],
            user: { id: botUserId, username: 'newsbrief', discriminator: '0', avatar: null, bot: true, global_name: null, flags: 0 },
            application: { id: applicationId, flags: 0 },
          },
        });
        ready = true;
        for (const resolve of readyWaiters.splice(0)) resolve();
      }
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    apiUrl: `http://127.0.0.1:${port}/api`,
    applicationId,
    botUserId,
    calls,
    channels,
    identifies,
    intercept(fn, times = Number.POSITIVE_INFINITY) {
      interceptors.push({ fn, left: times });
    },
    waitFor(predicate, count = 1) {
      const matched = calls.filter(predicate);
      if (matched.length >= count) return Promise.resolve(matched);
      return new Promise((resolve) => waiters.push({ predicate, count, resolve }));
    },
    waitForReady() {
      return ready ? Promise.resolve() : new Promise((resolve) => readyWaiters.push(resolve));
    },
    dispatch(t, d) {
      seq += 1;
      for (const ws of sockets) sendFrame(ws, { op: 0, t, s: seq, d });
    },
    async close() {
      for (const ws of sockets) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export interface InteractionOptionInput {
  name: string;
  value: string | boolean;
  focused?: boolean;
}

/** A raw INTERACTION_CREATE payload for a chat-input command (type 2) or its autocomplete (type 4). */
export function interactionPayload(input: {
  applicationId: string;
  name: string;
  options?: InteractionOptionInput[];
  autocomplete?: boolean;
  id?: string;
  token?: string;
  userId?: string;
  /** Wraps the options in this subcommand (`/subscriptions add …`). */
  subcommand?: string;
  /** The member's computed permissions in the channel (default: a member without Manage Channels). */
  permissions?: string;
  /** A DM: no guild and no member, the user at the top level. */
  direct?: boolean;
}): Record<string, unknown> {
  const user = { id: input.userId ?? '300000000000000001', username: 'reader', discriminator: '0', avatar: null, global_name: 'Reader' };
  const options = (input.options ?? []).map((o) => ({
    name: o.name,
    type: typeof o.value === 'boolean' ? 5 : 3,
    value: o.value,
    ...(o.focused ? { focused: true } : {}),
  }));
  if (input.direct) {
    return {
      id: input.id ?? nextSnowflake(),
      application_id: input.applicationId,
      type: input.autocomplete ? 4 : 2,
      token: input.token ?? `tok-${nextSnowflake()}`,
      version: 1,
      data: { id: '700000000000000001', name: input.name, type: 1, options: input.subcommand ? [{ name: input.subcommand, type: 1, options }] : options },
      channel_id: '610000000000000001',
      channel: { id: '610000000000000001', type: 1 },
      user,
      app_permissions: '2248473465835073',
      locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: {},
      context: 1,
    };
  }
  return {
    id: input.id ?? nextSnowflake(),
    application_id: input.applicationId,
    type: input.autocomplete ? 4 : 2,
    token: input.token ?? `tok-${nextSnowflake()}`,
    version: 1,
    data: {
      id: '700000000000000001',
      name: input.name,
      type: 1,
      options: input.subcommand ? [{ name: input.subcommand, type: 1, options }] : options,
    },
    guild_id: '500000000000000001',
    channel_id: '600000000000000001',
    channel: { id: '600000000000000001', type: 0, guild_id: '500000000000000001' },
    member: { user, roles: [], permissions: input.permissions ?? '2248473465835073', joined_at: '2024-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0 },
    app_permissions: '2248473465835073',
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: {},
    context: 0,
  };
}
