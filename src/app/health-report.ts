import type { HealthReport } from '../adapters/http/http-server.js';
import type { RunningAdapter } from '../adapters/types.js';
import type { StoreState } from '../contracts/stores.js';
import type { ScheduleStatus } from '../schedule/scheduler.js';

export interface HealthInput {
  adapters: RunningAdapter[];
  schedules: ScheduleStatus[];
  stopping: boolean;
  discordInteractions: boolean;
  database: StoreState;
  /** Only when config/feeds.yaml has feeds. */
  feeds: 'running' | 'stopped' | 'database unavailable' | undefined;
}

/** Adapter states in which commands and posts go through. */
const SERVING = new Set(['connected', 'interactions endpoint ready']);

/**
 * /healthz is 200 while slash commands can be answered: a failed database pauses scheduled posts and live feeds
 * (the body says so, and /readyz is 503) but restarting the process would not bring it back. A connection that
 * is reconnecting is normal for liveness (a restart would only reconnect too) but not ready: while Socket Mode or
 * the gateway is down, nothing reaches this process and its posts wait, which is what readiness is for.
 */
export function healthReport(input: HealthInput): { health: HealthReport; ready: HealthReport } {
  const states = input.adapters.map((a) => ({ platform: a.platform, state: a.state() }));
  if (input.discordInteractions) states.push({ platform: 'discord', state: 'interactions endpoint ready' } as { platform: RunningAdapter['platform']; state: string });
  const broken = states.filter((s) => s.state.startsWith('error'));
  const ok = !input.stopping && broken.length === 0;
  const body = {
    status: input.stopping ? 'stopping' : ok ? 'ok' : 'error',
    database: input.database,
    adapters: states,
    schedules: input.schedules,
    ...(input.feeds ? { feeds: { state: input.feeds } } : {}),
  };
  const reasons = [
    ...(input.stopping ? ['stopping'] : []),
    ...states.filter((s) => !SERVING.has(s.state)).map((s) => `${s.platform}: ${s.state}`),
    ...(input.database.state === 'ok' ? [] : [`database unavailable: ${input.database.error}`]),
  ];
  return {
    health: { ok, body },
    ready: { ok: reasons.length === 0, body: reasons.length ? { status: 'not ready', reasons } : { status: 'ready' } },
  };
}
