import { describe, expect, it } from 'vitest';
import { ReplayGuard } from '../../../src/adapters/http/replay-guard.js';

const T = 1_790_000_000;

describe('ReplayGuard', () => {
  it('accepts signed content once; the same body at another timestamp is another request', () => {
    const guard = new ReplayGuard(300);
    expect(guard.firstSight(String(T), Buffer.from('a=1'), T)).toBe(true);
    expect(guard.firstSight(String(T), Buffer.from('a=1'), T + 10)).toBe(false);
    expect(guard.firstSight(String(T + 1), Buffer.from('a=1'), T + 10)).toBe(true);
    expect(guard.firstSight(String(T), Buffer.from('a=2'), T + 10)).toBe(true);
  });

  it('forgets entries once their timestamp is past the window, so memory holds one window of requests', () => {
    const guard = new ReplayGuard(300);
    for (let i = 0; i < 100; i++) guard.firstSight(String(T + i), Buffer.from(`n=${i}`), T + i);
    expect(guard.size).toBe(100);
    guard.firstSight(String(T + 350), Buffer.from('late'), T + 350);
    // Entries stamped T..T+49 expired (stamp + 300 < T+350); T+50..T+99 and the new one stay.
    expect(guard.size).toBe(51);
    guard.firstSight(String(T + 1000), Buffer.from('later'), T + 1000);
    expect(guard.size).toBe(1);
  });
});
