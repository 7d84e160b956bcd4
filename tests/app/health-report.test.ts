import { describe, expect, it } from 'vitest';
import { healthReport, type HealthInput } from '../../src/app/health-report.js';
import type { RunningAdapter } from '../../src/adapters/types.js';

function adapter(platform: RunningAdapter['platform'], state: string): RunningAdapter {
  return { platform, state: () => state, stop: async () => undefined };
}

function input(adapters: RunningAdapter[], extra: Partial<HealthInput> = {}): HealthInput {
  return { adapters, schedules: [], stopping: false, discordInteractions: false, database: { state: 'ok' }, feeds: undefined, ...extra };
}

describe('/healthz and /readyz from the adapters, the database and shutdown', () => {
  it('is live and ready while every connection is up (an interactions endpoint counts as up)', () => {
    const { health, ready } = healthReport(input([adapter('slack', 'connected')], { discordInteractions: true }));
    expect(health.ok).toBe(true);
    expect(health.body).toEqual({
      status: 'ok',
      database: { state: 'ok' },
      adapters: [
        { platform: 'slack', state: 'connected' },
        { platform: 'discord', state: 'interactions endpoint ready' },
      ],
      schedules: [],
    });
    expect(ready).toEqual({ ok: true, body: { status: 'ready' } });
  });

  it('a reconnecting connection is live (a restart would only reconnect) but not ready, and says why', () => {
    const { health, ready } = healthReport(
      input([adapter('slack', 'connecting: attempt 2 failed (apps.connections.open answered internal_error), next in 4 s'), adapter('discord', 'disconnected')]),
    );
    expect(health.ok).toBe(true);
    expect(ready).toEqual({
      ok: false,
      body: {
        status: 'not ready',
        reasons: ['slack: connecting: attempt 2 failed (apps.connections.open answered internal_error), next in 4 s', 'discord: disconnected'],
      },
    });
  });

  it('a connection in error is neither live nor ready; stopping and a lost database are not ready, in that order', () => {
    const broken = healthReport(input([adapter('discord', 'error: An invalid token was provided.')]));
    expect(broken.health.ok).toBe(false);
    expect((broken.health.body as { status: string }).status).toBe('error');
    const { health, ready } = healthReport(
      input([adapter('slack', 'connected')], { stopping: true, database: { state: 'unavailable', error: 'DATABASE_PATH: disk I/O error' } }),
    );
    expect(health.ok).toBe(false);
    expect((health.body as { status: string }).status).toBe('stopping');
    expect(ready.body).toEqual({ status: 'not ready', reasons: ['stopping', 'database unavailable: DATABASE_PATH: disk I/O error'] });
  });
});
