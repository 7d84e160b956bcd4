import { describe, expect, it } from 'vitest';
import { APOLOGY, dispatch, handleCommand, leftOutNote, UserFacingError } from '../../src/commands/dispatch.js';
import { createLogger } from '../../src/logging/logger.js';
import { BriefingLibrary } from '../../src/stories/library.js';
import { parseCommandText } from '../../src/commands/parse-text.js';
import { buildCommandTable, findCommand } from '../../src/commands/table.js';
import { harbourBriefing } from '../fixtures/briefing.js';

const table = buildCommandTable({ aliases: [{ command: 'lima-quotes', speaker: 'Ana Lima' }] });
const briefing = harbourBriefing();
const other = { ...harbourBriefing(), id: 'budget-vote', title: 'Council passes the budget', quotes: [], speakers: [] };
const library = new BriefingLibrary([
  { id: 'harbour-storm', title: briefing.title, briefing, updated: '2024-03-02' },
  { id: 'budget-vote', title: other.title, briefing: other, updated: '2024-03-01' },
]);
const context = { table, library };

function ask(command: string, text = '') {
  return handleCommand(parseCommandText(findCommand(table, command)!, text, library, 'shell'), context);
}

describe('the command table', () => {
  it('has /briefing, /quotes, one entry per configured alias, and Discord’s /subscriptions', () => {
    expect(table.map((c) => [c.name, c.kind, c.speaker, c.platforms])).toEqual([
      ['briefing', 'briefing', undefined, undefined],
      ['quotes', 'quotes', undefined, undefined],
      ['lima-quotes', 'quotes', 'Ana Lima', undefined],
      ['subscriptions', 'subscriptions', undefined, ['discord']],
    ]);
  });
});

describe('handleCommand', () => {
  it('briefs the only story when none is named, ephemerally', async () => {
    const single = { table, library: new BriefingLibrary([library.get('harbour-storm')!]) };
    const def = findCommand(table, 'briefing')!;
    expect(await handleCommand(parseCommandText(def, '', single.library, 'shell'), single)).toEqual({ kind: 'briefing', visibility: 'ephemeral', briefing });
  });

  it('lists the latest day’s stories, most sources first, when there are several and none is named', async () => {
    const wide = { ...harbourBriefing(), id: 'ferry-strike', title: 'Ferry crews strike', sources: [...briefing.sources, { id: 'radio', title: 'Strike' }] };
    const news = new BriefingLibrary([
      ...library.list(),
      { id: 'ferry-strike', title: wide.title, briefing: wide, updated: '2024-03-01T20:00:00Z' },
      { id: 'old-news', title: 'Last week', briefing: other, updated: '2024-02-20' },
    ]);
    const def = findCommand(table, 'briefing')!;
    expect(await handleCommand(parseCommandText(def, '', news, 'slack'), { table, library: news })).toEqual({
      kind: 'message',
      visibility: 'ephemeral',
      title: '4 stories',
      lines: [
        'ferry-strike: Ferry crews strike (3 sources)',
        'harbour-storm: Storm closes northern ports (2 sources)',
        'budget-vote: Council passes the budget (2 sources)',
        '…and 1 more (older or smaller) story',
        'Ask for one: /briefing <story>',
      ],
    });
  });

  it('briefs the latest day’s story when it is the only one that day', async () => {
    const news = new BriefingLibrary([...library.list().slice(0, 1), { id: 'old-news', title: 'Last week', briefing: other, updated: '2024-02-20' }]);
    const reply = await handleCommand(parseCommandText(findCommand(table, 'briefing')!, '', news, 'shell'), { table, library: news });
    expect(reply).toEqual({ kind: 'briefing', visibility: 'ephemeral', briefing });
  });

  it('takes a speaker’s quotes from the newest story that quotes them', async () => {
    const news = new BriefingLibrary([
      { id: 'budget-vote', title: other.title, briefing: other, updated: '2024-03-05' },
      { id: 'harbour-storm', title: briefing.title, briefing, updated: '2024-03-02' },
    ]);
    const reply = await handleCommand(parseCommandText(findCommand(table, 'quotes')!, 'brandt', news, 'shell'), { table, library: news });
    expect(reply.kind === 'quotes' && [reply.briefing.id, reply.quotes.map((q) => q.text)]).toEqual(['harbour-storm', ['reckless']]);
  });

  it('posts publicly when asked', async () => {
    expect(await ask('briefing', 'budget-vote public')).toEqual({ kind: 'briefing', visibility: 'public', briefing: other });
  });

  it('lists the stories when the name is unknown', async () => {
    expect(await ask('briefing', 'elections')).toEqual({
      kind: 'message',
      visibility: 'ephemeral',
      title: 'No story matches “elections”.',
      lines: ['Stories:', 'harbour-storm: Storm closes northern ports (2 sources)', 'budget-vote: Council passes the budget (2 sources)'],
    });
  });

  it('filters quotes by any part of the speaker name, ignoring case and accents', async () => {
    const reply = await ask('quotes', 'LIMÁ');
    expect(reply.kind).toBe('quotes');
    if (reply.kind !== 'quotes') return;
    expect(reply.heading).toBe('Quotes from Ana Lima');
    expect(reply.quotes.map((q) => q.text)).toEqual(['We had no choice but to close the harbour.', 'The ports will reopen when the wind drops.']);
  });

  it('reads /quotes [speaker] [story] with the story last', async () => {
    const reply = await ask('quotes', 'brandt harbour-storm');
    expect(reply.kind === 'quotes' && reply.quotes.map((q) => q.text)).toEqual(['reckless']);
  });

  it('answers an alias with its speaker', async () => {
    const reply = await ask('lima-quotes');
    expect(reply.kind === 'quotes' && reply.quotes.length).toBe(2);
  });

  it('names the speakers who are quoted when the speaker is unknown', async () => {
    expect(await ask('quotes', 'nobody')).toEqual({
      kind: 'message',
      visibility: 'ephemeral',
      title: 'No quotes from “nobody” in “Storm closes northern ports”.',
      lines: ['Speakers in this story:', 'Ana Lima (harbour master): 2 quotes', 'Jonas Brandt: 1 quote'],
    });
  });

  it('answers help with usage for every command', async () => {
    const reply = await ask('briefing', 'help');
    expect(reply).toEqual({
      kind: 'message',
      visibility: 'ephemeral',
      title: 'newsbrief commands',
      lines: [
        '/briefing [story | url] [public] | help: Key points, figures and quotes of a story, with their sources',
        '/quotes [speaker] [story] [public]: Who said what in a story, as quote cards',
        '/lima-quotes [story] [public]: Quotes from Ana Lima',
        'Add “public” to post the answer in the channel for everyone.',
      ],
    });
  });

  it('briefs a URL through the configured briefer and shows its refusals', async () => {
    const withUrls = {
      ...context,
      briefUrl: async (url: string) => {
        if (url.includes('internal')) throw new UserFacingError('that address is on a private network');
        if (url.includes('/feed')) return { briefing: other, leftOut: [{ source: 'https://news.example/b', reason: 'no body text after removing boilerplate' }] };
        return { briefing: other };
      },
    };
    const def = findCommand(table, 'briefing')!;
    expect(await handleCommand(parseCommandText(def, 'https://news.example/a', library, 'slack'), withUrls)).toEqual({ kind: 'briefing', visibility: 'ephemeral', briefing: other });
    expect(await handleCommand(parseCommandText(def, 'https://news.example/feed', library, 'slack'), withUrls)).toEqual({
      kind: 'briefing',
      visibility: 'ephemeral',
      briefing: other,
      notes: ['Left out: https://news.example/b: no body text after removing boilerplate'],
    });
    expect(await handleCommand(parseCommandText(def, '<https://internal.example/|internal>', library, 'slack'), withUrls)).toEqual({
      kind: 'message',
      visibility: 'ephemeral',
      title: 'Could not brief that link',
      lines: ['that address is on a private network'],
    });
  });
});

describe('answers about a story that left articles out', () => {
  const leftOut = [
    { source: 'promo.txt', reason: 'no body text after removing boilerplate' },
    { source: 'empty.txt', reason: 'the file is empty' },
  ];
  const partial = new BriefingLibrary([{ id: 'harbour-storm', title: briefing.title, briefing, updated: '2024-03-02', leftOut }]);
  const note = 'Left out: promo.txt: no body text after removing boilerplate; empty.txt: the file is empty';

  it('say so in a note, for the briefing and for quotes', async () => {
    const ctx = { table, library: partial };
    const ask2 = (command: string, text = '') => handleCommand(parseCommandText(findCommand(table, command)!, text, partial, 'slack'), ctx);
    expect(await ask2('briefing')).toEqual({ kind: 'briefing', visibility: 'ephemeral', briefing, notes: [note] });
    expect(await ask2('quotes')).toMatchObject({ kind: 'quotes', heading: `Quotes: ${briefing.title}`, notes: [note] });
    expect(await ask2('lima-quotes')).toMatchObject({ kind: 'quotes', heading: 'Quotes from Ana Lima', notes: [note] });
  });

  it('name at most three and count the rest', () => {
    const many = Array.from({ length: 5 }, (_, i) => ({ source: `a${i}.txt`, reason: 'the file is empty' }));
    expect(leftOutNote(many)).toBe('Left out: a0.txt: the file is empty; a1.txt: the file is empty; a2.txt: the file is empty; …and 2 more');
  });

  it('carry no note when nothing was left out', async () => {
    expect(await ask('briefing', 'harbour-storm')).toEqual({ kind: 'briefing', visibility: 'ephemeral', briefing });
  });
});

describe('dispatch', () => {
  function capture() {
    const lines: { level: number; msg: string; command?: string; err?: { message: string; stack?: string } }[] = [];
    return { lines, logger: createLogger('info', { write: (line: string) => void lines.push(JSON.parse(line) as (typeof lines)[number]) }) };
  }

  it('answers an unexpected error with the one apology and logs the error with its stack', async () => {
    const { lines, logger } = capture();
    const failing = { ...context, briefUrl: async () => { throw new TypeError('reader broke'); } };
    const reply = await dispatch({ command: 'briefing', platform: 'slack', url: 'https://news.example/a' }, failing, logger);
    expect(reply).toEqual(APOLOGY);
    expect(reply).toEqual({
      kind: 'message',
      visibility: 'ephemeral',
      title: 'Something went wrong while answering that.',
      lines: ['The error was logged. Try again, or ask for another story.'],
    });
    expect(lines.map((l) => [l.level, l.msg, l.command, l.err?.message])).toEqual([[50, 'command failed', 'briefing', 'reader broke']]);
    expect(lines[0]!.err?.stack).toContain('TypeError: reader broke');
  });

  it('shows a refusal the user can act on as it is, logging nothing', async () => {
    const { lines, logger } = capture();
    const refusing = { ...context, briefUrl: async () => { throw new UserFacingError('That address is not allowed.'); } };
    expect(await dispatch({ command: 'briefing', platform: 'slack', url: 'https://news.example/a' }, refusing, logger)).toEqual({
      kind: 'message',
      visibility: 'ephemeral',
      title: 'Could not brief that link',
      lines: ['That address is not allowed.'],
    });
    expect(lines).toEqual([]);
  });
});
