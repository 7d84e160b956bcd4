import type { CommandModule } from './command-module.js';
import { answerSubscription } from './subscriptions/answer-subscription.js';
import type { CommandOption } from './types.js';

const idOption: CommandOption = { name: 'id', description: 'The subscription’s id (as /subscriptions list shows it)', type: 'string', autocomplete: true, required: true };

/**
 * Discord's /subscriptions add|list|remove|pause|resume: a command of its own because Discord sets
 * default_member_permissions only on a whole top-level command, and /briefing must stay open to everyone.
 * Slack and the shell manage the same subscriptions with `/briefing subscribe …` words.
 */
export const subscriptionsCommand: CommandModule = {
  kind: 'subscriptions',
  definition: {
    name: 'subscriptions',
    description: 'Scheduled briefings for this channel: add, list, remove, pause, resume',
    usage: 'add | list | remove | pause | resume',
    kind: 'subscriptions',
    options: [],
    platforms: ['discord'],
    requires: 'manage-channels',
    subcommands: [
      {
        name: 'add',
        description: 'Post briefings to this channel on a schedule',
        options: [
          { name: 'what', description: 'A story, top, top 3, a feed id, a feed URL, or speaker:"Full Name"', type: 'string', autocomplete: true, required: true },
          { name: 'when', description: 'daily 08:00, weekdays 07:30, weekly mon 09:00, every 2h, or a cron expression', type: 'string', required: true },
          { name: 'keywords', description: 'Words to include, -words to exclude, comma-separated: tariff, -opinion', type: 'string' },
          { name: 'timezone', description: 'IANA time zone, e.g. Europe/Brussels (default: the server’s setting)', type: 'string', autocomplete: true },
        ],
      },
      { name: 'list', description: 'This channel’s subscriptions and their next runs', options: [] },
      { name: 'remove', description: 'Stop and delete a subscription', options: [idOption] },
      { name: 'pause', description: 'Stop posting until resumed', options: [idOption] },
      { name: 'resume', description: 'Start posting again', options: [idOption] },
    ],
  },
  acceptsUrl: false,
  parse() {
    return {};
  },
  async execute(_def, request, context) {
    return answerSubscription(request.subscription ?? { action: 'usage' }, request, context);
  },
};
