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

const MESSAGES: Partial<Record<FetchErrorCode, string>> = {
  'blocked-address': 'That link points to a private or internal address, which I do not fetch.',
  'bad-scheme': 'Only http and https links can be briefed.',
  'bad-url': 'That does not look like a link I can read.',
  'too-large': 'That page is too big to read.',
  'not-article': 'I could not find an article at that link.',
  robots: 'That site asks bots not to read that page, so I did not.',
  'too-many-redirects': 'That link redirects too many times.',
  timeout: 'That site took too long to answer.',
  'connect-timeout': 'That site could not be reached in time.',
  dns: 'That site’s name could not be found.',
};

/** One sentence for the person who gave the link (chat or CLI); the log keeps the technical message. */
export function fetchErrorMessage(error: FetchError): string {
  if (error.code === 'http-status') return `The site answered ${error.status ?? 'with an error'}.`;
  return MESSAGES[error.code] ?? 'I could not read that link.';
}
