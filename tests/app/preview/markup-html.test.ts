import { describe, expect, it } from 'vitest';
import { discordMarkdownToHtml } from '../../../src/app/preview/discord-markdown-html.js';
import { slackMrkdwnToHtml } from '../../../src/app/preview/slack-mrkdwn-html.js';

describe('Slack mrkdwn drawn as HTML', () => {
  it('draws bold, italic, strike, links and a quoted line', () => {
    expect(slackMrkdwnToHtml('*Figures*\n• _(Wire, The Paper)_ ~old~')).toBe('<strong>Figures</strong><br>• <em>(Wire, The Paper)</em> <s>old</s>');
    expect(slackMrkdwnToHtml('Sources: <https://wire.example/a?x=1&amp;y=2|Wire> · The Paper')).toBe(
      'Sources: <a href="https://wire.example/a?x=1&#38;y=2" rel="noreferrer noopener" target="_blank">Wire</a> · The Paper',
    );
    expect(slackMrkdwnToHtml('>We had no choice.\n*Ana Lima, harbour master*')).toBe(
      '<blockquote class="sk-quote">We had no choice.</blockquote><strong>Ana Lima, harbour master</strong>',
    );
  });

  it('shows escaped article text and the lookalike characters as they are, never as markup', () => {
    expect(slackMrkdwnToHtml('&lt;script&gt;alert(1)&lt;/script&gt; &amp; ∗not bold∗ snake_case 2*3')).toBe(
      '&#60;script&#62;alert(1)&#60;/script&#62; &#38; ∗not bold∗ snake_case 2*3',
    );
  });

  it('draws a link to anything but http(s) as its label only', () => {
    expect(slackMrkdwnToHtml('<javascript:alert(1)|click>')).toBe('click');
    expect(slackMrkdwnToHtml('<!channel>')).toBe('<span class="sk-mention">!channel</span>');
  });
});

describe('Discord markdown drawn as HTML', () => {
  it('draws bold, italic, list lines and links', () => {
    expect(discordMarkdownToHtml('**Quotes: Storm** · *today*\n- first point [1][2]\n- second')).toBe(
      '<strong>Quotes: Storm</strong> · <em>today</em><br><span class="dc-bullet">•</span>first point [1][2]<br><span class="dc-bullet">•</span>second',
    );
    expect(discordMarkdownToHtml('[1] [Storm closes ports](https://wire.example/storm) · Wire')).toBe(
      '[1] <a href="https://wire.example/storm" rel="noreferrer noopener" target="_blank">Storm closes ports</a> · Wire',
    );
  });

  it('shows backslash-escaped characters literally', () => {
    expect(discordMarkdownToHtml('\\*not italic\\* \\<@123\\> \\- dash \\_x\\_')).toBe('*not italic* &#60;@123&#62; - dash _x_');
    expect(discordMarkdownToHtml('[a \\] b](https://x.example/)')).toBe('<a href="https://x.example/" rel="noreferrer noopener" target="_blank">a ] b</a>');
    expect(discordMarkdownToHtml('[label](javascript:alert(1))')).toBe('[label](javascript:alert(1))');
  });
});
