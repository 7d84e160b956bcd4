/** Quote cards (PNG pictures of each quote) sent with /quotes answers, as config/commands.yaml sets them (docs/cards.md). */
export interface CardsConfig {
  enabled: boolean;
  theme: 'dark' | 'light';
  /** A colour like "#e8a317". */
  accent: string;
  /** Commands (without the slash) that answer with text only. */
  disabled_commands: string[];
  /** Slack or Discord channel ids where answers carry no card. */
  disabled_channels: string[];
}

/** Whether an answer to `command` (without the slash) in `channel` carries quote cards. */
export function cardsWanted(cards: CardsConfig | undefined, command: string, channel: string | undefined): boolean {
  if (!cards) return false;
  return cards.enabled && !cards.disabled_commands.includes(command) && !(channel !== undefined && cards.disabled_channels.includes(channel));
}
