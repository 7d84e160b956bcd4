import type { Briefing, Quote } from '../core/types.js';

export type Platform = 'shell' | 'slack' | 'discord';
export type Visibility = 'ephemeral' | 'public';

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

/** What the command table answers. Renderers turn it into each platform's messages; they never choose content. */
export type CommandReply =
  | {
      kind: 'briefing';
      visibility: Visibility;
      briefing: Briefing;
      /** Plain-text lines said with the answer ("Left out: a.txt: the file is empty"); shown as a context line or note. */
      notes?: string[];
    }
  | {
      kind: 'quotes';
      visibility: Visibility;
      briefing: Briefing;
      notes?: string[];
      /** The quotes to show, already filtered and ordered. */
      quotes: Quote[];
      /** "Quotes from Mark Zuckerberg" or "Quotes". */
      heading: string;
    }
  | {
      kind: 'message';
      visibility: Visibility;
      /** Plain text (no markup): renderers escape it for their platform. */
      title: string;
      lines: string[];
    };
