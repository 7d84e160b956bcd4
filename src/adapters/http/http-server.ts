import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../../logging/logger.js';
import { ConfigError } from '../../contracts/config-error.js';

export const HEALTH_PATH = '/healthz';
export const READY_PATH = '/readyz';
export const SLACK_PATH_PREFIX = '/slack/';
export const DISCORD_INTERACTIONS_PATH = '/discord/interactions';

/**
 * What /healthz and /readyz answer: the body as JSON, 200 when `ok`, 503 otherwise. /healthz is liveness (503: a
 * platform restarts the process); /readyz is readiness (503: everything the process does is not working, e.g. the
 * database is down, but restarting would not help).
 */
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
  /** GET /readyz; default: the same as /healthz. */
  ready?: (() => HealthReport) | undefined;
  /** Slack's HTTP receiver: everything under /slack/ (events, commands, interactivity). */
  slack?: RequestListener | undefined;
  /** Discord's interactions endpoint: POST /discord/interactions. */
  discord?: RequestListener | undefined;
  logger: Logger;
}

export interface RunningHttpServer {
  server: Server;
  port: number;
  /** The address it listens on, as the socket reports it ("127.0.0.1", "0.0.0.0", "::1"). */
  address: string;
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
      if (path === HEALTH_PATH) return report(req, res, options.health);
      if (path === READY_PATH) return report(req, res, options.ready ?? options.health);
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

  function report(req: IncomingMessage, res: ServerResponse, make: () => HealthReport): void {
    req.resume();
    if (req.method !== 'GET' && req.method !== 'HEAD') return json(res, 405, { error: 'use GET' });
    const report = make();
    json(res, report.ok ? 200 : 503, report.body, req.method === 'HEAD');
  }

  const host = options.host ?? '0.0.0.0';
  await new Promise<void>((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException): void => reject(listenError(error, host, options.port));
    server.once('error', failed);
    server.listen(options.port, host, () => {
      server.off('error', failed);
      resolve();
    });
  });
  const { port, address } = server.address() as AddressInfo;
  log.info({ port, address, slack: Boolean(options.slack), discord: Boolean(options.discord) }, 'HTTP server listening');

  return {
    server,
    port,
    address,
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

/** A server that cannot listen is a setting to fix: say which one, without a stack trace. */
function listenError(error: NodeJS.ErrnoException, host: string, port: number): Error {
  const where = `${host}:${port}`;
  if (error.code === 'EADDRINUSE') return new ConfigError(`PORT: ${port} is already in use on ${host}; stop what listens there or set PORT to a free port`);
  if (error.code === 'EACCES') return new ConfigError(`PORT: ${port} needs privileges this process does not have (ports below 1024); set PORT to 1024 or above`);
  if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND' || error.code === 'EAI_AGAIN') {
    return new ConfigError(`HOST: cannot listen on ${where}: ${host} is not an address of this machine (${error.code}); use 127.0.0.1 (this machine only) or 0.0.0.0 (every interface)`);
  }
  return new ConfigError(`HOST/PORT: cannot listen on ${where}: ${error.message}`);
}
