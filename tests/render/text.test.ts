import { describe, expect, it } from 'vitest';
import { briefingToJson } from '../../src/render/json.js';
import { briefingToMarkdown, escapeMarkdown } from '../../src/render/markdown.js';
import { briefingToText, replyToText } from '../../src/render/text.js';
import { harbourBriefing } from '../fixtures/briefing.js';

describe('plain text', () => {
  it('lays out points, figures, quotes and numbered sources', () => {
    expect(briefingToText(harbourBriefing())).toBe(
      [
        'Storm closes northern ports',
        '===========================',
        '',
        'Key points',
        '  1. All twelve northern ports closed on Monday as the storm arrived. [1, 2]',
        '  2. About 4,000 workers were sent home. [2]',
        '',
        'Figures',
        '  • 4,000 workers [2]',
        '',
        'Quotes',
        '  “We had no choice but to close the harbour.”',
        '    — Ana Lima, harbour master [1, 2]',
        '  “reckless” (partial quote)',
        '    — Jonas Brandt [2]',
        '  “The ports will reopen when the wind drops.”',
        '    — Ana Lima, harbour master [1]',
        '',
        'Sources',
        '  [1] Storm closes ports (Wire, 2024-03-01) https://wire.example/storm',
        '  [2] Ports shut as storm hits (The Paper)',
        '',
      ].join('\n'),
    );
  });

  it('renders a message reply as its title and indented lines', () => {
    expect(replyToText({ kind: 'message', visibility: 'ephemeral', title: 'No story matches “x”.', lines: ['Stories:', 'a: A'] })).toBe('No story matches “x”.\n  Stories:\n  a: A\n');
  });
});

describe('Markdown', () => {
  it('links sources and escapes markup in article text', () => {
    const briefing = harbourBriefing();
    briefing.keyPoints[0] = { text: 'Ports [closed](https://evil.example) *today* <b>', sources: ['wire'] };
    const md = briefingToMarkdown(briefing);
    expect(md).toContain('- Ports \\[closed\\](https://evil.example) \\*today\\* \\<b\\> [1]\n');
    expect(md).toContain('1. [Storm closes ports](https://wire.example/storm) (Wire, 2024-03-01)\n2. Ports shut as storm hits (The Paper)\n');
    expect(md).toContain('> “We had no choice but to close the harbour.”\n>\n> — **Ana Lima, harbour master** [1, 2]\n');
    expect(escapeMarkdown('a_b#c|d`e')).toBe('a\\_b\\#c\\|d\\`e');
  });
});

describe('JSON', () => {
  it('keeps exactly the contract keys, in order', () => {
    const briefing = { ...harbourBriefing(), extra: 'not in the contract' };
    const parsed = JSON.parse(briefingToJson(briefing));
    expect(Object.keys(parsed)).toEqual(['id', 'title', 'sources', 'keyPoints', 'quotes', 'figures', 'speakers']);
    expect(parsed.quotes[1]).toEqual({ text: 'reckless', speaker: { name: 'Jonas Brandt' }, sources: ['paper'], fragment: true });
  });
});

describe('plain text: what the story left out', () => {
  it('says it under the title of a briefing and of quote cards', () => {
    const briefing = harbourBriefing();
    const notes = ['Left out: promo.txt: no body text after removing boilerplate'];
    expect(replyToText({ kind: 'briefing', visibility: 'ephemeral', briefing, notes }).split('\n').slice(0, 4)).toEqual([
      'Storm closes northern ports',
      '===========================',
      'Left out: promo.txt: no body text after removing boilerplate',
      '',
    ]);
    expect(replyToText({ kind: 'quotes', visibility: 'ephemeral', briefing, quotes: [], heading: 'Quotes', notes }).split('\n').slice(0, 4)).toEqual([
      'Quotes',
      '======',
      'Left out: promo.txt: no body text after removing boilerplate',
      '',
    ]);
  });
});
