import { createHash } from 'node:crypto';
import type { SeenRequestStore } from '../../contracts/stores.js';

/** Where instances sharing a database record what they received; absent until the database is open. */
export interface SharedReplays {
  store: () => SeenRequestStore | undefined;
  /** Names the platform in the record, so two platforms' requests never meet. */
  scope: string;
  /** Longest wait for the database before the request is judged on this process's memory alone. Default 1000. */
  deadlineMs?: number;
  /** Called when the database could not answer in time (the request was let through on local memory). */
  onUnavailable?: (error: unknown) => void;
}

/**
 * Signed requests already answered within their validity window. A signature proves who sent a request, not
 * that it is new: anyone who captured one (a proxy log, a leaked capture) could send it again until its
 * timestamp goes stale. Only requests whose signature checked out are remembered, so the map holds real
 * traffic of one window at most, and entries leave once their timestamp could no longer pass. With `shared`, the
 * database also remembers them, so another instance behind the same load balancer refuses the replay too.
 */
export class ReplayGuard {
  private readonly seen = new Map<string, number>();
  private lastPrune = Number.NEGATIVE_INFINITY;

  /** `windowSeconds`: how far a timestamp may be from now (either way) and still be accepted. */
  constructor(
    private readonly windowSeconds: number,
    private readonly shared?: SharedReplays,
  ) {}

  /**
   * True the first time this signed content is offered to any instance on the database (or, without one, to this
   * process). A database that cannot answer within the deadline does not hold up the 3-second acknowledgement:
   * the request is judged on this process's memory, and `onUnavailable` hears of it.
   */
  async firstSightAnywhere(timestamp: string, rawBody: Buffer, nowSeconds: number): Promise<boolean> {
    const key = digest(timestamp, rawBody);
    if (!this.firstLocalSight(key, timestamp, nowSeconds)) return false;
    const shared = this.shared;
    const store = shared?.store();
    if (!shared || !store) return true;
    const expires = new Date((Number(timestamp) + this.windowSeconds) * 1000);
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('the database did not answer in time')), shared.deadlineMs ?? 1_000);
    });
    try {
      return await Promise.race([store.firstSight(`${shared.scope}:${key}`, expires, new Date(nowSeconds * 1000)), deadline]);
    } catch (error) {
      shared.onUnavailable?.(error);
      return true;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Entries remembered (tests check that memory stays bounded). */
  get size(): number {
    return this.seen.size;
  }

  private firstLocalSight(key: string, timestamp: string, nowSeconds: number): boolean {
    this.prune(nowSeconds);
    if (this.seen.has(key)) return false;
    this.seen.set(key, Number(timestamp) + this.windowSeconds);
    return true;
  }

  private prune(nowSeconds: number): void {
    // Once a second is enough: an entry kept a second longer is harmless, a full sweep per request is not.
    if (nowSeconds - this.lastPrune < 1) return;
    this.lastPrune = nowSeconds;
    for (const [key, expires] of this.seen) if (expires < nowSeconds) this.seen.delete(key);
  }
}

function digest(timestamp: string, rawBody: Buffer): string {
  return createHash('sha256').update(timestamp).update('\0').update(rawBody).digest('base64');
}
