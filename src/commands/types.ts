export type Platform = 'shell' | 'slack' | 'discord';

/** A command option, declared once for every platform (Discord registration, Slack manifest, shell help). */
export interface CommandOption {
  name: 'story' | 'speaker' | 'public';
  description: string;
  type: 'string' | 'boolean';
  /** Discord answers these from memory while the user types. */
  autocomplete?: boolean;
}

export interface CommandDef {
  /** Without the slash: "briefing", "quotes", "zuckerberg-quotes". */
  name: string;
  description: string;
  /** Slack's usage hint: "[story] [public]". */
  usage: string;
  kind: 'briefing' | 'quotes';
  /** Aliases fix the speaker: /zuckerberg-quotes → "Mark Zuckerberg". */
  speaker?: string;
  options: CommandOption[];
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
}
