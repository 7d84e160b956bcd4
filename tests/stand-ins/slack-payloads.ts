import { STAND_IN_BOT } from './slack-api.js';

/** The fields of a slash command, as Slack sends them: form fields over HTTP, an envelope's payload in Socket Mode. */
export type SlashCommand = {
  token: string;
  team_id: string;
  team_domain: string;
  channel_id: string;
  channel_name: string;
  user_id: string;
  user_name: string;
  command: string;
  text: string;
  api_app_id: string;
  is_enterprise_install: string;
  response_url: string;
  trigger_id: string;
};

/**
 * `/briefing` with no text from U0READER in #news, answered at `responseUrl` (a stand-in's `responseUrl(id)`);
 * anything else is set through `fields`. The trigger id and the user and channel names follow from the ids, as
 * Slack's would: "trigger-<id>" for `…/response/<id>`, "directmessage" for a D… channel.
 */
export function slashCommand(responseUrl: string, fields: Partial<Omit<SlashCommand, 'response_url'>> = {}): SlashCommand {
  const channelId = fields.channel_id ?? 'C0NEWS';
  const userId = fields.user_id ?? 'U0READER';
  return {
    token: 'legacy-verification-token',
    team_id: STAND_IN_BOT.team_id,
    team_domain: 'test',
    channel_id: channelId,
    channel_name: channelId.startsWith('D') ? 'directmessage' : channelId.replace(/^[CG]0/, '').toLowerCase(),
    user_id: userId,
    user_name: userId.replace(/^U0/, '').toLowerCase(),
    command: '/briefing',
    text: '',
    api_app_id: 'A0NEWSBRIEF',
    is_enterprise_install: 'false',
    trigger_id: `trigger-${responseUrl.slice(responseUrl.lastIndexOf('/') + 1)}`,
    ...fields,
    response_url: responseUrl,
  };
}
