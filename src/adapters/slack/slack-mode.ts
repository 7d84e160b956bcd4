/**
 * The Slack part of the environment, as the wiring passes it (the settings' Env fits it): the adapter reads no
 * settings of its own.
 */
export interface SlackEnv {
  SLACK_BOT_TOKEN?: string | undefined;
  SLACK_APP_TOKEN?: string | undefined;
  SLACK_SIGNING_SECRET?: string | undefined;
  SLACK_API_URL?: string | undefined;
}

/** Bolt's path for events, commands and interactivity in HTTP mode; the manifest points Slack at it. */
export const SLACK_EVENTS_PATH = '/slack/events';

export type SlackMode = 'socket' | 'http';

/**
 * Socket Mode needs no public URL, so it wins when both sets of variables are present.
 * Undefined means Slack is not configured (the caller starts other adapters, or the shell).
 */
export function slackModeFromEnv(env: SlackEnv): SlackMode | undefined {
  if (!env.SLACK_BOT_TOKEN) return undefined;
  if (env.SLACK_APP_TOKEN) return 'socket';
  if (env.SLACK_SIGNING_SECRET) return 'http';
  return undefined;
}
