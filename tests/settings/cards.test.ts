import { describe, expect, it } from 'vitest';
import { cardsWanted } from '../../src/contracts/cards.js';
import { cardSettings, commandsSchema } from '../../src/settings/commands.js';

describe('cards: in commands.yaml', () => {
  it('defaults to cards on, dark, the default accent, when the section is absent', () => {
    expect(cardSettings(commandsSchema.parse({}))).toEqual({ enabled: true, theme: 'dark', accent: '#e8a317', disabled_commands: [], disabled_channels: [] });
  });

  it('turns cards off everywhere, per command, or per channel', () => {
    const config = commandsSchema.parse({ cards: { disabled_commands: ['zuckerberg-quotes'], disabled_channels: ['C0QUIET'] } });
    expect(cardsWanted(cardSettings(config), 'quotes', 'C0NEWS')).toBe(true);
    expect(cardsWanted(cardSettings(config), 'zuckerberg-quotes', 'C0NEWS')).toBe(false);
    expect(cardsWanted(cardSettings(config), 'quotes', 'C0QUIET')).toBe(false);
    expect(cardsWanted(cardSettings(commandsSchema.parse({ cards: { enabled: false } })), 'quotes', undefined)).toBe(false);
  });

  it('refuses an accent that is not #rrggbb and an unknown key, naming them', () => {
    const bad = commandsSchema.safeParse({ cards: { accent: 'orange', colour: 'x' } });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['cards.accent', 'must be a colour like "#e8a317"'],
      ['cards', 'Unrecognized key: "colour"'],
    ]);
  });
});
