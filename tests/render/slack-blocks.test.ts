import { describe, expect, it } from 'vitest';
import type { CommandReply } from '../../src/contracts/command-reply.js';
import { renderSlackReply, SLACK_LIMITS, SLACK_POST_ACTION_ID, type SlackBlock, type SlackMessage } from '../../src/render/slack-blocks.js';
import { fixtureBriefing, manyQuotes } from '../adapters/slack/briefing-fixture.js';

const CNBC = '<https://www.cnbc.com/a?b=1&amp;c=2|CNBC>';
const EURONEWS = '<https://www.euronews.com/zuck|Euronews>';

function section(text: string): SlackBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}
function context(text: string): SlackBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text }] };
}
function header(text: string): SlackBlock {
  return { type: 'header', text: { type: 'plain_text', text, emoji: true } };
}

/** Every limit Slack enforces on a message, checked block by block. */
function expectWithinLimits(message: SlackMessage): void {
  expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
  expect(message.text.length).toBeGreaterThan(0);
  expect(message.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
  for (const block of message.blocks) {
    if (block.type === 'header') expect(block.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.headerText);
    if (block.type === 'section') expect(block.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    if (block.type === 'context') {
      expect(block.elements.length).toBeLessThanOrEqual(10);
      for (const e of block.elements) expect(e.text.length).toBeLessThanOrEqual(SLACK_LIMITS.contextText);
    }
  }
}

function quoteCards(message: SlackMessage): number {
  return message.blocks.filter((b) => b.type === 'section' && b.text.text.startsWith('>')).length;
}

function moreCount(message: SlackMessage, label: string): number {
  const texts = message.blocks.flatMap((b) => (b.type === 'context' ? b.elements.map((e) => e.text) : []));
  const match = texts.map((t) => new RegExp(`^…and (\\d+) more ${label}$`).exec(t)).find(Boolean);
  return match ? Number(match[1]) : 0;
}

describe('renderSlackReply: briefing', () => {
  it('lays out header, key points with sources, figures, divider, quote cards, sources and the button', () => {
    const message = renderSlackReply(
      { kind: 'briefing', visibility: 'ephemeral', briefing: fixtureBriefing() },
      { postButtonValue: '{"c":"briefing","s":"zuckerberg-eu"}' },
    );
    expect(message.blocks).toEqual([
      header('Zuckerberg questioned by the European Parliament'),
      section('*Key points*'),
      section('• Mark Zuckerberg apologised to the European Parliament for the misuse of data.'),
      context(`Sources: ${EURONEWS} · ${CNBC}`),
      section('• MEPs complained that the format let him avoid detailed answers.'),
      context(`Sources: ${CNBC}`),
      section('• Facebook promised to comply with the GDPR.'),
      context('Sources: Session notes'),
      section('*Figures*\n• *87 million users*: Data of up to 87 million users was shared. _(Euronews)_'),
      { type: 'divider' },
      section('*Top quotes*'),
      section('>We didn’t take a broad enough view of our responsibility.\n*Mark Zuckerberg, Facebook CEO*'),
      context(`Sources: ${EURONEWS} · ${CNBC}`),
      section('>I asked you six yes-or-no questions and got not a single answer.\n*Guy Verhofstadt*'),
      context(`Sources: ${CNBC}`),
      section(
        '*Sources*\n' +
          '• <https://www.euronews.com/zuck|Zuckerberg apologises to MEPs> (Euronews, 2018-05-22)\n' +
          '• <https://www.cnbc.com/a?b=1&amp;c=2|Facebook CEO faces EU lawmakers> (CNBC, 2018-05-22)\n' +
          '• Session notes',
      ),
      {
        type: 'actions',
        elements: [
          {
            type: 'button',
            action_id: SLACK_POST_ACTION_ID,
            text: { type: 'plain_text', text: 'Post to channel' },
            value: '{"c":"briefing","s":"zuckerberg-eu"}',
          },
        ],
      },
    ]);
    expect(message.text).toBe(
      'Zuckerberg questioned by the European Parliament\n' +
        '• Mark Zuckerberg apologised to the European Parliament for the misuse of data.\n' +
        '• MEPs complained that the format let him avoid detailed answers.\n' +
        '• Facebook promised to comply with the GDPR.',
    );
  });

  it('has no button when the reply is public or no value is given', () => {
    const briefing = fixtureBriefing();
    const pub = renderSlackReply({ kind: 'briefing', visibility: 'public', briefing }, { postButtonValue: 'x' });
    const plain = renderSlackReply({ kind: 'briefing', visibility: 'ephemeral', briefing });
    expect(pub.blocks.some((b) => b.type === 'actions')).toBe(false);
    expect(plain.blocks.some((b) => b.type === 'actions')).toBe(false);
  });

  it('escapes article text everywhere: header, points, quotes, speakers, sources and the fallback', () => {
    const briefing = fixtureBriefing();
    briefing.title = 'Alert <!channel> & friends';
    briefing.keyPoints[0]!.text = 'Hey <!channel>, see <https://evil|click> now';
    briefing.quotes[0]!.text = '<!here> <@U123> <https://evil|click>';
    briefing.quotes[0]!.speaker = { name: 'Eve <!everyone>', role: 'R&D' };
    briefing.sources[0]!.publisher = '<!channel>';
    const message = renderSlackReply({ kind: 'briefing', visibility: 'public', briefing });

    expect(message.blocks[0]).toEqual(header('Alert &lt;!channel&gt; &amp; friends'));
    expect(message.blocks[2]).toEqual(section('• Hey &lt;!channel&gt;, see &lt;https://evil|click&gt; now'));
    expect(message.blocks[3]).toEqual(context(`Sources: <https://www.euronews.com/zuck|&lt;!channel&gt;> · ${CNBC}`));
    expect(message.blocks[11]).toEqual(
      section('>&lt;!here&gt; &lt;@U123&gt; &lt;https://evil|click&gt;\n*Eve &lt;!everyone&gt;, R&amp;D*'),
    );
    expect(message.text).toBe(
      'Alert &lt;!channel&gt; &amp; friends\n• Hey &lt;!channel&gt;, see &lt;https://evil|click&gt; now\n' +
        '• MEPs complained that the format let him avoid detailed answers.\n• Facebook promised to comply with the GDPR.',
    );
    const json = JSON.stringify(message);
    expect(json).not.toContain('<!');
    expect(json).not.toContain('<@');
    expect(json).not.toContain('<https://evil');
  });

  it('keeps Slack formatting characters in article text literal (lookalikes), and only the bot’s own formatting active', () => {
    const briefing = fixtureBriefing();
    briefing.title = '*M*A*S*H* returns';
    briefing.keyPoints[0]!.text = 'A *bold* claim, _italic_ doubt, ~struck~ and `code`';
    briefing.quotes[0]!.text = 'Read ```this``` now';
    briefing.quotes[0]!.speaker = { name: '*Eve*', role: '_R&D_' };
    briefing.sources[0]!.publisher = '~Wire~';
    const message = renderSlackReply({ kind: 'briefing', visibility: 'public', briefing });

    expect(message.blocks[0]).toEqual(header('*M*A*S*H* returns'));
    expect(message.blocks[2]).toEqual(section('• A \u2217bold\u2217 claim, \u02CDitalic\u02CD doubt, \u223Cstruck\u223C and \u02CBcode\u02CB'));
    expect(message.blocks[3]).toEqual(context(`Sources: <https://www.euronews.com/zuck|\u223CWire\u223C> · ${CNBC}`));
    expect(message.blocks[11]).toEqual(section('>Read \u02CB\u02CB\u02CBthis\u02CB\u02CB\u02CB now\n*\u2217Eve\u2217, \u02CDR&amp;D\u02CD*'));
    expect(message.text.split('\n').slice(0, 2)).toEqual(['\u2217M*A*S*H\u2217 returns', '• A \u2217bold\u2217 claim, \u02CDitalic\u02CD doubt, \u223Cstruck\u223C and \u02CBcode\u02CB']);
  });

  it('shows the top 5 of 80 quotes and says how many more, adding up to 80', () => {
    const briefing = fixtureBriefing();
    briefing.quotes = manyQuotes(80);
    const message = renderSlackReply({ kind: 'briefing', visibility: 'ephemeral', briefing }, { postButtonValue: '{}' });
    expectWithinLimits(message);
    expect(quoteCards(message)).toBe(5);
    expect(moreCount(message, 'quotes')).toBe(75);
  });

  it('truncates a long title to the 150-character header limit and a huge key point to 3000', () => {
    const briefing = fixtureBriefing();
    briefing.title = 'T'.repeat(400);
    briefing.keyPoints[0]!.text = 'word & '.repeat(1000);
    const message = renderSlackReply({ kind: 'briefing', visibility: 'public', briefing });
    expectWithinLimits(message);
    expect(message.blocks[0]).toEqual(header(`${'T'.repeat(149)}…`));
    const point = message.blocks[2]!;
    expect(point.type === 'section' && point.text.text.endsWith('…')).toBe(true);
    expect(point.type === 'section' && point.text.text.length).toBeLessThanOrEqual(3000);
  });

  it('keeps 300 sources within two sections and counts the rest', () => {
    const briefing = fixtureBriefing();
    briefing.sources = Array.from({ length: 300 }, (_, i) => ({
      id: `s${i}`,
      title: `A rather long headline for source number ${i} about the hearing`,
      publisher: `Publisher ${i}`,
      url: `https://news.example/${i}`,
    }));
    const message = renderSlackReply({ kind: 'briefing', visibility: 'public', briefing });
    expectWithinLimits(message);
    const sourceSections = message.blocks.filter((b) => b.type === 'section' && b.text.text.includes('https://news.example/'));
    expect(sourceSections).toHaveLength(2);
    const listed = sourceSections.map((b) => (b.type === 'section' ? b.text.text : '')).join('\n').match(/^• /gm)!.length;
    const more = /_…and (\d+) more sources_$/.exec(sourceSections[1]!.type === 'section' ? sourceSections[1]!.text.text : '');
    expect(listed + Number(more![1])).toBe(300);
  });

  it('fits 60 key points and 80 quotes in 50 blocks, counting what it left out', () => {
    const briefing = fixtureBriefing();
    briefing.keyPoints = Array.from({ length: 60 }, (_, i) => ({ text: `Point ${i}`, sources: ['cnbc'] }));
    briefing.quotes = manyQuotes(80);
    const message = renderSlackReply({ kind: 'briefing', visibility: 'ephemeral', briefing }, { postButtonValue: '{}' });
    expectWithinLimits(message);
    const points = message.blocks.filter((b) => b.type === 'section' && b.text.text.startsWith('• Point')).length;
    expect(points + moreCount(message, 'key points')).toBe(60);
    expect(quoteCards(message) + moreCount(message, 'quotes')).toBe(80);
    expect(quoteCards(message)).toBeGreaterThan(0);
  });

  it('says a scheduled post is late', () => {
    const message = renderSlackReply({ kind: 'briefing', visibility: 'public', briefing: fixtureBriefing() }, { late: true });
    expect(message.blocks[1]).toEqual(context('_Posted late: the bot was not running at the scheduled time._'));
    expect(message.text.startsWith('(Posted late)\n')).toBe(true);
  });
});

describe('renderSlackReply: quotes', () => {
  it('renders quote cards under the heading with the story named', () => {
    const briefing = fixtureBriefing();
    const reply: CommandReply = { kind: 'quotes', visibility: 'public', briefing, quotes: [briefing.quotes[1]!], heading: 'Quotes from Guy Verhofstadt' };
    expect(renderSlackReply(reply)).toEqual({
      text: 'Quotes from Guy Verhofstadt\n“I asked you six yes-or-no questions and got not a single answer.” (Guy Verhofstadt)',
      blocks: [
        header('Quotes from Guy Verhofstadt'),
        context('From *Zuckerberg questioned by the European Parliament*'),
        section('>I asked you six yes-or-no questions and got not a single answer.\n*Guy Verhofstadt*'),
        context(`Sources: ${CNBC}`),
      ],
    });
  });

  it('shows as many of 80 quotes as 50 blocks allow, and the shown plus "…and N more" add up to 80', () => {
    const briefing = fixtureBriefing();
    const quotes = manyQuotes(80);
    const message = renderSlackReply(
      { kind: 'quotes', visibility: 'ephemeral', briefing, quotes, heading: 'Quotes from Mark Zuckerberg' },
      { postButtonValue: '{"c":"quotes"}' },
    );
    expectWithinLimits(message);
    expect(message.blocks).toHaveLength(50);
    expect(quoteCards(message)).toBe(23);
    expect(moreCount(message, 'quotes')).toBe(57);
    expect(message.blocks.at(-1)!.type).toBe('actions');
  });

  it('does not name the story twice when the heading already does', () => {
    const briefing = fixtureBriefing();
    const message = renderSlackReply({
      kind: 'quotes',
      visibility: 'public',
      briefing,
      quotes: [briefing.quotes[1]!],
      heading: `Quotes: ${briefing.title}`,
    });
    expect(message.blocks.slice(0, 2)).toEqual([
      header('Quotes: Zuckerberg questioned by the European Parliament'),
      section('>I asked you six yes-or-no questions and got not a single answer.\n*Guy Verhofstadt*'),
    ]);
  });

  it('folds a multi-line quote into one block quote line', () => {
    const briefing = fixtureBriefing();
    const quote = { ...briefing.quotes[1]!, text: 'one\n\ntwo' };
    const message = renderSlackReply({ kind: 'quotes', visibility: 'public', briefing, quotes: [quote], heading: 'Q' });
    expect(message.blocks[2]).toEqual(section('>one two\n*Guy Verhofstadt*'));
  });
});

describe('renderSlackReply: message', () => {
  it('renders title and escaped lines, without a button', () => {
    const message = renderSlackReply(
      { kind: 'message', visibility: 'ephemeral', title: 'No story matches “<x>”.', lines: ['Stories:', 'a & b: A (2 sources)'] },
      { postButtonValue: '{}' },
    );
    expect(message).toEqual({
      text: 'No story matches “&lt;x&gt;”.\nStories:\na &amp; b: A (2 sources)',
      blocks: [header('No story matches “&lt;x&gt;”.'), section('Stories:\na &amp; b: A (2 sources)')],
    });
  });

  it('splits 500 long lines across sections within the limits', () => {
    const lines = Array.from({ length: 500 }, (_, i) => `line ${i} ${'x'.repeat(200)}`);
    const message = renderSlackReply({ kind: 'message', visibility: 'ephemeral', title: 'Many', lines });
    expectWithinLimits(message);
    const shown = message.blocks.slice(1).map((b) => (b.type === 'section' ? b.text.text : '')).join('\n');
    const listed = shown.split('\n').filter((l) => l.startsWith('line ')).length;
    const more = /_…and (\d+) more lines_$/.exec(shown);
    expect(listed + Number(more?.[1] ?? 0)).toBe(500);
  });
});

describe('renderSlackReply: what the story left out', () => {
  it('says it in a context line under the heading, escaped, for a briefing and for quotes', () => {
    const briefing = fixtureBriefing();
    const notes = ['Left out: <promo>.txt: no body text after removing boilerplate'];
    const brief = renderSlackReply({ kind: 'briefing', visibility: 'public', briefing, notes });
    expect(brief.blocks[1]).toEqual(context('Left out: &lt;promo&gt;.txt: no body text after removing boilerplate'));
    expectWithinLimits(brief);
    const quotes = renderSlackReply({ kind: 'quotes', visibility: 'public', briefing, quotes: briefing.quotes, heading: `Quotes: ${briefing.title}`, notes });
    expect(quotes.blocks[1]).toEqual(context('Left out: &lt;promo&gt;.txt: no body text after removing boilerplate'));
    expectWithinLimits(quotes);
  });

  it('keeps a briefing with a note within 50 blocks, counting what it cuts', () => {
    const briefing = fixtureBriefing();
    briefing.keyPoints = Array.from({ length: 60 }, (_, i) => ({ text: `Point ${i + 1}.`, sources: ['euronews'] }));
    briefing.quotes = manyQuotes(80);
    const message = renderSlackReply({ kind: 'briefing', visibility: 'public', briefing, notes: ['Left out: a.txt: the file is empty'] });
    expectWithinLimits(message);
    const points = message.blocks.filter((b) => b.type === 'section' && b.text.text.startsWith('• Point')).length;
    expect(points + moreCount(message, 'key points')).toBe(60);
    expect(message.blocks[1]).toEqual(context('Left out: a.txt: the file is empty'));
  });
});
