import { describe, expect, it } from 'vitest';
import { escapeDiscordMarkdown, fitLines, markdownLink, truncateText } from '../../src/render/discord-text.js';

describe('Discord text helpers', () => {
  it('escapes markdown and mention syntax so article text shows literally', () => {
    expect(escapeDiscordMarkdown('*bold* _it_ `code` <@123> [x](y) a|b ~s~')).toBe(
      '\\*bold\\* \\_it\\_ \\`code\\` \\<@123\\> \\[x\\](y) a\\|b \\~s\\~',
    );
    expect(escapeDiscordMarkdown('# Heading\n> quote\n- item')).toBe('\\# Heading\n\\> quote\n\\- item');
  });

  it('truncates with an ellipsis, never splitting a surrogate pair or an escape', () => {
    expect(truncateText('abcdef', 6)).toBe('abcdef');
    expect(truncateText('abcdefg', 6)).toBe('abcde…');
    expect(truncateText('abcd😀xyz', 6)).toBe('abcd…');
    expect(truncateText('abc\\*def', 5)).toBe('abc…');
    expect(truncateText('abc \\\\def', 7)).toBe('abc \\\\…');
  });

  it('fits whole lines and counts the rest', () => {
    const lines = ['aaaa', 'bbbb', 'cccc', 'dddd'];
    expect(fitLines(lines, 100, (n) => `+${n}`)).toEqual({ text: 'aaaa\nbbbb\ncccc\ndddd', shown: 4 });
    expect(fitLines(lines, 12, (n) => `+${n}`)).toEqual({ text: 'aaaa\nbbbb\n+2', shown: 2 });
    expect(fitLines(['x'.repeat(50), 'y'], 20, (n) => `+${n}`)).toEqual({ text: `${'x'.repeat(16)}…\n+1`, shown: 1 });
  });

  it('builds links whose label and URL cannot break out', () => {
    expect(markdownLink('A [b] c', 'https://example.org/a (1)')).toBe('[A \\[b\\] c](https://example.org/a%20%281%29)');
  });
});
