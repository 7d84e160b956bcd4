import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../src/core/types.js';
import { embedLength, renderDiscordReply, type DiscordMessageBody } from '../../src/render/discord-embeds.js';
import { DISCORD_LIMITS } from '../../src/render/discord-text.js';
import { facebookBriefing, manyQuotesBriefing, mentionsBriefing } from '../adapters/discord/briefing-fixture.js';

/** Every limit Discord enforces, checked on each message: a failure here would be an API error there. */
function expectWithinLimits(messages: DiscordMessageBody[]): void {
  for (const m of messages) {
    expect(m.allowed_mentions).toEqual({ parse: [] });
    expect((m.content ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
    expect(m.embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embeds);
    expect(m.embeds.reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(DISCORD_LIMITS.total);
    for (const e of m.embeds) {
      expect((e.title ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.title);
      expect((e.description ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.description);
      expect((e.author?.name ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.author);
      expect((e.fields ?? []).length).toBeLessThanOrEqual(DISCORD_LIMITS.fields);
      for (const f of e.fields ?? []) {
        expect(f.name.length).toBeGreaterThan(0);
        expect(f.value.length).toBeGreaterThan(0);
        expect(f.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldName);
        expect(f.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
      }
    }
  }
}

describe('Discord embeds: briefing', () => {
  it('renders one embed: key points with source markers, figures as fields, sources as links', () => {
    const messages = renderDiscordReply({ kind: 'briefing', visibility: 'ephemeral', briefing: facebookBriefing });
    expect(messages).toEqual([
      {
        allowed_mentions: { parse: [] },
        embeds: [
          {
            title: 'Facebook faces questions over data sharing',
            color: 0x2f6fb5,
            description:
              '- Facebook said data of 87 million users was shared. [1][2]\n- MPs asked the chief executive to appear in person. [2]',
            fields: [
              { name: '87 million users', value: 'Data of 87 million users was shared with the firm. [1][2]', inline: false },
              {
                name: 'Sources',
                value:
                  '[1] [Zuckerberg apologises](https://example.org/guardian/zuckerberg) · The Guardian\n' +
                  '[2] [MPs question Facebook](https://example.org/bbc/facebook) · BBC News\n' +
                  '[3] Reporter notes',
              },
            ],
            footer: { text: '3 quotes from 2 speakers: /quotes' },
          },
        ],
      },
    ]);
  });

  it('puts a late note first and the slot marker in the footer', () => {
    const [m] = renderDiscordReply(
      { kind: 'briefing', visibility: 'public', briefing: facebookBriefing },
      { note: 'Posted late.', marker: 'newsbrief ref nbX' },
    );
    expect(m!.content).toBe('Posted late.');
    expect(m!.embeds[0]!.footer).toEqual({ text: '3 quotes from 2 speakers: /quotes · newsbrief ref nbX' });
  });

  it('escapes mentions and markdown from articles so they show as text', () => {
    const [m] = renderDiscordReply({ kind: 'briefing', visibility: 'public', briefing: mentionsBriefing });
    expect(m!.allowed_mentions).toEqual({ parse: [] });
    expect(m!.embeds[0]!.description).toBe('- A post told @everyone and \\<@123\\> and @here to look. [1]');
    expect(m!.embeds[0]!.fields).toEqual([{ name: 'Sources', value: '[1] [Forum post \\<@123\\>](https://example.org/forum)' }]);
  });

  it('fits a huge briefing into one message, counting what it leaves out', () => {
    const sources = Array.from({ length: 60 }, (_, i) => ({
      id: `s${i}`,
      title: `Source title number ${i} ${'x'.repeat(80)}`,
      url: `https://example.org/${i}/${'p'.repeat(60)}`,
      publisher: 'Publisher',
    }));
    const huge: Briefing = {
      id: 'huge',
      title: 'T'.repeat(400),
      sources,
      keyPoints: Array.from({ length: 40 }, (_, i) => ({ text: `Point ${i} ${'y'.repeat(300)}`, sources: ['s0', 's1'] })),
      figures: Array.from({ length: 40 }, (_, i) => ({
        text: `${i} things`,
        value: i,
        context: `Context ${'z'.repeat(1500)}`,
        sources: ['s2'],
      })),
      quotes: [],
      speakers: [],
    };
    const messages = renderDiscordReply({ kind: 'briefing', visibility: 'public', briefing: huge });
    expect(messages).toHaveLength(1);
    expectWithinLimits(messages);
    const embed = messages[0]!.embeds[0]!;
    expect(embed.title).toBe(`${'T'.repeat(255)}…`);
    // Shown key points plus the "…and N more" count add up to all 40.
    const lines = embed.description!.split('\n');
    const more = /^…and (\d+) more key points$/.exec(lines.at(-1)!);
    expect(Number(more![1]) + lines.length - 1).toBe(40);
    const figureFields = embed.fields!.filter((f) => / things$/.test(f.name));
    const moreFigures = embed.fields!.find((f) => f.name === 'More figures');
    expect(Number(/…and (\d+) more figures/.exec(moreFigures!.value)![1]) + figureFields.length).toBe(40);
    const sourceLines = embed.fields!.filter((f) => f.name.startsWith('Sources')).flatMap((f) => f.value.split('\n'));
    const moreSources = /^…and (\d+) more sources$/.exec(sourceLines.at(-1)!);
    expect(Number(moreSources![1]) + sourceLines.length - 1).toBe(60);
  });
});

describe('Discord embeds: empty text from upstream', () => {
  it('never sends an empty title, field name or value', () => {
    const empty: Briefing = {
      ...facebookBriefing,
      title: ' ',
      figures: [{ text: '', value: 12, context: '', sources: [] }],
      quotes: [{ text: 'Hi', speaker: { name: '' }, sources: [], fragment: false }],
    };
    const [b] = renderDiscordReply({ kind: 'briefing', visibility: 'public', briefing: empty });
    expectWithinLimits([b!]);
    expect(b!.embeds[0]!.title).toBe('facebook-data');
    expect(b!.embeds[0]!.fields![0]).toEqual({ name: '12', value: '12', inline: false });
    const [q] = renderDiscordReply({ kind: 'quotes', visibility: 'public', briefing: empty, quotes: empty.quotes, heading: 'Quotes' });
    expect(q!.embeds[0]!.author).toEqual({ name: 'Unnamed speaker' });
  });
});

describe('Discord embeds: quote cards', () => {
  it('renders one card per quote: speaker and role as author, the quote, its sources as links', () => {
    const messages = renderDiscordReply({
      kind: 'quotes',
      visibility: 'ephemeral',
      briefing: facebookBriefing,
      quotes: facebookBriefing.quotes.slice(0, 2),
      heading: 'Quotes from Mark Zuckerberg',
    });
    expect(messages).toEqual([
      {
        content: '**Quotes from Mark Zuckerberg** · Facebook faces questions over data sharing',
        allowed_mentions: { parse: [] },
        embeds: [
          {
            author: { name: 'Mark Zuckerberg · Facebook CEO' },
            description: '“We made mistakes”',
            color: 0x8a5cc2,
            fields: [
              {
                name: 'Sources',
                value:
                  '[1] [Zuckerberg apologises](https://example.org/guardian/zuckerberg) · The Guardian\n' +
                  '[2] [MPs question Facebook](https://example.org/bbc/facebook) · BBC News',
              },
            ],
          },
          {
            author: { name: 'Mark Zuckerberg · Facebook CEO' },
            description: '“It was a breach of trust”',
            color: 0x8a5cc2,
            fields: [{ name: 'Source', value: '[1] [Zuckerberg apologises](https://example.org/guardian/zuckerberg) · The Guardian' }],
          },
        ],
      },
    ]);
  });

  it('shows 80 quotes as at most 3 messages of 10 cards and "…and 50 more"', () => {
    const briefing = manyQuotesBriefing(80);
    const messages = renderDiscordReply({ kind: 'quotes', visibility: 'public', briefing, quotes: briefing.quotes, heading: 'Quotes' });
    expectWithinLimits(messages);
    expect(messages.map((m) => m.embeds.length)).toEqual([10, 10, 10]);
    expect(messages[0]!.content).toBe('**Quotes** · A story with many quotes');
    expect(messages[1]!.content).toBeUndefined();
    expect(messages[2]!.content).toBe('…and 50 more quotes: narrow it down with the speaker or story option.');
    const shown = messages.flatMap((m) => m.embeds.map((e) => e.author!.name));
    expect(shown.slice(0, 3)).toEqual(['Speaker 1 · Spokesperson', 'Speaker 2 · Spokesperson', 'Speaker 3 · Spokesperson']);
    expect(shown.length + 50).toBe(80);
  });

  it('starts a new message before 6000 characters, even under 10 cards', () => {
    const briefing = manyQuotesBriefing(4);
    for (const q of briefing.quotes) q.text = 'w'.repeat(2500);
    const messages = renderDiscordReply({ kind: 'quotes', visibility: 'public', briefing, quotes: briefing.quotes, heading: 'Quotes' }, { maxMessages: 1 });
    expectWithinLimits(messages);
    expect(messages.map((m) => m.embeds.length)).toEqual([2]);
    expect(messages[0]!.content).toBe('**Quotes** · A story with many quotes\n…and 2 more quotes: narrow it down with the speaker or story option.');
  });

  it('says nobody is quoted when the list is empty', () => {
    const [m] = renderDiscordReply({ kind: 'quotes', visibility: 'ephemeral', briefing: { ...facebookBriefing, quotes: [] }, quotes: [], heading: 'Quotes' });
    expect(m!.embeds).toEqual([{ title: 'Nobody is quoted in this story.', color: 0x7a7f87 }]);
  });
});

describe('Discord embeds: messages', () => {
  it('renders a dispatcher message as a titled embed, cutting long lists with a count', () => {
    const lines = Array.from({ length: 300 }, (_, i) => `story-${i}: A title that is reasonably long for a story (3 sources)`);
    const [m] = renderDiscordReply({ kind: 'message', visibility: 'ephemeral', title: 'No story matches “x”.', lines });
    expectWithinLimits([m!]);
    const shown = m!.embeds[0]!.description!.split('\n');
    expect(m!.embeds[0]!.title).toBe('No story matches “x”.');
    expect(Number(/^…and (\d+) more$/.exec(shown.at(-1)!)![1]) + shown.length - 1).toBe(300);
  });
});

describe('Discord embeds: what the story left out', () => {
  it('puts it in the message text after a late note, escaped, for a briefing and for quote cards', () => {
    const notes = ['Left out: *promo*.txt: no body text after removing boilerplate'];
    const [brief] = renderDiscordReply({ kind: 'briefing', visibility: 'public', briefing: facebookBriefing, notes }, { note: 'Posted late.' });
    expect(brief!.content).toBe('Posted late.\nLeft out: \\*promo\\*.txt: no body text after removing boilerplate');
    const [quotes] = renderDiscordReply({ kind: 'quotes', visibility: 'public', briefing: facebookBriefing, quotes: facebookBriefing.quotes, heading: `Quotes: ${facebookBriefing.title}`, notes });
    expect(quotes!.content!.split('\n')[0]).toBe('Left out: \\*promo\\*.txt: no body text after removing boilerplate');
    expect(quotes!.content!.length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
  });
});
