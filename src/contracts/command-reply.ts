import type { Briefing, Quote } from '../core/types.js';

/** Who sees an answer: only the user who asked, or the whole channel. */
export type Visibility = 'ephemeral' | 'public';

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
