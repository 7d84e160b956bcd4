import { describe, expect, it } from 'vitest';
import { escapeAndTruncate, escapeSlackMrkdwn, escapeSlackText, slackLink, unescapeSlackText } from '../../src/render/slack-escape.js';

describe('escapeSlackText', () => {
  it('turns Slack control characters into entities so mentions and links arrive inert', () => {
    expect(escapeSlackText('<!channel> & <https://evil|click>')).toBe('&lt;!channel&gt; &amp; &lt;https://evil|click&gt;');
  });
});

describe('escapeSlackMrkdwn', () => {
  it('replaces *, _, ~ and backticks with lookalikes Slack does not format, and escapes entities', () => {
    expect(escapeSlackMrkdwn('*bold* _it_ ~gone~ `code` ```block``` <!here> & (*x*) "_y_"')).toBe(
      '\u2217bold\u2217 \u02CDit\u02CD \u223Cgone\u223C \u02CBcode\u02CB \u02CB\u02CB\u02CBblock\u02CB\u02CB\u02CB &lt;!here&gt; &amp; (\u2217x\u2217) "\u02CDy\u02CD"',
    );
  });

  it('leaves markers between two letters or digits, where Slack does not format', () => {
    expect(escapeSlackMrkdwn('channel_not_found, snake_case_name, 2*3*4, a~b, éa_ü')).toBe('channel_not_found, snake_case_name, 2*3*4, a~b, éa_ü');
    expect(escapeSlackMrkdwn('in_*bold*_out a`b')).toBe('in\u02CD\u2217bold\u2217\u02CDout a\u02CBb');
  });

  it('leaves text without them as escapeSlackText does', () => {
    expect(escapeSlackMrkdwn('Ports closed: 4,000 sent home (a < b).')).toBe('Ports closed: 4,000 sent home (a &lt; b).');
  });
});

describe('unescapeSlackText', () => {
  it('gives back what the user typed in a command, and undoes escapeSlackText', () => {
    expect(unescapeSlackText('AT&amp;T &lt;3 &amp;lt;')).toBe('AT&T <3 &lt;');
    expect(unescapeSlackText(escapeSlackText('a &lt; <b> & c'))).toBe('a &lt; <b> & c');
  });
});

describe('escapeAndTruncate', () => {
  it('leaves short text whole', () => {
    expect(escapeAndTruncate('a < b', 10)).toBe('a &lt; b');
  });

  it('cuts before an entity rather than inside it, and ends with an ellipsis', () => {
    expect(escapeAndTruncate('abc<def', 7)).toBe('abc…');
    expect(escapeAndTruncate('abcdefgh', 5)).toBe('abcd…');
  });

  it('escapes for mrkdwn unless told to escape for plain_text', () => {
    expect(escapeAndTruncate('*M*A*S*H*', 20)).toBe('\u2217M*A*S*H\u2217');
    expect(escapeAndTruncate('*M*A*S*H*', 20, 'plain_text')).toBe('*M*A*S*H*');
    expect(escapeAndTruncate('_a_b_c_d', 5)).toBe('\u02CDa_b…');
  });

  it('never splits a surrogate pair', () => {
    expect(escapeAndTruncate('ab😀cd', 4)).toBe('ab…');
  });
});

describe('slackLink', () => {
  it('escapes & in the URL and the label', () => {
    expect(slackLink('https://a.example/x?b=1&c=2', 'Q&A')).toBe('<https://a.example/x?b=1&amp;c=2|Q&amp;A>');
  });

  it('percent-encodes characters that would end the link early', () => {
    expect(slackLink('https://a.example/p|<!channel>', 'x')).toBe('<https://a.example/p%7C%3C!channel%3E|x>');
  });

  it('keeps a label with a pipe from forging a second label', () => {
    expect(slackLink('https://a.example/', 'a|b')).toBe('<https://a.example/|a¦b>');
  });

  it('shows only the label for non-http URLs and for no URL', () => {
    expect(slackLink('javascript:alert(1)', '<b>')).toBe('&lt;b&gt;');
    expect(slackLink(undefined, 'Notes')).toBe('Notes');
    expect(slackLink('not a url', 'Notes')).toBe('Notes');
  });
});
