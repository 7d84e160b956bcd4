import { afterEach, describe, expect, it } from 'vitest';
import { startHttpServer, type RunningHttpServer } from '../../../src/adapters/http/http-server.js';
import { silentLogger } from '../../../src/logging/logger.js';
import { ConfigError } from '../../../src/contracts/config-error.js';

describe('the HTTP server on PORT', () => {
  let running: RunningHttpServer | undefined;
  afterEach(async () => {
    await running?.close(100);
    running = undefined;
  });

  it('answers /healthz with the report as JSON: 200 when ok, 503 when not', async () => {
    let ok = true;
    running = await startHttpServer({
      port: 0,
      host: '127.0.0.1',
      logger: silentLogger(),
      health: () => ({ ok, body: { status: ok ? 'ok' : 'error', adapters: [{ platform: 'slack', state: ok ? 'connected' : 'error: invalid_auth' }], schedules: [] } }),
    });
    const base = `http://127.0.0.1:${running.port}`;
    const good = await fetch(`${base}/healthz`);
    expect(good.status).toBe(200);
    expect(good.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await good.json()).toEqual({ status: 'ok', adapters: [{ platform: 'slack', state: 'connected' }], schedules: [] });
    ok = false;
    const bad = await fetch(`${base}/healthz`);
    expect(bad.status).toBe(503);
    expect(await bad.json()).toEqual({ status: 'error', adapters: [{ platform: 'slack', state: 'error: invalid_auth' }], schedules: [] });
    const post = await fetch(`${base}/healthz`, { method: 'POST' });
    expect(post.status).toBe(405);
  });

  it('routes /slack/… to the Slack listener and /discord/interactions to the Discord handler, 404 elsewhere', async () => {
    running = await startHttpServer({
      port: 0,
      host: '127.0.0.1',
      logger: silentLogger(),
      health: () => ({ ok: true, body: {} }),
      slack: (req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end(`slack ${req.method} ${req.url}`),
      discord: (req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end(`discord ${req.method} ${req.url}`),
    });
    const base = `http://127.0.0.1:${running.port}`;
    expect(await (await fetch(`${base}/slack/events`, { method: 'POST', body: 'x' })).text()).toBe('slack POST /slack/events');
    expect(await (await fetch(`${base}/discord/interactions`, { method: 'POST', body: '{}' })).text()).toBe('discord POST /discord/interactions');
    const missing = await fetch(`${base}/other`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: 'nothing at /other' });
  });

  it('answers 404 under /slack/ when Slack runs in Socket Mode (no listener mounted)', async () => {
    running = await startHttpServer({ port: 0, host: '127.0.0.1', logger: silentLogger(), health: () => ({ ok: true, body: {} }) });
    expect((await fetch(`http://127.0.0.1:${running.port}/slack/events`, { method: 'POST', body: 'x' })).status).toBe(404);
  });

  it('answers /readyz from its own report (the database may be down while /healthz is fine), and says where it listens', async () => {
    let ready = false;
    running = await startHttpServer({
      port: 0,
      host: '127.0.0.1',
      logger: silentLogger(),
      health: () => ({ ok: true, body: { status: 'ok' } }),
      ready: () => (ready ? { ok: true, body: { status: 'ready' } } : { ok: false, body: { status: 'not ready', reasons: ['database unavailable: gone'] } }),
    });
    expect(running.address).toBe('127.0.0.1');
    const base = `http://127.0.0.1:${running.port}`;
    const down = await fetch(`${base}/readyz`);
    expect([down.status, await down.json()]).toEqual([503, { status: 'not ready', reasons: ['database unavailable: gone'] }]);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    ready = true;
    const up = await fetch(`${base}/readyz`);
    expect([up.status, await up.json()]).toEqual([200, { status: 'ready' }]);
    expect((await fetch(`${base}/readyz`, { method: 'DELETE' })).status).toBe(405);
  });

  it('a port already in use is a ConfigError naming PORT', async () => {
    running = await startHttpServer({ port: 0, host: '127.0.0.1', logger: silentLogger(), health: () => ({ ok: true, body: {} }) });
    const port = running.port;
    const taken = startHttpServer({ port, host: '127.0.0.1', logger: silentLogger(), health: () => ({ ok: true, body: {} }) });
    await expect(taken).rejects.toThrow(new ConfigError(`PORT: ${port} is already in use on 127.0.0.1; stop what listens there or set PORT to a free port`));
    await expect(taken).rejects.toBeInstanceOf(ConfigError);
  });
});
