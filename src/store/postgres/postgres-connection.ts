import pg from 'pg';
import type { Logger } from '../../logging/logger.js';
import type { StoreState } from '../../contracts/stores.js';
import { DatabaseUnavailableError } from '../../contracts/database-unavailable-error.js';
import { isConnectionFailure } from './connection-failure.js';
import { migratePostgres } from './migrate-postgres.js';
import { describeDatabaseUrl } from './redact-url.js';

export type PostgresListener = (state: StoreState) => void;

export interface PostgresConnectionOptions {
  /** Connections this process holds at most (pg's pool size). Default 5. */
  max?: number;
  /** How long a connection attempt may take before the database counts as unreachable. Default 5 s. */
  connectionTimeoutMs?: number;
  /** How long one query may wait for the server's answer before the database counts as unreachable. Default 30 s. */
  queryTimeoutMs?: number;
  /** Apply the migrations at the first use (default true). */
  migrate?: boolean;
}

export const DEFAULT_POOL_SIZE = 5;

/** What a query runs on: the pool, or one client inside a transaction. */
export type Queryable = Pick<pg.PoolClient, 'query'>;

/**
 * The PostgreSQL database at DATABASE_URL as the stores hold it: a pg.Pool with the state semantics of the SQLite
 * DatabaseConnection. A failure to reach the server marks it unavailable (logged once per outage) and becomes
 * DatabaseUnavailableError; the next use simply tries again (the pool opens new connections), so the callers' own
 * backoff decides how often, and the first use that works marks it ok again. The migrations are applied at the
 * first use that reaches the server.
 */
export class PostgresConnection {
  readonly pool: pg.Pool;
  /** DATABASE_URL without its password, for messages. */
  readonly target: string;
  private current: StoreState = { state: 'unavailable', error: 'not connected yet' };
  private outage = false;
  private closed = false;
  private migrated: Promise<void> | undefined;
  private probing: Promise<void> | undefined;
  private readonly listeners = new Set<PostgresListener>();
  private readonly logger: Logger;
  private readonly migrate: boolean;

  constructor(url: string, logger: Logger, options: PostgresConnectionOptions = {}) {
    this.target = describeDatabaseUrl(url);
    this.logger = logger.child({ component: 'database' });
    this.migrate = options.migrate ?? true;
    this.pool = new pg.Pool({
      connectionString: url,
      max: options.max ?? DEFAULT_POOL_SIZE,
      connectionTimeoutMillis: options.connectionTimeoutMs ?? 5_000,
      idleTimeoutMillis: 30_000,
      keepAlive: true,
      // A server that stops answering (a network partition) must not hold a scheduler pass forever.
      query_timeout: options.queryTimeoutMs ?? 30_000,
    });
    // An idle connection the server ends (restart, failover) emits here; unhandled, it would stop the process.
    this.pool.on('error', (error) => this.fail(error));
  }

  state(): StoreState {
    return this.current;
  }

  /** Called on every change between ok and unavailable. Returns an unsubscribe. */
  watch(listener: PostgresListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Connects (and migrates) now; false when it cannot (the state says why; the failure is logged once). */
  async open(): Promise<boolean> {
    try {
      await this.query('SELECT 1');
      return true;
    } catch (error) {
      if (error instanceof DatabaseUnavailableError) return false;
      throw error;
    }
  }

  /**
   * Without waiting: one round trip to the server (one at a time), so that health probes notice an outage, and the
   * server's return, even while nothing else uses the database. The state they read is the last one seen.
   */
  probe(): void {
    if (this.closed || this.probing) return;
    this.probing = this.open()
      .then(() => undefined, (error: unknown) => this.logger.error({ err: error }, 'database probe failed'))
      .finally(() => (this.probing = undefined));
  }

  async query<R extends pg.QueryResultRow = pg.QueryResultRow>(text: string, params: unknown[] = []): Promise<pg.QueryResult<R>> {
    return this.run(() => this.pool.query<R>(text, params));
  }

  /** Runs `work` in one transaction on one connection: committed when it resolves, rolled back when it throws. */
  async transaction<T>(work: (client: Queryable) => Promise<T>): Promise<T> {
    return this.run(async () => {
      const client = await this.pool.connect();
      let broken: unknown;
      // A connection the server ends while it is checked out (a restart between two of our queries) emits 'error' on
      // the client, not the pool: unhandled, that would stop the process. The next query on it fails anyway.
      const onError = (error: Error): void => void (broken = error);
      client.on('error', onError);
      try {
        await client.query('BEGIN');
        const result = await work(client);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        broken = isConnectionFailure(error) ? error : undefined;
        if (!broken) await client.query('ROLLBACK').catch((rollback: unknown) => (broken = rollback));
        throw error;
      } finally {
        // A connection that failed mid-transaction is dropped from the pool, not handed to the next caller.
        client.off('error', onError);
        client.release(broken instanceof Error ? broken : broken === undefined ? undefined : true);
      }
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.listeners.clear();
    await this.probing;
    await this.pool.end();
  }

  private async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.closed) throw new DatabaseUnavailableError(`DATABASE_URL: ${this.target}: the database is closed (shutting down)`);
    try {
      await this.migrations();
      const result = await work();
      this.setState({ state: 'ok' });
      return result;
    } catch (error) {
      if (!isConnectionFailure(error)) throw error;
      this.fail(error);
      throw new DatabaseUnavailableError(this.current.state === 'unavailable' ? this.current.error : `DATABASE_URL: ${this.target}: ${(error as Error).message}`, { cause: error });
    }
  }

  /** The migrations, applied once per process; a failed attempt is forgotten so the next use makes a new one. */
  private migrations(): Promise<void> {
    if (!this.migrate) return Promise.resolve();
    if (!this.migrated) {
      const attempt = migratePostgres(this.pool, { logger: this.logger }).then(() => undefined);
      this.migrated = attempt;
      attempt.catch(() => {
        if (this.migrated === attempt) this.migrated = undefined;
      });
    }
    return this.migrated;
  }

  private fail(error: unknown): void {
    if (this.closed) return;
    this.setState({ state: 'unavailable', error: `DATABASE_URL: cannot reach ${this.target}: ${describeError(error)}` });
  }

  private setState(next: StoreState): void {
    const previous = this.current;
    this.current = next;
    if (next.state === 'unavailable') {
      if (this.outage) {
        if (previous.state === 'unavailable' && previous.error !== next.error) this.logger.debug({ database: this.target, error: next.error }, 'database still unavailable');
        return;
      }
      this.outage = true;
      this.logger.error({ database: this.target, error: next.error }, `database unavailable: ${next.error}. Slash commands are still answered; scheduled posts and live feeds wait for it`);
    } else {
      if (previous.state === 'ok') return;
      if (this.outage) this.logger.info({ database: this.target }, 'database available again: scheduled posts and live feeds resume');
      this.outage = false;
    }
    for (const listener of this.listeners) {
      try {
        listener(next);
      } catch (error) {
        this.logger.error({ err: error }, 'a database state listener failed');
      }
    }
  }
}

function describeError(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length) return describeError(error.errors[0]);
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  return typeof code === 'string' && !message.includes(code) ? `${message} (${code})` : message;
}
