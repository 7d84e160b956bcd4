import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from '../logging/logger.js';
import type { ScheduleConfig } from '../contracts/schedule.js';

/**
 * node-cron wakes the scheduler at each schedule's wall-clock time in its zone. It is only the alarm clock:
 * which slots are due is decided from the delivery log and CronSlots, so a tick node-cron doubles or drops
 * around a DST change costs one empty pass or waits for the scheduler's own 30-second timer.
 */
export function startCronTriggers(schedules: ScheduleConfig[], wake: () => void, logger: Logger): ScheduledTask[] {
  const log = logger.child({ component: 'node-cron' });
  const cronLogger = {
    info: (message: string) => log.debug(message),
    warn: (message: string) => log.debug(message),
    error: (message: string | Error, err?: Error) => log.warn({ err: err ?? message }, 'node-cron error'),
    debug: (message: string | Error) => log.trace(String(message)),
  };
  return schedules.map((schedule) =>
    cron.schedule(schedule.cron, () => wake(), { timezone: schedule.timezone, name: `newsbrief:${schedule.id}`, noOverlap: true, logger: cronLogger }),
  );
}

export async function stopCronTriggers(tasks: ScheduledTask[]): Promise<void> {
  await Promise.all(tasks.map((task) => task.destroy()));
}
