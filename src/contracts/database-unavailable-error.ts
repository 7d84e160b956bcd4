/**
 * The database went away while running (or never opened): the work that needs it waits for it to come back.
 * Every store rejects with it, whichever database it runs on, so the scheduler can wait instead of failing.
 */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}
