import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeliveryRow } from '../../src/contracts/stores.js';
import { DeliveryLog } from '../../src/store/delivery-log.js';
import { startSlackStandIn, type SlackStandIn } from '../stand-ins/slack-api.js';
import { keepSlackChannel, tempDb, type PostedSlackMessage, type TempDb } from './helpers.js';

const SCRIPT = fileURLToPath(new URL('./fixtures/scheduler-process.ts', import.meta.url));
const SLOT = '2026-11-23T07:00:00.000Z';

interface Child {
  process: ChildProcess;
  ready: Promise<void>;
  result: Promise<{ done: boolean; rows?: DeliveryRow[]; error?: string }>;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function startChild(env: Record<string, string>): Child {
  const child = fork(SCRIPT, [], { execArgv: ['--import', 'tsx'], env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let onReady: () => void;
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  const result = new Promise<{ done: boolean; rows?: DeliveryRow[]; error?: string }>((resolve) => {
    child.on('message', (message) => {
      if (message === 'ready') onReady();
      else if (typeof message === 'object') resolve(message as { done: boolean });
    });
  });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { process: child, ready, result, exit };
}

// Each child starts tsx and loads Bolt: a few seconds apiece on a busy machine.
describe('two OS processes on one delivery log', { timeout: 60_000 }, () => {
  let slack: SlackStandIn;
  let tmp: TempDb;
  let channel: PostedSlackMessage[];
  let onPost: ((m: PostedSlackMessage) => void) | undefined;
  const children: ChildProcess[] = [];

  beforeEach(async () => {
    slack = await startSlackStandIn();
    onPost = undefined;
    channel = keepSlackChannel(slack, (m) => onPost?.(m));
    tmp = tempDb();
    // The schedule existed before its slot, as it would on a long-running deployment.
    await new DeliveryLog(tmp.db).setCheckedUntil('morning', new Date('2026-11-23T06:59:00Z'));
  });
  afterEach(async () => {
    for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await slack.close();
    tmp.cleanup();
  });

  function child(now: string, mode = 'normal'): Child {
    const c = startChild({ NB_DB: tmp.path, NB_API: slack.apiUrl, NB_NOW: now, NB_MODE: mode });
    children.push(c.process);
    return c;
  }

  it('posts a slot once when two processes fire for it at the same moment', async () => {
    const a = child(SLOT);
    const b = child(SLOT);
    await Promise.all([a.ready, b.ready]);
    a.process.send('go');
    b.process.send('go');
    const [ra, rb] = await Promise.all([a.result, b.result]);
    expect([ra.done, rb.done]).toEqual([true, true]);
    expect(channel).toHaveLength(1);
    expect(channel[0]!.metadata?.event_payload?.slot).toBe(`morning@${SLOT}`);
    expect(await new DeliveryLog(tmp.db).list()).toMatchObject([{ slot: SLOT, status: 'posted', messageId: channel[0]!.ts }]);
  });

  it('SIGKILL after posting but before recording it: the restarted process finds the post and does not repost', async () => {
    const first = child(SLOT);
    await first.ready;
    onPost = () => first.process.kill('SIGKILL'); // the message is in the channel; the process never hears back
    first.process.send('go');
    expect(await first.exit).toEqual({ code: null, signal: 'SIGKILL' });
    expect(await new DeliveryLog(tmp.db).list()).toMatchObject([{ status: 'claimed' }]);
    onPost = undefined;

    const restarted = child('2026-11-23T07:02:00Z');
    await restarted.ready;
    restarted.process.send('go');
    expect((await restarted.result).done).toBe(true);
    expect(channel).toHaveLength(1);
    expect(slack.apiCalls('conversations.history')).toHaveLength(1);
    expect(await new DeliveryLog(tmp.db).list()).toMatchObject([{ status: 'posted', messageId: channel[0]!.ts, late: false }]);
  });

  it('SIGKILL after claiming but before posting: the restarted process checks the channel, then posts once, late', async () => {
    const first = child(SLOT, 'hang-before-post');
    await first.ready;
    const posting = new Promise<void>((resolve) => first.process.on('message', (m) => m === 'posting' && resolve()));
    first.process.send('go');
    await posting;
    first.process.kill('SIGKILL');
    await first.exit;
    expect(channel).toEqual([]);

    const restarted = child('2026-11-23T07:02:00Z');
    await restarted.ready;
    restarted.process.send('go');
    await restarted.result;
    expect(slack.apiCalls('conversations.history')).toHaveLength(1);
    expect(channel).toHaveLength(1);
    expect(channel[0]!.text).toContain('late');
    expect(await new DeliveryLog(tmp.db).list()).toMatchObject([{ status: 'posted', late: true, messageId: channel[0]!.ts }]);
  });
});
