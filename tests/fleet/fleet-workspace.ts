import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const STORY = fileURLToPath(new URL('./fixtures/story', import.meta.url));

/** One schedule of config/schedules.yaml, in its YAML fields. */
export interface FleetSchedule {
  id: string;
  cron: string;
  /** Default slack. */
  platform?: 'slack' | 'discord';
  channel: string;
  grace?: string;
}

export interface FleetWorkspace {
  dir: string;
  /** The default SQLite file (data/newsbrief.db, its folder not created): what DATABASE_PATH names on SQLite. */
  databasePath: string;
  /** NEWSBRIEF_CONFIG_DIR and NEWSBRIEF_BRIEFINGS_DIR of this workspace. */
  env: Record<string, string>;
  cleanup(): void;
}

/**
 * A deployment's folder: config/commands.yaml, config/schedules.yaml with `schedules` (UTC), and one small
 * story under briefings/ (so every slot has a briefing to post). Every instance of a fleet runs in it.
 */
export function fleetWorkspace(schedules: readonly FleetSchedule[]): FleetWorkspace {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-fleet-'));
  mkdirSync(join(dir, 'config'));
  writeFileSync(join(dir, 'config', 'commands.yaml'), 'aliases: []\n');
  const yaml = schedules
    .map((s) => `  - id: ${s.id}\n    cron: "${s.cron}"\n    timezone: UTC\n    target: { platform: ${s.platform ?? 'slack'}, channel: "${s.channel}" }\n    grace: ${s.grace ?? '10m'}\n`)
    .join('');
  writeFileSync(join(dir, 'config', 'schedules.yaml'), yaml ? `schedules:\n${yaml}` : 'schedules: []\n');
  cpSync(STORY, join(dir, 'briefings', 'veltmar-port'), { recursive: true });
  return {
    dir,
    databasePath: join(dir, 'data', 'newsbrief.db'),
    env: { NEWSBRIEF_CONFIG_DIR: join(dir, 'config'), NEWSBRIEF_BRIEFINGS_DIR: join(dir, 'briefings') },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
