import { FetchError } from './fetch-error.js';

/**
 * One bound for one fetch of a link, whatever it takes: DNS, waiting for a host slot, each robots.txt, every
 * redirect hop, connecting and reading the body. Slow sites cannot add up past it hop by hop.
 */
export class FetchDeadline {
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout;
  /** What was being waited for when time ran out (a redirect hop, a robots.txt), for the error message. */
  at: string;

  constructor(
    readonly url: string,
    readonly ms: number,
  ) {
    this.at = url;
    this.timer = setTimeout(() => this.controller.abort(this.error()), ms);
  }

  /** Aborts when the deadline passes; its reason is the FetchError to throw. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Settles as `work` does, or rejects with the deadline error when the deadline passes first. */
  race<T>(work: Promise<T>): Promise<T> {
    const signal = this.controller.signal;
    if (signal.aborted) {
      work.catch(() => undefined);
      return Promise.reject(signal.reason as FetchError);
    }
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => reject(signal.reason as FetchError);
      signal.addEventListener('abort', onAbort, { once: true });
      void work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  }

  clear(): void {
    clearTimeout(this.timer);
  }

  private error(): FetchError {
    const where = this.at === this.url ? '' : ` (was waiting for ${this.at})`;
    return new FetchError('timeout', `${this.url} was not fetched within the ${this.ms} ms deadline${where}`, this.url);
  }
}
