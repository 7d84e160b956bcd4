import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/**
 * A local stand-in for Slack on 127.0.0.1: the Web API (`/api/<method>`), response URLs
 * (`/response/<id>`) and the Socket Mode WebSocket (`/link/`). It records every request it gets, in order.
 *
 *   const slack = await startSlackStandIn();
 *   new WebClient(token, { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } });
 *   slack.queue('chat.postMessage', { status: 429, headers: { 'retry-after': '1' } });
 *   await slack.waitFor((c) => c.method === 'chat.postMessage');
 */

export interface RecordedCall {
  /** 'api' for Web API methods, 'response' for response_url posts, 'upload' for file bytes sent to an upload URL. */
  kind: 'api' | 'response' | 'upload';
  /** Web API method ("chat.postMessage"), the response id ("1" for /response/1) or the file id of an upload. */
  method: string;
  /** Form or JSON body; JSON-looking form fields (blocks, metadata) are parsed. */
  body: Record<string, unknown>;
  authorization?: string;
  /** HTTP status the stand-in answered with. */
  status: number;
}

export interface CannedResponse {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export type Responder = (call: Omit<RecordedCall, 'status'>) => CannedResponse;

export interface SocketEnvelope {
  envelope_id: string;
  type: 'slash_commands' | 'interactive' | 'events_api';
  accepts_response_payload: boolean;
  payload: unknown;
}

export interface SlackStandIn {
  /** "http://127.0.0.1:PORT" */
  url: string;
  /** "http://127.0.0.1:PORT/api/": the WebClient's slackApiUrl and SLACK_API_URL. */
  apiUrl: string;
  /** A response_url the stand-in records: `${url}/response/${id}`. */
  responseUrl(id: string | number): string;
  calls: RecordedCall[];
  /** Calls to one Web API method, successful or not. */
  apiCalls(method: string): RecordedCall[];
  /** Bytes received at the upload URL of each file id (files.getUploadURLExternal), in order of arrival. */
  uploads: Map<string, Buffer>;
  /** Posts to one response URL id. */
  responses(id?: string | number): RecordedCall[];
  /** Answers the next call to `method` with this (one-shot, in order), before the defaults apply again. */
  queue(method: string, ...responses: CannedResponse[]): void;
  /** Replaces the default answer for `method`. */
  on(method: string, responder: Responder): void;
  /** Resolves when `count` recorded calls match (already recorded ones count). */
  waitFor(match: (call: RecordedCall) => boolean, count?: number): Promise<RecordedCall[]>;
  /**
   * Who users.info describes, by user id (admin and owner flags, time zone); an unknown id answers user_not_found.
   * Tests add to it: `slack.users.set('U0ADMIN', { is_admin: true, tz: 'Europe/Brussels' })`.
   */
  users: Map<string, StandInUser>;
  /** Members of each user group, by group id (usergroups.users.list); an unknown id answers no_such_subteam. */
  userGroups: Map<string, string[]>;
  /** Socket Mode: resolves once a client has connected and received "hello". */
  socketConnected(): Promise<void>;
  /**
   * Socket Mode: resolves once the `count`-th connection since start has received "hello" (already made ones
   * count), so a test can await a reconnect without racing the connection that is closing.
   */
  connection(count: number): Promise<void>;
  /** Socket Mode: sends an envelope and resolves with the client's ack frame for it. */
  sendEnvelope(type: SocketEnvelope['type'], payload: unknown): Promise<{ envelope_id: string; payload?: unknown }>;
  /** Socket Mode: every frame a client sent with an envelope_id (its acks), in order of arrival. */
  acks: { envelope_id: string; payload?: unknown }[];
  /** Socket Mode: asks the client to reconnect, as Slack does: `{"type":"disconnect","reason":…}`. */
  sendDisconnect(reason: 'refresh_requested' | 'link_disabled' | 'warning'): void;
  /** Socket Mode: ends the current connection abruptly (no close frame), as a network failure would. */
  dropSocket(): void;
  /** Socket Mode: false makes new connections stay silent (no "hello"), as a link that opens but never works. */
  sayHello: boolean;
  close(): Promise<void>;
}

export interface StandInUser {
  is_admin?: boolean;
  is_owner?: boolean;
  is_primary_owner?: boolean;
  /** IANA zone, as Slack's users.info gives it. */
  tz?: string;
}

export const STAND_IN_BOT = { user_id: 'UNEWSBRIEF', bot_id: 'BNEWSBRIEF', team_id: 'T0TEAM', team: 'Test team' };

export async function startSlackStandIn(): Promise<SlackStandIn> {
  const calls: RecordedCall[] = [];
  const queues = new Map<string, CannedResponse[]>();
  const responders = new Map<string, Responder>();
  const waiters: { match: (c: RecordedCall) => boolean; count: number; resolve: (c: RecordedCall[]) => void }[] = [];
  let nextTs = 1;
  let nextFile = 1;
  const uploads = new Map<string, Buffer>();
  const users = new Map<string, StandInUser>();
  const userGroups = new Map<string, string[]>();
  // What files.getUploadURLExternal was told about each file, for files.completeUploadExternal to answer with.
  const pendingFiles = new Map<string, { filename: string; alt_text?: string; length: number }>();
  let envelopeCounter = 0;
  let socket: WebSocket | undefined;
  const socketWaiters: (() => void)[] = [];
  let connections = 0;
  const connectionWaiters: { count: number; resolve: () => void }[] = [];
  const acks: { envelope_id: string; payload?: unknown }[] = [];
  const ackWaiters = new Map<string, (frame: { envelope_id: string; payload?: unknown }) => void>();
  let url = '';

  const defaults: Record<string, Responder> = {
    'auth.test': () => ({ body: { ok: true, url: 'https://test.slack.invalid/', ...STAND_IN_BOT, user: 'newsbrief' } }),
    'chat.postMessage': (call) => ({
      body: { ok: true, channel: call.body['channel'], ts: `1700000000.${String(nextTs++).padStart(6, '0')}`, message: {} },
    }),
    'conversations.history': () => ({ body: { ok: true, messages: [], has_more: false } }),
    // The external-upload flow: an upload URL on this server per file, then completion (sharing to channel_id if given).
    'files.getUploadURLExternal': (call) => {
      const file_id = `F0CARD${String(nextFile++).padStart(4, '0')}`;
      pendingFiles.set(file_id, {
        filename: String(call.body['filename']),
        length: Number(call.body['length']),
        ...(call.body['alt_text'] ? { alt_text: String(call.body['alt_text']) } : {}),
      });
      return { body: { ok: true, upload_url: `${url}/upload/${file_id}`, file_id } };
    },
    'files.completeUploadExternal': (call) => {
      const files = call.body['files'] as { id: string; title?: string }[];
      const missing = files.find((f) => !uploads.has(f.id));
      if (missing) return { body: { ok: false, error: 'file_upload_not_complete' } };
      return { body: { ok: true, files: files.map((f) => ({ id: f.id, title: f.title, name: pendingFiles.get(f.id)?.filename, size: uploads.get(f.id)!.length })) } };
    },
    'users.info': (call) => {
      const id = String(call.body['user']);
      const user = users.get(id);
      if (!user) return { body: { ok: false, error: 'user_not_found' } };
      return {
        body: {
          ok: true,
          user: { id, team_id: STAND_IN_BOT.team_id, name: id.toLowerCase(), is_admin: false, is_owner: false, is_primary_owner: false, tz: 'UTC', ...user },
        },
      };
    },
    'usergroups.users.list': (call) => {
      const members = userGroups.get(String(call.body['usergroup']));
      return { body: members ? { ok: true, users: members } : { ok: false, error: 'no_such_subteam' } };
    },
    'apps.connections.open': () => ({ body: { ok: true, url: `${url.replace(/^http/, 'ws')}/link/` } }),
  };

  const record = (call: RecordedCall): void => {
    calls.push(call);
    for (const waiter of [...waiters]) {
      const matched = calls.filter(waiter.match);
      if (matched.length >= waiter.count) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(matched);
      }
    }
  };

  const server: Server = createServer((req, res) => {
    readBody(req).then(
      (raw) => handle(req, res, raw),
      () => res.writeHead(400).end(),
    );
  });

  /** An upload URL takes the file raw or as multipart form data (the WebClient sends one part named "body"). */
  async function receiveUpload(fileId: string, contentType: string | undefined, bytes: Buffer): Promise<{ status: number; size: number }> {
    let file = bytes;
    if (contentType?.startsWith('multipart/form-data')) {
      try {
        const form = await new Response(bytes, { headers: { 'content-type': contentType } }).formData();
        const part = [...form.values()].find((v) => typeof v !== 'string') as Blob | undefined;
        file = part ? Buffer.from(await part.arrayBuffer()) : Buffer.alloc(0);
      } catch {
        file = Buffer.alloc(0);
      }
    }
    const status = pendingFiles.has(fileId) && file.length > 0 ? 200 : 400;
    if (status === 200) uploads.set(fileId, file);
    record({ kind: 'upload', method: fileId, body: { bytes: file.length, ...(contentType ? { contentType } : {}) }, status });
    return { status, size: file.length };
  }

  function handle(req: IncomingMessage, res: ServerResponse, bytes: Buffer): void {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const upload = /^\/upload\/([\w]+)$/.exec(path);
    if (upload && req.method === 'POST') {
      void receiveUpload(upload[1]!, req.headers['content-type'], bytes).then(({ status, size }) => {
        res.writeHead(status, { 'content-type': 'text/plain' }).end(status === 200 ? `OK - ${size}` : 'bad upload');
      });
      return;
    }
    const raw = bytes.toString('utf8');
    const body = parseBody(raw, req.headers['content-type']);
    const authorization = req.headers.authorization;
    const response = /^\/response\/([^/]+)$/.exec(path);
    if (response && req.method === 'POST') {
      record({ kind: 'response', method: response[1]!, body, status: 200, ...(authorization ? { authorization } : {}) });
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    const api = /^\/api\/([\w.]+)$/.exec(path);
    if (!api || req.method !== 'POST') {
      res.writeHead(404).end();
      return;
    }
    const method = api[1]!;
    const partial = { kind: 'api' as const, method, body, ...(authorization ? { authorization } : {}) };
    const fallback: Responder = () => ({ body: { ok: false, error: 'unknown_method' } });
    const canned: CannedResponse = queues.get(method)?.shift() ?? (responders.get(method) ?? defaults[method] ?? fallback)(partial);
    const status = canned.status ?? 200;
    record({ ...partial, status });
    res.writeHead(status, { 'content-type': 'application/json', ...canned.headers });
    res.end(JSON.stringify(canned.body ?? (status === 429 ? { ok: false, error: 'ratelimited' } : { ok: true })));
  }

  const wss = new WebSocketServer({ server });
  wss.on('connection', (ws) => {
    socket = ws;
    ws.on('message', (data) => {
      let frame: { envelope_id?: string; payload?: unknown };
      try {
        frame = JSON.parse(String(data));
      } catch {
        return;
      }
      if (frame.envelope_id) {
        acks.push(frame as { envelope_id: string });
        ackWaiters.get(frame.envelope_id)?.(frame as { envelope_id: string });
      }
    });
    connections += 1;
    if (!standIn.sayHello) return;
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0NEWSBRIEF' }, debug_info: {} }));
    for (const resolve of socketWaiters.splice(0)) resolve();
    for (const waiter of connectionWaiters.filter((w) => w.count <= connections)) {
      connectionWaiters.splice(connectionWaiters.indexOf(waiter), 1);
      waiter.resolve();
    }
  });

  const openSocket = (): WebSocket => {
    if (!socket || socket.readyState !== socket.OPEN) throw new Error('no Socket Mode client is connected');
    return socket;
  };

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const standIn: SlackStandIn = {
    sayHello: true,
    url,
    apiUrl: `${url}/api/`,
    responseUrl: (id) => `${url}/response/${id}`,
    calls,
    uploads,
    users,
    userGroups,
    apiCalls: (method) => calls.filter((c) => c.kind === 'api' && c.method === method),
    responses: (id) => calls.filter((c) => c.kind === 'response' && (id === undefined || c.method === String(id))),
    queue: (method, ...responses) => queues.set(method, [...(queues.get(method) ?? []), ...responses]),
    on: (method, responder) => responders.set(method, responder),
    waitFor: (match, count = 1) =>
      new Promise((resolve) => {
        const matched = calls.filter(match);
        if (matched.length >= count) resolve(matched);
        else waiters.push({ match, count, resolve });
      }),
    socketConnected: () =>
      new Promise((resolve) => {
        if (socket && socket.readyState === socket.OPEN) resolve();
        else socketWaiters.push(resolve);
      }),
    connection: (count) =>
      new Promise((resolve) => {
        if (connections >= count) resolve();
        else connectionWaiters.push({ count, resolve });
      }),
    sendEnvelope: (type, payload) =>
      new Promise((resolve, reject) => {
        if (!socket || socket.readyState !== socket.OPEN) return reject(new Error('no Socket Mode client is connected'));
        const envelope_id = `env-${++envelopeCounter}`;
        ackWaiters.set(envelope_id, resolve);
        socket.send(JSON.stringify({ envelope_id, type, accepts_response_payload: true, payload }));
      }),
    acks,
    // Slack's own frame also carries debug_info (the host that is going away).
    sendDisconnect: (reason) => openSocket().send(JSON.stringify({ type: 'disconnect', reason, debug_info: { host: 'applink-stand-in' } })),
    dropSocket: () => openSocket().terminate(),
    close: async () => {
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return standIn;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  if (contentType?.includes('application/json')) {
    try {
      return JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return { raw };
    }
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    out[key] = /^[[{]/.test(value) ? tryJson(value) : value;
  }
  return out;
}

function tryJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
