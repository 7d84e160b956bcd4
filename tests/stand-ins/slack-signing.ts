import { createHmac } from 'node:crypto';
import type { Clock } from '../../src/contracts/clock.js';

/** Headers Slack sends with a request: `v0=` HMAC-SHA256 of `v0:<timestamp>:<raw body>` with the signing secret. */
export function slackSignatureHeaders(signingSecret: string, rawBody: string, timestamp = Math.floor(Date.now() / 1000)) {
  const signature = `v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`;
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature };
}

export interface SignedPostOptions {
  /** Seconds since the epoch; defaults to now. */
  timestamp?: number;
  /** Sign with this secret instead (to test rejection). */
  signWith?: string;
}

/** POSTs a form-encoded body to Bolt as Slack would, signed; returns the status and the body Bolt answered. */
export async function postSignedForm(
  url: string,
  signingSecret: string,
  fields: Record<string, string>,
  options: SignedPostOptions = {},
): Promise<{ status: number; body: string }> {
  const rawBody = new URLSearchParams(fields).toString();
  return postSigned(url, signingSecret, rawBody, 'application/x-www-form-urlencoded', options);
}

/** POSTs a JSON body (Events API) to Bolt, signed as Slack signs it. */
export async function postSignedJson(url: string, signingSecret: string, body: unknown, options: SignedPostOptions = {}) {
  return postSigned(url, signingSecret, JSON.stringify(body), 'application/json', options);
}

async function postSigned(
  url: string,
  signingSecret: string,
  rawBody: string,
  contentType: string,
  options: SignedPostOptions,
): Promise<{ status: number; body: string }> {
  const headers = slackSignatureHeaders(options.signWith ?? signingSecret, rawBody, options.timestamp);
  const response = await fetch(url, { method: 'POST', headers: { ...headers, 'content-type': contentType }, body: rawBody });
  return { status: response.status, body: await response.text() };
}

/**
 * A bot clock for tests that sign requests "now" (the default timestamp above): it reads the wall clock, so signer
 * and bot agree on any date, and `skewSeconds` moves it ahead to test a clock and a signer that disagree.
 */
export function wallFollowingClock(): Clock & { skewSeconds: number } {
  return {
    skewSeconds: 0,
    now() {
      return new Date(Date.now() + this.skewSeconds * 1000);
    },
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  };
}
