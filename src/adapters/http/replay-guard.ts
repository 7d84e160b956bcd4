import { createHash } from 'node:crypto';

/**
 * Signed requests already answered within their validity window. A signature proves who sent a request, not
 * that it is new: anyone who captured one (a proxy log, a leaked capture) could send it again until its
 * timestamp goes stale. Only requests whose signature checked out are remembered, so the map holds real
 * traffic of one window at most, and entries leave once their timestamp could no longer pass.
 */
export class ReplayGuard {
  private readonly seen = new Map<string, number>();
  private lastPrune = Number.NEGATIVE_INFINITY;

  /** `windowSeconds`: how far a timestamp may be from now (either way) and still be accepted. */
  constructor(private readonly windowSeconds: number) {}

  /** True the first time this signed content is offered; false for a repeat within the window. */
  firstSight(timestamp: string, rawBody: Buffer, nowSeconds: number): boolean {
    this.prune(nowSeconds);
    const key = createHash('sha256').update(timestamp).update('\0').update(rawBody).digest('base64');
    if (this.seen.has(key)) return false;
    this.seen.set(key, Number(timestamp) + this.windowSeconds);
    return true;
  }

  /** Entries remembered (tests check that memory stays bounded). */
  get size(): number {
    return this.seen.size;
  }

  private prune(nowSeconds: number): void {
    // Once a second is enough: an entry kept a second longer is harmless, a full sweep per request is not.
    if (nowSeconds - this.lastPrune < 1) return;
    this.lastPrune = nowSeconds;
    for (const [key, expires] of this.seen) if (expires < nowSeconds) this.seen.delete(key);
  }
}
