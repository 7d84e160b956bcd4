import { DeliveryError } from '../../contracts/delivery-error.js';

/** Slack error codes that no retry can fix: the channel, the token or the app must change first. */
const PERMANENT = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'no_permission',
  'missing_scope',
  'restricted_action',
  'msg_too_long',
  'invalid_blocks',
  'invalid_blocks_format',
  'invalid_metadata_format',
  'invalid_metadata_schema',
  'too_many_attachments',
  'ekm_access_denied',
  'team_access_not_granted',
  'org_login_required',
  'invalid_arguments',
]);

interface SlackLikeError {
  code?: string;
  message?: string;
  data?: { error?: string };
  retryAfter?: number;
  statusCode?: number;
}

/**
 * Maps what the WebClient throws to a DeliveryError the scheduler can act on: permanent codes are never
 * retried; rate limits carry Retry-After; 5xx, network failures and unknown codes count as transient.
 */
export function toDeliveryError(error: unknown, what: string): DeliveryError {
  if (error instanceof DeliveryError) return error;
  const e = (error ?? {}) as SlackLikeError;
  const message = e.message ?? String(error);
  // When its retries run out on a 429, the WebClient throws a request error whose message names Retry-After.
  const rate = /rate limit was exceeded.*retry-after: (\d+)/i.exec(message);
  if (rate) return new DeliveryError(`${what}: Slack rate limit`, false, Number(rate[1]) * 1000, 'ratelimited');
  switch (e.code) {
    case 'slack_webapi_platform_error': {
      const code = e.data?.error ?? 'unknown_error';
      if (code === 'ratelimited') return new DeliveryError(`${what}: Slack rate limit`, false, undefined, code);
      return new DeliveryError(`${what}: Slack answered ${code}`, PERMANENT.has(code), undefined, code);
    }
    case 'slack_webapi_rate_limited_error':
      return new DeliveryError(`${what}: Slack rate limit`, false, (e.retryAfter ?? 1) * 1000, 'ratelimited');
    case 'slack_webapi_http_error':
      return new DeliveryError(`${what}: Slack HTTP ${e.statusCode ?? '?'}`, false, undefined, `http_${e.statusCode ?? 'error'}`);
    case 'slack_webapi_request_error':
      return new DeliveryError(`${what}: could not reach Slack (${message})`, false, undefined, 'network');
  }
  return new DeliveryError(`${what}: ${message}`, false, undefined, 'unknown');
}
