import type { Briefing } from '../core/types.js';
import type { BriefingLibrary, LeftOut } from '../stories/library.js';
import type { SubscriptionServices } from './subscriptions/subscription-services.js';
import type { CommandDef } from './types.js';

/** A link's briefing, with the articles it had to leave out and why. */
export interface UrlBriefing {
  briefing: Briefing;
  leftOut?: LeftOut[];
}

/** Fetches and briefs one URL on demand (set when the sources layer allows it). Throws UserFacingError for refusals. */
export type UrlBriefer = (url: string, userId: string | undefined) => Promise<UrlBriefing>;

/** What every command answers from: the table, the stories in memory, and (when allowed) briefing a link. */
export interface CommandContext {
  table: CommandDef[];
  library: BriefingLibrary;
  briefUrl?: UrlBriefer;
  /** The store and limits behind `/briefing subscribe …`; absent where no database is configured. */
  subscriptions?: SubscriptionServices;
}
