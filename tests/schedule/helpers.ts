import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { webApi } from '@slack/bolt';
import { createSlackPoster } from '../../src/adapters/slack/slack-poster.js';
import type { ChannelPoster } from '../../src/contracts/channel-poster.js';
import { BriefingLibrary, type StoryEntry } from '../../src/stories/library.js';
import { buildCommandTable } from '../../src/commands/table.js';
import type { CommandContext } from '../../src/commands/dispatch.js';
import type { Briefing } from '../../src/core/types.js';
import { silentLogger } from '../../src/logging/logger.js';
import type { Clock } from '../../src/contracts/clock.js';
import { schedulesSchema, type ScheduleConfig } from '../../src/settings/schedules.js';
import { openDatabase, type Db } from '../../src/store/database.js';
import type { SlackStandIn } from '../stand-ins/slack-api.js';

/** A clock that stands still until told; sleeping moves it forward at once (backoffs take no real time). */
export class FakeClock implements Clock {
  private t: number;
  readonly sleeps: number[] = [];
  constructor(iso: string) {
    this.t = Date.parse(iso);
  }
  now(): Date {
    return new Date(this.t);
  }
  set(iso: string): void {
    this.t = Date.parse(iso);
  }
  advance(ms: number): void {
    this.t += ms;
  }
  async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    this.t += ms;
  }
}

export interface TempDb {
  dir: string;
  path: string;
  db: Db;
  cleanup(): void;
}

export function tempDb(): TempDb {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-schedule-'));
  const path = join(dir, 'data', 'newsbrief.db');
  const db = openDatabase(path);
  return {
    dir,
    path,
    db,
    cleanup: () => {
      if (db.open) db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function briefing(id: string, title: string, point = 'Regulators opened an inquiry.'): Briefing {
  return {
    id,
    title,
    sources: [{ id: 'wire', title, publisher: 'Wire' }],
    keyPoints: [{ text: point, sources: ['wire'] }],
    quotes: [
      { text: 'We will cooperate fully', speaker: { name: 'Ann Lee', role: 'CEO' }, sources: ['wire'], fragment: false },
    ],
    figures: [],
    speakers: [{ name: 'Ann Lee', role: 'CEO', quotes: 1 }],
  };
}

export function story(id: string, title: string, updated: string, point?: string): StoryEntry {
  return { id, title, briefing: briefing(id, title, point), updated };
}

export function commandContext(entries: StoryEntry[] = [story('inquiry', 'Inquiry opened', '2026-11-20T10:00:00Z')]): CommandContext {
  return { table: buildCommandTable({ aliases: [] }), library: new BriefingLibrary(entries) };
}

/** One schedule with the same defaults as config/schedules.yaml. */
export function schedule(fields: Record<string, unknown>): ScheduleConfig {
  return schedulesSchema.parse({
    schedules: [{ id: 'morning', cron: '0 8 * * *', timezone: 'Europe/Brussels', target: { platform: 'slack', channel: 'C0NEWS' }, ...fields }],
  }).schedules[0]!;
}

/** The real Slack poster (Bolt's WebClient) aimed at the stand-in; rate limits come back at once, as errors. */
export function slackPoster(slack: SlackStandIn): ChannelPoster {
  const client = new webApi.WebClient('xoxb-test-token', {
    slackApiUrl: slack.apiUrl,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    logLevel: webApi.LogLevel.ERROR,
  });
  return createSlackPoster(client, silentLogger());
}

export interface PostedSlackMessage {
  ts: string;
  channel: string;
  text: string;
  metadata?: { event_type?: string; event_payload?: { slot?: string } };
}

/**
 * Makes the stand-in keep what chat.postMessage posts and give it back through conversations.history,
 * as Slack does, so reconciliation after a crash can find a tagged post.
 */
export function keepSlackChannel(slack: SlackStandIn, onPost?: (message: PostedSlackMessage) => void): PostedSlackMessage[] {
  const messages: PostedSlackMessage[] = [];
  let ts = 1;
  slack.on('chat.postMessage', (call) => {
    const message: PostedSlackMessage = {
      ts: `1800000000.${String(ts++).padStart(6, '0')}`,
      channel: String(call.body['channel']),
      text: String(call.body['text']),
      ...(call.body['metadata'] ? { metadata: call.body['metadata'] as PostedSlackMessage['metadata'] } : {}),
    };
    messages.push(message);
    onPost?.(message);
    return { body: { ok: true, channel: message.channel, ts: message.ts, message: {} } };
  });
  slack.on('conversations.history', (call) => ({
    body: {
      ok: true,
      messages: messages.filter((m) => m.channel === call.body['channel']).reverse(),
      has_more: false,
    },
  }));
  return messages;
}
