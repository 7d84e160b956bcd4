/**
 * The one source of time. The wiring (serve, the CLI) creates it once and passes it down, so tests can stand at
 * 07:59:59 Brussels time without waiting, and no fixture dated last week stops working next week.
 */
export interface Clock {
  now(): Date;
  /** Resolves after `ms`, or early when `signal` aborts (shutdown must not wait out a backoff). */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}
