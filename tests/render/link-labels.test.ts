import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../src/core/types.js';
import { renderDiscordReply } from '../../src/render/discord-embeds.js';
import { linkLabel, looksLikeAddress } from '../../src/render/link-label.js';
import { briefingToMarkdown } from '../../src/render/markdown.js';
import { renderSlackReply } from '../../src/render/slack-blocks.js';
import { briefingToText } from '../../src/render/text.js';

/** Sources whose titles pretend to be addresses they do not link to, beside honest ones. */
function spoofBriefing(): Briefing {
  return {
    id: 'spoof',
    title: 'Spoofed sources',
    sources: [
      { id: 'url', title: 'https://www.bbc.co.uk/news/world-1', url: 'https://evil.example/a' },
      { id: 'domain', title: 'bbc.co.uk/news', publisher: 'reuters.com', url: 'https://news.evil.example/b' },
      { id: 'honest', title: 'Storm closes ports', publisher: 'Wire', url: 'https://wire.example/storm' },
      { id: 'unlinked', title: 'www.bbc.co.uk' },
    ],
    keyPoints: [{ text: 'Ports closed.', sources: ['url', 'domain', 'honest', 'unlinked'] }],
    quotes: [],
    figures: [],
    speakers: [],
  };
}

describe('looksLikeAddress', () => {
  it('reads URLs, www., IP addresses and bare domains as addresses, and names and sentences as not', () => {
    const addresses = ['https://www.bbc.co.uk/news', 'HTTP://x', '//cdn.example/x', 'www.bbc', 'bbc.co.uk', 'BBC.co.uk/news', 'user.github.io', '10.0.0.1', 'evil.example', ' reuters.com '];
    const names = ['CNBC', 'The Guardian', 'Yahoo! News', 'bbc.co.uk is down', 'e.g.', 'U.S.', 'localhost', ''];
    expect(addresses.filter((a) => !looksLikeAddress(a))).toEqual([]);
    expect(names.filter((n) => looksLikeAddress(n))).toEqual([]);
  });
});

describe('linkLabel', () => {
  it('gives the real host for a label that reads as an address, and keeps any other label', () => {
    expect(linkLabel('https://www.bbc.co.uk/news', 'https://evil.example/a')).toBe('evil.example');
    expect(linkLabel('bbc.co.uk', 'https://bbc.co.uk.evil.example/')).toBe('bbc.co.uk.evil.example');
    expect(linkLabel('paypal.com', 'https://pаypal.com/')).toBe('xn--pypal-4ve.com');
    expect(linkLabel('CNBC', 'https://evil.example/a')).toBe('CNBC');
    expect(linkLabel('www.bbc.co.uk', undefined)).toBe('www.bbc.co.uk');
  });
});

describe('link labels in every renderer', () => {
  it('Markdown: a URL cannot close its link early and add a label of its own', () => {
    const briefing = spoofBriefing();
    briefing.sources = [{ id: 'url', title: 'Notes', url: 'https://evil.example/a) [BBC](https://www.bbc.co.uk' }];
    expect(briefingToMarkdown(briefing).split('## Sources\n\n')[1]).toBe('1. [Notes](https://evil.example/a%29%20[BBC]%28https://www.bbc.co.uk)\n');
  });

  it('Slack: sources list and source context', () => {
    const message = renderSlackReply({ kind: 'briefing', visibility: 'public', briefing: spoofBriefing() });
    const texts = message.blocks.flatMap((b) => (b.type === 'section' ? [b.text.text] : b.type === 'context' ? b.elements.map((e) => e.text) : []));
    expect(texts).toEqual([
      '*Key points*',
      '• Ports closed.',
      'Sources: <https://evil.example/a|evil.example> · <https://news.evil.example/b|news.evil.example> · <https://wire.example/storm|Wire> · www.bbc.co.uk',
      [
        '*Sources*',
        '• <https://evil.example/a|evil.example>',
        '• <https://news.evil.example/b|news.evil.example> (reuters.com)',
        '• <https://wire.example/storm|Storm closes ports> (Wire)',
        '• www.bbc.co.uk',
      ].join('\n'),
    ]);
  });

  it('Discord: the sources field', () => {
    const [body] = renderDiscordReply({ kind: 'briefing', visibility: 'public', briefing: spoofBriefing() });
    const sources = body!.embeds[0]!.fields!.find((f) => f.name === 'Sources');
    expect(sources!.value).toBe(
      [
        '[1] [evil.example](https://evil.example/a)',
        '[2] [news.evil.example](https://news.evil.example/b) · reuters.com',
        '[3] [Storm closes ports](https://wire.example/storm) · Wire',
        '[4] www.bbc.co.uk',
      ].join('\n'),
    );
  });

  it('Markdown and plain text: the sources list', () => {
    expect(briefingToMarkdown(spoofBriefing()).split('## Sources\n\n')[1]).toBe(
      [
        '1. [evil.example](https://evil.example/a)',
        '2. [news.evil.example](https://news.evil.example/b) (reuters.com)',
        '3. [Storm closes ports](https://wire.example/storm) (Wire)',
        '4. www.bbc.co.uk',
        '',
      ].join('\n'),
    );
    expect(briefingToText(spoofBriefing()).split('Sources\n')[1]).toBe(
      [
        '  [1] evil.example https://evil.example/a',
        '  [2] news.evil.example (reuters.com) https://news.evil.example/b',
        '  [3] Storm closes ports (Wire) https://wire.example/storm',
        '  [4] www.bbc.co.uk',
        '',
      ].join('\n'),
    );
  });
});
