/** Why a fetch was refused or failed. `code` lets callers choose a message; `message` is safe to show a user. */
export type FetchErrorCode =
  | 'bad-url'
  | 'bad-scheme'
  | 'blocked-address'
  | 'dns'
  | 'robots'
  | 'too-many-redirects'
  | 'too-large'
  | 'timeout'
  | 'connect-timeout'
  | 'http-status'
  | 'network'
  | 'not-article'
  | 'not-feed';

export class FetchError extends Error {
  override name = 'FetchError';
  constructor(
    readonly code: FetchErrorCode,
    message: string,
    readonly url: string,
    /** HTTP status for `http-status`; retry delay in ms when the server sent Retry-After. */
    readonly status?: number,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}
