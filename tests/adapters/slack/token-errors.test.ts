import { describe, expect, it } from 'vitest';
import { refusedTokenCode, withoutSecrets } from '../../../src/adapters/slack/token-errors.js';

describe('Slack token errors', () => {
  it('removes token shapes, the configured secrets and a WebSocket ticket from a message', () => {
    expect(
      withoutSecrets('refused xoxb-1-abc and xapp-1-A0-def; wss://wss.example/link/?ticket=t-123&app_id=A0NEWS; said plain-secret', ['plain-secret']),
    ).toBe('refused [redacted] and [redacted]; wss://wss.example/link/?ticket=[redacted]&app_id=A0NEWS; said [redacted]');
    expect(withoutSecrets('An HTTP protocol error occurred: statusCode = 503', ['', 'xoxb-unused'])).toBe('An HTTP protocol error occurred: statusCode = 503');
  });

  it('names the code only when Slack refused the token itself', () => {
    expect(refusedTokenCode({ data: { error: 'invalid_auth' } })).toBe('invalid_auth');
    expect(refusedTokenCode({ data: { error: 'team_disabled' } })).toBe('team_disabled');
    expect(refusedTokenCode({ data: { error: 'internal_error' } })).toBeUndefined();
    expect(refusedTokenCode(new Error('connect ECONNREFUSED 127.0.0.1:9'))).toBeUndefined();
    expect(refusedTokenCode(undefined)).toBeUndefined();
  });
});
