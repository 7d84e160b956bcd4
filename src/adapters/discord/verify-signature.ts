import { createPublicKey, verify, type KeyObject } from 'node:crypto';

// DER prefix of an Ed25519 SubjectPublicKeyInfo: Node imports a raw 32-byte key only wrapped in it.
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** The application's public key (64 hex characters, from the Developer Portal) as a Node key object. */
export function discordPublicKey(hex: string): KeyObject {
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) throw new Error('DISCORD_PUBLIC_KEY must be 64 hex characters');
  return createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, 'hex')]), format: 'der', type: 'spki' });
}

export interface SignatureCheck {
  signature: string | undefined;
  timestamp: string | undefined;
  rawBody: Buffer;
  /** Seconds since the epoch, now. */
  nowSeconds: number;
  /** Older (or further in the future) than this is refused as a replay. */
  maxAgeSeconds: number;
}

/** Discord signs timestamp + raw body with Ed25519; anything unsigned, altered or stale is refused. */
export function checkDiscordSignature(key: KeyObject, check: SignatureCheck): { ok: true } | { ok: false; reason: string } {
  const { signature, timestamp } = check;
  if (!signature || !timestamp) return { ok: false, reason: 'missing signature headers' };
  if (!/^[0-9a-fA-F]{128}$/.test(signature)) return { ok: false, reason: 'malformed signature' };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'malformed timestamp' };
  // Both ways: a timestamp from the future would stay "fresh" for as long as it lies ahead.
  const age = check.nowSeconds - Number(timestamp);
  if (age > check.maxAgeSeconds) return { ok: false, reason: 'stale timestamp' };
  if (-age > check.maxAgeSeconds) return { ok: false, reason: 'timestamp in the future' };
  try {
    const signed = Buffer.concat([Buffer.from(timestamp, 'utf8'), check.rawBody]);
    return verify(null, signed, key, Buffer.from(signature, 'hex')) ? { ok: true } : { ok: false, reason: 'bad signature' };
  } catch {
    return { ok: false, reason: 'bad signature' };
  }
}
