import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../logging/logger.js';

/**
 * Bolt and its WebClient log through this, into our one pino logger. Debug lines are dropped whatever the
 * pino level: at debug Bolt prints whole payloads (user text) and Socket Mode connection URLs.
 */
export function createBoltLogger(logger: Logger): BoltLogger {
  const log = logger.child({ component: 'slack-bolt' });
  const line = (msg: unknown[]): string =>
    msg.map((m) => (m instanceof Error ? m.message : typeof m === 'string' ? m : safeJson(m))).join(' ');
  return {
    debug: () => {},
    info: (...msg: unknown[]) => log.info(line(msg)),
    warn: (...msg: unknown[]) => log.warn(line(msg)),
    error: (...msg: unknown[]) => log.error(line(msg)),
    // The pino level is set once at start from LOG_LEVEL; Bolt may not change it.
    setLevel: () => {},
    getLevel: () => (logger.isLevelEnabled('info') ? LogLevel.INFO : logger.isLevelEnabled('warn') ? LogLevel.WARN : LogLevel.ERROR),
    setName: () => {},
  };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
