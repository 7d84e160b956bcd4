import type { Logger } from '../logging/logger.js';

export interface ShutdownOptions {
  /** Hard limit from the signal to exit; platforms send SIGKILL ~10 s after SIGTERM. Default 9 s. */
  timeoutMs?: number;
  signals?: NodeJS.Signals[];
  /** Default process.exit. */
  exit?: (code: number) => void;
}

/**
 * On SIGTERM or SIGINT: stop once (a second signal only logs), then exit 0. If stopping hangs past the limit
 * the process exits anyway: claims were already handed back to the delivery log, so the next start reconciles.
 * Returns a function that removes the handlers.
 */
export function exitOnSignals(stop: () => Promise<void>, logger: Logger, options: ShutdownOptions = {}): () => void {
  const timeoutMs = options.timeoutMs ?? 9_000;
  const signals = options.signals ?? ['SIGTERM', 'SIGINT'];
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let started = false;

  const onSignal = (signal: NodeJS.Signals): void => {
    if (started) {
      logger.warn({ signal }, 'already shutting down');
      return;
    }
    started = true;
    logger.info({ signal }, 'shutting down: no new work; finishing in-flight deliveries');
    const deadline = setTimeout(() => {
      logger.error({ timeoutMs }, 'shutdown took too long; exiting with unfinished work recorded as claimed');
      exit(0);
    }, timeoutMs);
    deadline.unref();
    stop().then(
      () => {
        clearTimeout(deadline);
        exit(0);
      },
      (error: unknown) => {
        clearTimeout(deadline);
        logger.error({ err: error }, 'error while shutting down');
        exit(0);
      },
    );
  };
  for (const signal of signals) process.on(signal, onSignal);
  return () => {
    for (const signal of signals) process.off(signal, onSignal);
  };
}
