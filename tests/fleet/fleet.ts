import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/newsbrief.js', import.meta.url));

/** One JSON log line of an instance (pino), with the instance's name added. */
export interface FleetLogLine {
  instance: string;
  level: number;
  msg: string;
  [field: string]: unknown;
}

export interface FleetOptions {
  /** Instance names; each becomes one `newsbrief serve` process with its own Slack token (`xoxb-fleet-<name>`). */
  names: readonly string[];
  /** The working folder of every process. */
  cwd: string;
  /** What every instance shares: the database (DATABASE_PATH or DATABASE_URL), config folders, SLACK_API_URL. */
  env: Record<string, string>;
  /** What differs per instance beside its Slack token (e.g. its Discord token). */
  instanceEnv?: (name: string) => Record<string, string>;
  /** Milliseconds to wait for "newsbrief is serving" (tsx and Bolt load in a few seconds on a quiet machine). */
  startTimeoutMs?: number;
}

interface Running {
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** The Slack bot token of an instance: the stand-in reads it from each request's Authorization to tell who posted. */
export function instanceToken(name: string): string {
  return `xoxb-fleet-${name}`;
}

/** The Discord bot token of an instance, told apart the same way (`Authorization: Bot fleet-<name>`). */
export function discordInstanceToken(name: string): string {
  return `fleet-${name}`;
}

/** Which instance sent a request, from its `Bearer xoxb-fleet-<name>` (Slack) or `Bot fleet-<name>` (Discord) header. */
export function instanceOf(authorization: string | undefined): string | undefined {
  return /^(?:Bearer xoxb-|Bot )fleet-(.+)$/.exec(authorization ?? '')?.[1];
}

/**
 * Several `newsbrief serve` processes (`node bin/newsbrief.js serve`, exactly what a Procfile runs), none special,
 * on one database. Each can be killed (SIGKILL: no shutdown code runs) and started again under the same name.
 * Their JSON log lines are kept, in order of arrival, for the assertions and for a failure's diagnosis.
 */
export class Fleet {
  readonly lines: FleetLogLine[] = [];
  /** Every start, kill and restart, with the wall time: printed when a test fails. */
  readonly events: string[] = [];
  private readonly running = new Map<string, Running>();
  private readonly stderr = new Map<string, string>();

  constructor(private readonly options: FleetOptions) {}

  get names(): readonly string[] {
    return this.options.names;
  }

  /** Instances whose process is running now. */
  alive(): string[] {
    return this.options.names.filter((name) => this.running.has(name));
  }

  /** Starts every instance at once and resolves when all of them serve. */
  async start(): Promise<void> {
    await Promise.all(this.options.names.map((name) => this.startOne(name)));
  }

  /** Starts one instance (again) and resolves when it logs "newsbrief is serving". */
  async startOne(name: string): Promise<void> {
    if (this.running.has(name)) throw new Error(`instance ${name} is already running`);
    const child = spawn(process.execPath, [BIN, 'serve'], {
      cwd: this.options.cwd,
      env: cleanEnv({
        ...this.options.env,
        SLACK_BOT_TOKEN: instanceToken(name),
        SLACK_APP_TOKEN: 'xapp-fleet',
        HOST: '127.0.0.1',
        PORT: '0',
        LOG_LEVEL: 'info',
        ...this.options.instanceEnv?.(name),
      }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('exit', (code, signal) => {
        this.running.delete(name);
        resolve({ code, signal });
      }),
    );
    this.running.set(name, { child, exited });
    this.events.push(`${stamp()} start ${name} (pid ${child.pid})`);
    let serving: (() => void) | undefined;
    let buffered = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const parts = buffered.split('\n');
      buffered = parts.pop()!;
      for (const part of parts) {
        if (!part.trim()) continue;
        let line: FleetLogLine;
        try {
          line = { ...(JSON.parse(part) as { level: number; msg: string }), instance: name };
        } catch {
          line = { instance: name, level: 30, msg: part };
        }
        this.lines.push(line);
        if (line.msg === 'newsbrief is serving') serving?.();
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => this.stderr.set(name, (this.stderr.get(name) ?? '') + chunk.toString()));
    const timeoutMs = this.options.startTimeoutMs ?? 30_000;
    let timer: NodeJS.Timeout | undefined;
    try {
      await new Promise<void>((resolve, reject) => {
        serving = resolve;
        timer = setTimeout(() => reject(new Error(`instance ${name} did not serve within ${timeoutMs} ms`)), timeoutMs);
        void exited.then(({ code, signal }) => reject(new Error(`instance ${name} exited before serving (code ${code}, signal ${signal}): ${this.stderr.get(name) ?? ''}`)));
      });
    } finally {
      clearTimeout(timer);
    }
  }

  /** SIGKILL: the process stops wherever it is, mid-post or mid-transaction. Resolves once it is gone. */
  async kill(name: string, why: string): Promise<void> {
    const running = this.running.get(name);
    if (!running) return;
    running.child.kill('SIGKILL');
    this.events.push(`${stamp()} SIGKILL ${name} (${why})`);
    await running.exited;
  }

  /** The same SIGKILL, sent at once from a synchronous callback (e.g. while the stand-in holds a post's answer). */
  killNow(name: string, why: string): boolean {
    const running = this.running.get(name);
    if (!running) return false;
    running.child.kill('SIGKILL');
    this.events.push(`${stamp()} SIGKILL ${name} (${why})`);
    return true;
  }

  /** SIGTERM to every instance (a clean shutdown), then SIGKILL to any still running after `ms`. */
  async stop(ms = 12_000): Promise<void> {
    const all = [...this.running.entries()];
    for (const [, running] of all) running.child.kill('SIGTERM');
    const timer = setTimeout(() => {
      for (const [, running] of all) running.child.kill('SIGKILL');
    }, ms);
    await Promise.all(all.map(([, running]) => running.exited));
    clearTimeout(timer);
  }

  /** Lines at warning level or above, as "instance: message", for a failure's diagnosis. */
  problems(): string[] {
    return this.lines.filter((l) => l.level >= 40).map((l) => `${l.instance}: ${l.msg}`);
  }
}

function stamp(): string {
  // The fleet runs on the wall clock (it is a real deployment); the stamp only orders events for a human reader.
  return new Date().toISOString();
}

/** The parent's environment without anything newsbrief reads, so a developer's tokens or database never leak in. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(SLACK_|DISCORD_|PORT$|HOST$|DATABASE_|LOG_LEVEL$|NEWSBRIEF_)/.test(key)) env[key] = value;
  }
  return { ...env, ...extra };
}
