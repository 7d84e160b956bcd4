/** At most N requests in flight per host, so one site is never hammered; the rest queue in order. */
export class HostLimiter {
  private readonly active = new Map<string, number>();
  private readonly waiting = new Map<string, Array<() => void>>();

  constructor(private readonly limit: number) {}

  /** When `signal` aborts while the task is still queued, it leaves the queue and `run` rejects with the reason. */
  async run<T>(host: string, task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    await this.acquire(host, signal);
    try {
      return await task();
    } finally {
      this.release(host);
    }
  }

  private acquire(host: string, signal: AbortSignal | undefined): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    const count = this.active.get(host) ?? 0;
    if (count < Math.max(1, this.limit)) {
      this.active.set(host, count + 1);
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const queue = this.waiting.get(host) ?? [];
      const onAbort = () => {
        const index = queue.indexOf(granted);
        if (index >= 0) queue.splice(index, 1);
        if (queue.length === 0 && this.waiting.get(host) === queue) this.waiting.delete(host);
        reject(signal!.reason);
      };
      function granted(): void {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }
      signal?.addEventListener('abort', onAbort, { once: true });
      queue.push(granted);
      this.waiting.set(host, queue);
    });
  }

  private release(host: string): void {
    const queue = this.waiting.get(host);
    const next = queue?.shift();
    if (next) {
      // The slot passes straight to the next waiter: the count stays the same.
      if (queue!.length === 0) this.waiting.delete(host);
      next();
      return;
    }
    const count = (this.active.get(host) ?? 1) - 1;
    if (count <= 0) this.active.delete(host);
    else this.active.set(host, count);
  }
}
