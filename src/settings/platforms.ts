import type { Env } from './env.js';

export interface PlatformChoice {
  /** Socket Mode needs SLACK_APP_TOKEN + SLACK_BOT_TOKEN; HTTP mode SLACK_SIGNING_SECRET + SLACK_BOT_TOKEN. */
  slack?: 'socket' | 'http';
  /** Gateway bot: DISCORD_TOKEN + DISCORD_APPLICATION_ID. */
  discord?: 'gateway';
  /** HTTP interactions endpoint: DISCORD_PUBLIC_KEY (+ DISCORD_APPLICATION_ID for follow-ups). */
  discordInteractions?: boolean;
}

/** Which platforms the environment configures; none means the shell adapter. */
export function choosePlatforms(env: Env): PlatformChoice {
  const choice: PlatformChoice = {};
  if (env.SLACK_BOT_TOKEN && env.SLACK_APP_TOKEN) choice.slack = 'socket';
  else if (env.SLACK_BOT_TOKEN && env.SLACK_SIGNING_SECRET) choice.slack = 'http';
  if (env.DISCORD_TOKEN && env.DISCORD_APPLICATION_ID) choice.discord = 'gateway';
  if (env.DISCORD_PUBLIC_KEY && env.DISCORD_APPLICATION_ID) choice.discordInteractions = true;
  return choice;
}

export function anyPlatform(choice: PlatformChoice): boolean {
  return Boolean(choice.slack || choice.discord || choice.discordInteractions);
}

/** Half-configured platforms: a token without its partner is almost always a mistake worth saying. */
export function incompletePlatformWarnings(env: Env): string[] {
  const warnings: string[] = [];
  if (env.SLACK_BOT_TOKEN && !env.SLACK_APP_TOKEN && !env.SLACK_SIGNING_SECRET) warnings.push('SLACK_BOT_TOKEN is set but neither SLACK_APP_TOKEN (Socket Mode) nor SLACK_SIGNING_SECRET (HTTP mode): Slack stays off');
  if (!env.SLACK_BOT_TOKEN && (env.SLACK_APP_TOKEN || env.SLACK_SIGNING_SECRET)) warnings.push('SLACK_APP_TOKEN or SLACK_SIGNING_SECRET is set without SLACK_BOT_TOKEN: Slack stays off');
  if (env.DISCORD_TOKEN && !env.DISCORD_APPLICATION_ID) warnings.push('DISCORD_TOKEN is set without DISCORD_APPLICATION_ID: Discord stays off');
  if (env.DISCORD_PUBLIC_KEY && !env.DISCORD_APPLICATION_ID) warnings.push('DISCORD_PUBLIC_KEY is set without DISCORD_APPLICATION_ID: the interactions endpoint stays off');
  return warnings;
}
