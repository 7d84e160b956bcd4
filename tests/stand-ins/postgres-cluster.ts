import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/**
 * A throwaway PostgreSQL cluster for tests: Debian's binaries (initdb, pg_ctl under /usr/lib/postgresql/N/bin, not
 * on PATH), a data folder in a temp dir, 127.0.0.1 on a free port. A test can stop and restart it under a running
 * store (the port stays the same, so the store's pool finds it again).
 */
export interface PostgresCluster {
  port: number;
  /** A fresh, empty database of its own: "postgres://postgres@127.0.0.1:<port>/<name>". */
  createDatabase(name?: string): Promise<string>;
  start(): void;
  /** Fast shutdown: open connections are ended, as when a managed database restarts. */
  stop(): void;
  restart(): void;
  /** Stops the server and removes its folder. */
  destroy(): void;
}

const ROOT = '/usr/lib/postgresql';

/** The newest installed PostgreSQL's bin folder holding initdb and pg_ctl, or undefined. */
export function postgresBinaries(): string | undefined {
  if (!existsSync(ROOT)) return undefined;
  const versions = readdirSync(ROOT)
    .filter((v) => /^\d+$/.test(v))
    .sort((a, b) => Number(b) - Number(a));
  for (const version of versions) {
    const bin = join(ROOT, version, 'bin');
    if (existsSync(join(bin, 'initdb')) && existsSync(join(bin, 'pg_ctl'))) return bin;
  }
  return undefined;
}

const BIN = postgresBinaries();

/**
 * True when the PostgreSQL tests cannot run here and may be skipped: no binaries and not in CI. In CI (CI set)
 * the tests run anyway and fail at the cluster's start, so a CI image without PostgreSQL cannot pass quietly.
 */
export const skipPostgres = BIN === undefined && !process.env['CI'];

let noted = false;
/** Says once per test file why the PostgreSQL half of the suite is skipped. */
export function noteSkippedPostgres(): void {
  if (!skipPostgres || noted) return;
  noted = true;
  console.warn(`PostgreSQL tests skipped: no initdb/pg_ctl under ${ROOT}/*/bin (install Debian's postgresql package; with CI set they fail instead)`);
}

/** The environment the server runs in: no inherited LD_PRELOAD (a preloaded library can break the postmaster). */
function serverEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LC_ALL: 'C' };
  delete env['LD_PRELOAD'];
  for (const key of Object.keys(env)) if (key.startsWith('PG')) delete env[key];
  return env;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function postgresUser(): { uid: number; gid: number } {
  const id = (flag: string): number => {
    const out = spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
    if (out.status !== 0) throw new Error(`running as root, the cluster must run as user postgres, which does not exist: ${out.stderr.trim()}`);
    return Number(out.stdout.trim());
  };
  return { uid: id('-u'), gid: id('-g') };
}

/** Creates (initdb) and starts a cluster; throws, naming what is missing, when it cannot. */
export async function startPostgresCluster(): Promise<PostgresCluster> {
  if (!BIN) throw new Error(`PostgreSQL binaries not found under ${ROOT}/*/bin: install Debian's postgresql package`);
  const bin = BIN;
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-pg-'));
  const data = join(dir, 'data');
  const log = join(dir, 'server.log');
  // initdb refuses to run as root: the cluster belongs to the postgres user then.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const { uid, gid } = postgresUser();
    chownSync(dir, uid, gid);
  }
  const run = (command: string, args: string[]): void => {
    const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, command), ...args]] : [join(bin, command), args];
    const result = spawnSync(file, argv, { env: serverEnv(), encoding: 'utf8', cwd: dir });
    if (result.status !== 0) {
      const serverLog = existsSync(log) ? readFileSync(log, 'utf8').slice(-2000) : '';
      throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal}): ${result.stderr}${result.stdout}\n${serverLog}`);
    }
  };
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
  const port = await freePort();
  const settings = [`-p ${port}`, '-c listen_addresses=127.0.0.1', `-c unix_socket_directories=${dir}`, '-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off', '-c max_connections=60'];
  const start = (): void => run('pg_ctl', ['-D', data, '-l', log, '-w', '-t', '30', '-o', settings.join(' '), 'start']);
  const stop = (): void => run('pg_ctl', ['-D', data, '-w', '-t', '30', '-m', 'fast', 'stop']);
  start();
  let running = true;
  let databases = 0;
  return {
    port,
    async createDatabase(name = `t${++databases}_${process.pid}`) {
      const admin = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', database: 'postgres' });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE "${name}"`);
      } finally {
        await admin.end();
      }
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
    start() {
      start();
      running = true;
    },
    stop() {
      stop();
      running = false;
    },
    restart() {
      if (running) stop();
      start();
      running = true;
    },
    destroy() {
      try {
        if (running) stop();
      } finally {
        running = false;
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
