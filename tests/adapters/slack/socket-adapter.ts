import { startSlackAdapter, type SlackAdapter, type SlackAdapterOptions } from '../../../src/adapters/slack/start.js';
import { buildCommandTable } from '../../../src/commands/table.js';
import { createLogger, silentLogger, type Logger } from '../../../src/logging/logger.js';
import { parseEnv } from '../../../src/settings/env.js';
import type { SlackStandIn } from '../../stand-ins/slack-api.js';
import { wallFollowingClock } from '../../stand-ins/slack-signing.js';
import { fixtureLibrary } from './briefing-fixture.js';

/**
 * The real Slack adapter in Socket Mode on the stand-in (tokens xoxb-test and xapp-test): the fixture library,
 * silent logs, the wall-following clock and no Web API retries, unless `options` say otherwise.
 */
export function startSocketAdapter(slack: SlackStandIn, options: Partial<SlackAdapterOptions> = {}): Promise<SlackAdapter> {
  return startSlackAdapter({
    env: parseEnv({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_APP_TOKEN: 'xapp-test', SLACK_API_URL: slack.apiUrl }),
    context: { table: buildCommandTable({ aliases: [] }), library: fixtureLibrary() },
    logger: silentLogger(),
    clock: wallFollowingClock(),
    clientOptions: { retryConfig: { retries: 0 } },
    ...options,
  });
}

export interface LogLine {
  level: number;
  msg: string;
}

/** A logger that keeps its lines, parsed, for a test to read or to wait for. */
export interface CapturedLogger {
  logger: Logger;
  lines: LogLine[];
  /** Resolves once a line with this message has been logged (an earlier one counts). */
  logged(msg: string): Promise<void>;
}

export function capturedLogger(): CapturedLogger {
  const lines: LogLine[] = [];
  const waiting: { msg: string; resolve(): void }[] = [];
  const logger = createLogger('info', {
    write: (raw: string) => {
      const line = JSON.parse(raw) as LogLine;
      lines.push(line);
      for (const waiter of waiting.filter((w) => w.msg === line.msg)) {
        waiting.splice(waiting.indexOf(waiter), 1);
        waiter.resolve();
      }
    },
  });
  return {
    logger,
    lines,
    logged: (msg) =>
      new Promise((resolve) => {
        if (lines.some((l) => l.msg === msg)) resolve();
        else waiting.push({ msg, resolve });
      }),
  };
}
