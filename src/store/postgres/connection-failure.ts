import { DatabaseUnavailableError } from '../../contracts/database-unavailable-error.js';

/** Socket errors that mean the server cannot be reached (down, restarting, wrong host), not that a query was wrong. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNABORTED']);

/**
 * SQLSTATEs that say the database, not the statement, is the trouble: class 08 (connection exception), 57P01-57P03
 * (shut down, crashed, starting up), 53300 (too many connections), 28 (login refused), 3D000 (no such database).
 */
const SERVER_STATES = /^(08|57P0[123]|53300|28|3D000)/;

/** pg's own words when a connection ends or never starts (it gives these errors no code). */
const CLIENT_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|not queryable|Client was closed|connection error|Cannot use a pool after calling end|Query read timeout/i;

/** True for an error that says PostgreSQL cannot be used now (so the work should wait for it), not a bad query. */
export function isConnectionFailure(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError) return true;
  if (error instanceof AggregateError) return error.errors.some(isConnectionFailure);
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || SERVER_STATES.test(code))) return true;
  return error instanceof Error && CLIENT_MESSAGES.test(error.message);
}
