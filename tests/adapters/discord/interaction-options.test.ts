import { describe, expect, it } from 'vitest';
import { autocompleteChoices } from '../../../src/adapters/discord/autocomplete.js';
import { buildCommandRequest, wantsPublic } from '../../../src/adapters/discord/interaction-options.js';
import { buildCommandTable, findCommand } from '../../../src/commands/table.js';
import { fixtureLibrary } from './briefing-fixture.js';

const table = buildCommandTable({ aliases: [{ command: 'zuckerberg-quotes', speaker: 'Mark Zuckerberg' }] });
const briefing = findCommand(table, 'briefing')!;
const quotes = findCommand(table, 'quotes')!;
const alias = findCommand(table, 'zuckerberg-quotes')!;

describe('Discord options → command request', () => {
  it('maps story, speaker and public; a link in story is a URL to brief', () => {
    expect(buildCommandRequest(quotes, [{ name: 'speaker', value: ' zuck ' }, { name: 'story', value: 'facebook-data' }, { name: 'public', value: true }], '42')).toEqual({
      command: 'quotes',
      platform: 'discord',
      userId: '42',
      speaker: 'zuck',
      story: 'facebook-data',
      public: true,
    });
    expect(buildCommandRequest(briefing, [{ name: 'story', value: 'https://example.org/a' }])).toEqual({
      command: 'briefing',
      platform: 'discord',
      url: 'https://example.org/a',
    });
    expect(buildCommandRequest(briefing, [{ name: 'story', value: '   ' }, { name: 'public', value: false }])).toEqual({ command: 'briefing', platform: 'discord' });
  });

  it('an alias keeps its own speaker', () => {
    expect(buildCommandRequest(alias, [{ name: 'speaker', value: 'collins' }])).toEqual({ command: 'zuckerberg-quotes', platform: 'discord' });
  });

  it('is public only when public is true', () => {
    expect(wantsPublic([{ name: 'public', value: true }])).toBe(true);
    expect(wantsPublic([{ name: 'public', value: false }])).toBe(false);
    expect(wantsPublic([])).toBe(false);
  });
});

describe('Discord autocomplete', () => {
  const library = fixtureLibrary();

  it('offers nothing without a focused option, and nothing for speaker on an alias', () => {
    expect(autocompleteChoices(quotes, [{ name: 'story', value: 'f' }], library)).toEqual([]);
    expect(autocompleteChoices(alias, [{ name: 'speaker', value: '', focused: true }], library)).toEqual([]);
  });

  it('orders speakers by match, then by how often they are quoted', () => {
    expect(autocompleteChoices(quotes, [{ name: 'speaker', value: '', focused: true }], library)).toEqual([
      { name: 'Mark Zuckerberg, Facebook CEO (2 quotes)', value: 'Mark Zuckerberg' },
      { name: 'Damian Collins (1 quote)', value: 'Damian Collins' },
    ]);
    expect(autocompleteChoices(quotes, [{ name: 'story', value: 'mentions' }, { name: 'speaker', value: 'po', focused: true }], library)).toEqual([
      { name: 'Poster (1 quote)', value: 'Poster' },
    ]);
    expect(autocompleteChoices(quotes, [{ name: 'story', value: 'no-such-story' }, { name: 'speaker', value: '', focused: true }], library)).toEqual([]);
  });

  it('matches stories by title words as well as id', () => {
    expect(autocompleteChoices(briefing, [{ name: 'story', value: 'questions', focused: true }], library)).toEqual([
      { name: 'Facebook faces questions over data sharing (facebook-data)', value: 'facebook-data' },
    ]);
  });
});
