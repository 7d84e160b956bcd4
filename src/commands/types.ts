import type { RequestOrigin } from './subscriptions/request-origin.js';
import type { SubscriptionCommand } from './subscriptions/subscription-command.js';

export type Platform = 'shell' | 'slack' | 'discord';

/** A command option, declared once for every platform (Discord registration, Slack manifest, shell help). */
export interface CommandOption {
  name: 'story' | 'speaker' | 'public' | 'what' | 'when' | 'keywords' | 'timezone' | 'id';
  description: string;
  type: 'string' | 'boolean';
  /** Discord answers these from memory while the user types. */
  autocomplete?: boolean;
  /** Discord refuses the command without it. Default false. */
  required?: boolean;
}

/** A subcommand (Discord's `/subscriptions add`): its own name, description and options. */
export interface SubcommandDef {
  name: string;
  description: string;
  options: CommandOption[];
}

export interface CommandDef {
  /** Without the slash: "briefing", "quotes", "zuckerberg-quotes". */
  name: string;
  description: string;
  /** Slack's usage hint: "[story] [public]". */
  usage: string;
  kind: 'briefing' | 'quotes' | 'subscriptions';
  /** Aliases fix the speaker: /zuckerberg-quotes → "Mark Zuckerberg". */
  speaker?: string;
  options: CommandOption[];
  /** Subcommands instead of options (Discord nests them: `/subscriptions add what:… when:…`). */
  subcommands?: SubcommandDef[];
  /** Only these platforms offer the command; default every one. */
  platforms?: Platform[];
  /**
   * Discord's default_member_permissions: members without it do not see the command (it is set only on a whole
   * top-level command). The permission is checked again on every use, server side.
   */
  requires?: 'manage-channels';
}

/** What a user asked for, already parsed (from Slack/shell text or Discord options). */
export interface CommandRequest {
  command: string;
  platform: Platform;
  userId?: string;
  story?: string;
  speaker?: string;
  /** A URL to brief on demand (`/briefing https://…`). */
  url?: string;
  public?: boolean;
  help?: boolean;
  /** Managing this channel's subscriptions (`/briefing subscribe …`, Discord's `/subscriptions …`). */
  subscription?: SubscriptionCommand;
  /** Where and by whom it was typed, as the platform tells it (needed by the subscription commands). */
  origin?: RequestOrigin;
}
