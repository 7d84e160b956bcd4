import { describe, expect, it } from 'vitest';
import { BriefingLibrary } from '../../../src/stories/library.js';
import { buildCommandTable } from '../../../src/commands/table.js';
import type { CommandReply } from '../../../src/contracts/command-reply.js';
import type { Briefing } from '../../../src/core/types.js';
import { renderDiscordReply } from '../../../src/render/discord-embeds.js';
import type { RenderCut } from '../../../src/render/render-cut.js';
import { renderSlackReply } from '../../../src/render/slack-blocks.js';
import { storyPageHtml } from '../../../src/app/preview/story-page.js';
import { harbourBriefing } from '../../fixtures/briefing.js';

/** The harbour story with `n` distinct quotes: more than a briefing shows, and for large n more than fits. */
function manyQuotes(n: number): Briefing {
  const briefing = harbourBriefing();
  briefing.quotes = Array.from({ length: n }, (_, i) => ({
    text: `Statement number ${i + 1} about the storm and the harbour.`,
    speaker: { name: 'Ana Lima', role: 'harbour master' },
    sources: ['wire'],
    fragment: false,
  }));
  briefing.speakers = [{ name: 'Ana Lima', role: 'harbour master', quotes: n }];
  return briefing;
}

describe('renderers report what they cut', () => {
  it('Slack: a briefing shows five quotes and reports the rest; nothing else is cut', () => {
    const cuts: RenderCut[] = [];
    const reply: CommandReply = { kind: 'briefing', visibility: 'public', briefing: manyQuotes(8) };
    const message = renderSlackReply(reply, { onCut: (cut) => cuts.push(cut) });
    expect(cuts).toEqual([{ what: 'quotes', shown: 5, left: 3 }]);
    expect(message.blocks).toContainEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: '…and 3 more quotes' }] });
  });

  it('Slack: /quotes reports the cards past the 50-block limit', () => {
    const cuts: RenderCut[] = [];
    const briefing = manyQuotes(40);
    renderSlackReply({ kind: 'quotes', visibility: 'public', briefing, quotes: briefing.quotes, heading: 'Quotes: Storm closes northern ports' }, { onCut: (cut) => cuts.push(cut) });
    // 50 blocks: the header, 24 cards of two blocks, the "…and 16 more" line.
    expect(cuts).toEqual([{ what: 'quotes', shown: 24, left: 16 }]);
  });

  it('Discord: /quotes reports the quotes past ten embeds a message and the message cap', () => {
    const cuts: RenderCut[] = [];
    const briefing = manyQuotes(40);
    const bodies = renderDiscordReply(
      { kind: 'quotes', visibility: 'public', briefing, quotes: briefing.quotes, heading: 'Quotes: Storm closes northern ports' },
      { maxMessages: 3, onCut: (cut) => cuts.push(cut) },
    );
    expect(bodies.map((b) => b.embeds.length)).toEqual([10, 10, 10]);
    expect(cuts).toEqual([{ what: 'quotes', shown: 30, left: 10 }]);
  });

  it('renders the same with or without a sink', () => {
    const reply: CommandReply = { kind: 'briefing', visibility: 'public', briefing: manyQuotes(8) };
    expect(renderSlackReply(reply, { onCut: () => {} })).toEqual(renderSlackReply(reply));
    expect(renderDiscordReply(reply, { onCut: () => {} })).toEqual(renderDiscordReply(reply));
  });
});

describe('story page warnings', () => {
  it('lists every cut with the platform and the command', async () => {
    const briefing = manyQuotes(40);
    const library = new BriefingLibrary([{ id: briefing.id, title: briefing.title, briefing, updated: '2024-03-01T00:00:00Z' }]);
    const html = await storyPageHtml({ table: buildCommandTable({ aliases: [] }), library }, 'harbour-storm');
    const items = [...html!.matchAll(/<li>([^<]*)<\/li>/g)].map((m) => m[1]);
    expect(items).toEqual([
      'Slack, /briefing harbour-storm: 5 of 40 quotes shown; the post says “…and 35 more quotes”.',
      'Slack, /quotes harbour-storm: 24 of 40 quotes shown; the post says “…and 16 more quotes”.',
      'Discord, /quotes harbour-storm: 30 of 40 quotes shown; the post says “…and 10 more quotes”.',
    ]);
  });

  it('is undefined for a story the library does not have', async () => {
    expect(await storyPageHtml({ table: buildCommandTable({ aliases: [] }), library: new BriefingLibrary() }, 'nope')).toBeUndefined();
  });
});
