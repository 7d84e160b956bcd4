/** What a user asked of the subscriptions, read from Slack or shell words or from Discord's options. */
export type SubscriptionCommand =
  | {
      action: 'add';
      /** As typed: "top 3", "zuckerberg-eu", "https://…/feed.xml", `speaker:"Mark Zuckerberg"`. */
      what: string;
      /** As typed: "weekdays 07:30", "0 8 * * 1-5". */
      when: string;
      /** As typed after `keywords:` (`tariff, -opinion`). */
      keywords?: string;
      /** An IANA zone that overrides the user's own. */
      timezone?: string;
    }
  | { action: 'list' }
  | { action: 'remove' | 'pause' | 'resume'; id: string }
  /** Not understood: the reply is the usage, after the problem. */
  | { action: 'usage'; problem?: string };

export const SUBSCRIPTION_USAGE = [
  'subscribe <what> <when> [keywords:"word, -word"] [timezone:Area/City]',
  '  what: a story id or title, top (or top 3), a feed id from config, an RSS/Atom feed URL, or speaker:"Full Name"',
  '  when: daily 08:00, weekdays 07:30, weekends 10:00, weekly mon 09:00, every 2h, or a cron expression ("0 8 * * 1-5")',
  'subscriptions: this channel’s subscriptions and their next runs',
  'unsubscribe <id>, pause <id>, resume <id>',
];
