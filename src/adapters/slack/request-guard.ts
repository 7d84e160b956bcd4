import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import { defaultBodyLimit, verifySlackRequest, type BufferedIncomingMessage } from '@slack/bolt';
import type { Clock } from '../../contracts/clock.js';
import type { Logger } from '../../logging/logger.js';
import { readBody } from '../http/read-body.js';
import { ReplayGuard, type SharedReplays } from '../http/replay-guard.js';

export interface SlackRequestGuardOptions {
  signingSecret: string;
  clock: Clock;
  logger: Logger;
  /** How far a request's timestamp may be from now, either way. Default 300 (Slack's own 5 minutes). */
  windowSeconds?: number;
  /** The database instances share, so a request replayed to another instance is refused there too. */
  sharedReplays?: SharedReplays;
}

/** Hands a request on (its body already read) to Bolt. */
export type NextListener = (req: IncomingMessage) => void;

/**
 * The check in front of Bolt's HTTP receiver. Bolt verifies the signature and refuses timestamps more than
 * 5 minutes old, but accepts any timestamp in the future and the same signed request any number of times: a
 * captured `/briefing … public` could be sent again and again for 5 minutes (or for a year, stamped a year
 * ahead). Here the timestamp must be within 5 minutes either way of the injected clock, the signature must
 * check out (Bolt's own verifier, on that clock), and signed content already seen in the window is refused.
 * Bolt's own check is turned off (it would read the wall clock); the body read here is handed on as Bolt's `rawBody`.
 */
export function createSlackRequestGuard(options: SlackRequestGuardOptions): (req: IncomingMessage, res: ServerResponse, next: NextListener) => void {
  const window = options.windowSeconds ?? 300;
  const replays = new ReplayGuard(window, options.sharedReplays);
  const log = options.logger;

  return (req, res, next) => {
    const aborted = (error: Error): void => log.warn({ err: error }, 'Slack request aborted');
    readBody(req, defaultBodyLimit, (rawBody) => {
      try {
        if (!rawBody) return refuse(res, 413, 'body too large');
        const buffered = Object.assign(req, { rawBody }) as BufferedIncomingMessage;
        // Slack's ssl_check is unsigned by design; Bolt answers it without running anything.
        if (isSslCheck(req, rawBody)) return next(buffered);
        check(req, rawBody).then(
          (reason) => (reason ? refuse(res, 401, reason, req) : next(buffered)),
          (error: unknown) => failed(res, error),
        );
      } catch (error) {
        failed(res, error);
      }
    }, aborted);
  };

  function failed(res: ServerResponse, error: unknown): void {
    log.error({ err: error }, 'Slack request failed');
    if (!res.headersSent) res.writeHead(500);
    if (!res.writableEnded) res.end();
  }

  async function check(req: IncomingMessage, rawBody: Buffer): Promise<string | undefined> {
    const signature = header(req, 'x-slack-signature');
    const timestamp = header(req, 'x-slack-request-timestamp');
    if (!signature || !timestamp) return 'missing signature headers';
    if (!/^\d{1,12}$/.test(timestamp)) return 'malformed timestamp';
    const nowMs = options.clock.now().getTime();
    const nowSeconds = Math.floor(nowMs / 1000);
    const age = nowSeconds - Number(timestamp);
    if (age > window) return 'stale timestamp';
    if (-age > window) return 'timestamp in the future';
    try {
      verifySlackRequest({
        signingSecret: options.signingSecret,
        body: rawBody.toString(),
        headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': Number(timestamp) },
        nowMilliseconds: nowMs,
      });
    } catch {
      return 'bad signature';
    }
    if (!(await replays.firstSightAnywhere(timestamp, rawBody, nowSeconds))) return 'replayed request';
    return undefined;
  }

  function refuse(res: ServerResponse, status: number, reason: string, req?: IncomingMessage): void {
    log.warn({ reason, status, ...(req ? { remote: req.socket.remoteAddress } : {}) }, 'refused a Slack request');
    res.writeHead(status);
    res.end();
  }
}

function isSslCheck(req: IncomingMessage, rawBody: Buffer): boolean {
  if (req.headers['content-type'] !== 'application/x-www-form-urlencoded') return false;
  return parseQuery(rawBody.toString()).ssl_check === '1';
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
}
