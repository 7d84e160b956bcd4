import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runShell } from '../../../src/adapters/shell/shell.js';
import { briefStoryFolder } from '../../../src/app/library-loader.js';
import { BriefingLibrary } from '../../../src/stories/library.js';
import { buildCommandTable } from '../../../src/commands/table.js';
import type { CommandContext } from '../../../src/commands/dispatch.js';
import { silentLogger } from '../../../src/logging/logger.js';
import { harbourBriefing } from '../../fixtures/briefing.js';

function context(): CommandContext {
  const briefing = harbourBriefing();
  return {
    table: buildCommandTable({ aliases: [{ command: 'lima-quotes', speaker: 'Ana Lima' }] }),
    library: new BriefingLibrary([{ id: briefing.id, title: briefing.title, briefing, updated: '2024-03-02' }]),
  };
}

async function session(lines: string, ctx = context()): Promise<string> {
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk) => (text += chunk));
  await runShell({ input: Readable.from([lines]), output, context: ctx, logger: silentLogger(), interactive: false });
  return text;
}

describe('the shell adapter', () => {
  it('answers an alias with that speaker’s quote cards and stops at the end of input', async () => {
    expect(await session('/lima-quotes\n')).toBe(
      [
        'Quotes from Ana Lima',
        '====================',
        '',
        '  “We had no choice but to close the harbour.”',
        '    — Ana Lima, harbour master [1, 2]',
        '',
        '  “The ports will reopen when the wind drops.”',
        '    — Ana Lima, harbour master [1]',
        '',
        'Sources',
        '  [1] Storm closes ports (Wire, 2024-03-01) https://wire.example/storm',
        '  [2] Ports shut as storm hits (The Paper)',
        '',
        '',
      ].join('\n'),
    );
  });

  it('ignores blank lines and comments, and stops at "exit" without reading further', async () => {
    const out = await session('\n# a comment\nexit\n/briefing\n');
    expect(out).toBe('');
  });

  it('keeps going after a command that fails, saying so', async () => {
    const ctx = { ...context(), briefUrl: async () => { throw new Error('reader broke'); } };
    const out = await session('/briefing https://news.example/a\n/help\n', ctx);
    expect(out.split('\n')[0]).toBe('Something went wrong while answering that.');
    expect(out).toContain('newsbrief commands\n');
  });

  it('keeps going after an answer that cannot be rendered, saying so', async () => {
    const ctx = context();
    ctx.library.list()[0]!.briefing.quotes = null as never;
    const out = await session('/quotes\n/help\n', ctx);
    expect(out.split('\n')[0]).toBe('Something went wrong while answering that.');
    expect(out).toContain('newsbrief commands\n');
  });
});

describe('the shell adapter when its reader goes away', () => {
  it('stops quietly after the first failed write (EPIPE), reading no further commands', async () => {
    let writes = 0;
    const output = new Writable({
      write(_chunk, _encoding, done) {
        writes += 1;
        done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      },
    });
    const input = Readable.from(['/briefing\n/quotes\n/help\n']);
    await runShell({ input, output, context: context(), logger: silentLogger(), interactive: false });
    expect(writes).toBe(1);
  });
});

describe('the shell adapter on a story folder that left articles out', () => {
  it('briefs a one-paragraph article and says which files were left out and why', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsbrief-shell-'));
    writeFileSync(join(dir, 'pasted.txt'), 'The northern pier reopened on Friday after repairs. "It is stronger than before," said Ana Lima, the harbour master.\n');
    writeFileSync(join(dir, 'headline.txt'), 'Harbour pier reopens after repairs\n');
    writeFileSync(join(dir, 'empty.txt'), '');
    const entry = briefStoryFolder(dir, silentLogger());
    const ctx: CommandContext = { table: buildCommandTable({ aliases: [] }), library: new BriefingLibrary([entry]) };
    const out = await session('/briefing\n', ctx);
    expect(out.split('\n').slice(0, 4)).toEqual([
      'The northern pier reopened on Friday after repairs',
      '==================================================',
      'Left out: empty.txt: the file is empty; headline.txt: no body text after removing boilerplate',
      '',
    ]);
  });
});
