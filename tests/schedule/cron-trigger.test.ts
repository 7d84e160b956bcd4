import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logging/logger.js';
import { startCronTriggers, stopCronTriggers } from '../../src/schedule/cron-trigger.js';
import { schedule } from './helpers.js';

describe('node-cron as the scheduler’s alarm clock', () => {
  it('rings at the schedule’s times in its zone, and never after it is stopped', async () => {
    // Every second (node-cron's six-field form), so the test waits about a second, not a minute.
    const everySecond = { ...schedule({ timezone: 'Europe/Brussels' }), cron: '* * * * * *' };
    let rings = 0;
    let first: () => void = () => undefined;
    const rang = new Promise<void>((resolve) => (first = resolve));
    const tasks = startCronTriggers([everySecond], () => {
      rings++;
      first();
    }, silentLogger());
    await rang;
    await stopCronTriggers(tasks);
    const atStop = rings;
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(atStop).toBeGreaterThanOrEqual(1);
    expect(rings).toBe(atStop);
  });
});
