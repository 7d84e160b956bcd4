/**
 * A delivery that failed. `permanent` errors (channel not found, not in channel, invalid token) are not
 * retried; transient ones (network, 5xx, 429) may be, after `retryAfterMs` when the platform said so.
 */
export class DeliveryError extends Error {
  override name = 'DeliveryError';
  constructor(
    message: string,
    readonly permanent: boolean,
    readonly retryAfterMs?: number,
    readonly code?: string,
  ) {
    super(message);
  }
}
