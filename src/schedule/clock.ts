/** Time as the scheduler sees it: injected so tests can stand at 07:59:59 Brussels time without waiting. */
export interface Clock {
  now(): Date;
  /** Resolves after `ms`, or early when `signal` aborts (shutdown must not wait out a backoff). */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => new Date(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve) => {
      if (signal?.aborted) return resolve();
      const timer = setTimeout(done, ms);
      function done(): void {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
      }
      signal?.addEventListener('abort', done, { once: true });
    }),
};
