/** Slack's answers that no retry can fix: the token is wrong, revoked, of the wrong kind, or its workspace gone. */
const REFUSED_TOKEN = new Set([
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'not_allowed_token_type',
  'user_removed_from_team',
  'team_disabled',
]);

/** The Web API error code when Slack refused the token itself, else undefined. */
export function refusedTokenCode(error: unknown): string | undefined {
  const code = (error as { data?: { error?: unknown } } | undefined)?.data?.error;
  return typeof code === 'string' && REFUSED_TOKEN.has(code) ? code : undefined;
}

/**
 * Tokens, and the one-time ticket in a WebSocket URL, must never reach a message. Slack's token shapes are
 * matched too, not only the configured values: an error may quote a token the bot was never given.
 */
export function withoutSecrets(message: string, secrets: string[]): string {
  let out = message.replace(/\bx(?:app|ox[a-z])-[\w-]+/g, '[redacted]').replace(/ticket=[^&\s"']+/g, 'ticket=[redacted]');
  for (const secret of secrets) if (secret) out = out.split(secret).join('[redacted]');
  return out;
}
