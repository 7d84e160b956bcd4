import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../../logging/logger.js';

export const HEALTH_PATH = '/healthz';
export const SLACK_PATH_PREFIX = '/slack/';
export const DISCORD_INTERACTIONS_PATH = '/discord/interactions';

/** What /healthz answers: the body as JSON, 200 when `ok`, 503 otherwise (so a platform restarts a broken process). */
export interface HealthReport {
  ok: boolean;
  body: unknown;
}

export interface HttpServerOptions {
  /** 0 picks a free port (tests). */
  port: number;
  /** Default 0.0.0.0: hosting platforms route to the container's interface, not its loopback. */
  host?: string;
  health: () => HealthReport;
  /** Slack's HTTP receiver: everything under /slack/ (events, commands, interactivity). */
  slack?: RequestListener | undefined;
  /** Discord's interactions endpoint: POST /discord/interactions. */
  discord?: RequestListener | undefined;
  logger: Logger;
}

export interface RunningHttpServer {
  server: Server;
  port: number;
  /** Stops taking connections, then closes what is left after `graceMs`. */
  close(graceMs?: number): Promise<void>;
}

/** The one HTTP server on PORT: /healthz, plus the Slack and Discord endpoints when those are on. */
export async function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
  const log = options.logger.child({ component: 'http' });
  const server = createServer((req, res) => route(req, res));

  function route(req: IncomingMessage, res: ServerResponse): void {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    try {
      if (path === HEALTH_PATH) return health(req, res);
      if (options.slack && path.startsWith(SLACK_PATH_PREFIX)) return options.slack(req, res);
      if (options.discord && path === DISCORD_INTERACTIONS_PATH) return options.discord(req, res);
      req.resume();
      json(res, 404, { error: `nothing at ${path}` });
    } catch (error) {
      log.error({ err: error, path }, 'HTTP request failed');
      if (!res.headersSent) json(res, 500, { error: 'internal error' });
      else res.end();
    }
  }

  function health(req: IncomingMessage, res: ServerResponse): void {
    req.resume();
    if (req.method !== 'GET' && req.method !== 'HEAD') return json(res, 405, { error: 'use GET' });
    const report = options.health();
    json(res, report.ok ? 200 : 503, report.body, req.method === 'HEAD');
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '0.0.0.0', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  log.info({ port, slack: Boolean(options.slack), discord: Boolean(options.discord) }, 'HTTP server listening');

  return {
    server,
    port,
    close: (graceMs = 2_000) =>
      new Promise<void>((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), graceMs);
        server.closeIdleConnections();
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
      }),
  };
}

function json(res: ServerResponse, status: number, body: unknown, headOnly = false): void {
  const text = JSON.stringify(body, null, 2);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'content-length': Buffer.byteLength(text) });
  res.end(headOnly ? undefined : text);
}
