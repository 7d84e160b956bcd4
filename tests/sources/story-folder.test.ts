import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseStory } from '../../src/core/briefing.js';
import { MAX_ARTICLE_BYTES } from '../../src/sources/decode-text.js';
import { InputError } from '../../src/sources/input-error.js';
import { loadArticleFiles, loadStoryFolder } from '../../src/sources/story-folder.js';

function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-story-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe('loadStoryFolder', () => {
  it('reads txt, md and html files with story.yaml metadata, the folder name as story id', () => {
    const dir = join(folder({}), 'harbour-storm');
    mkdirSync(dir);
    writeFileSync(join(dir, 'wire.txt'), 'Storm closes ports\nShips stayed in harbour.\n');
    writeFileSync(join(dir, 'blog.md'), '# Ports shut as storm hits\n\nShips *stayed* in\nharbour, said [the port](https://example.org).\n\n- One\n- Two\n');
    writeFileSync(
      join(dir, 'paper.html'),
      '<html><head><title>Paper | Storm</title><meta property="og:site_name" content="The Paper"><meta property="article:published_time" content="2024-03-02T08:00:00Z"></head><body><nav><p>Home</p></nav><article><h1>Storm shuts ports</h1><p>Ships  stayed\n in harbour.</p><blockquote><p>“We had no choice,” she said.</p></blockquote></article><footer><p>© Paper</p></footer></body></html>',
    );
    writeFileSync(join(dir, 'story.yaml'), 'title: The harbour storm\narticles:\n  wire.txt:\n    publisher: Wire\n    published: 2024-03-01\n    url: https://wire.example/storm\n');
    const story = loadStoryFolder(dir);
    expect(story.id).toBe('harbour-storm');
    expect(story.title).toBe('The harbour storm');
    expect(story.skippedFiles).toEqual([]);
    expect(story.articles).toEqual([
      { id: 'blog', title: 'Ports shut as storm hits', paragraphs: ['Ships stayed in harbour, said the port.', 'One', 'Two'], path: 'blog.md' },
      {
        id: 'paper',
        title: 'Storm shuts ports',
        paragraphs: ['Ships stayed in harbour.', '“We had no choice,” she said.'],
        publisher: 'The Paper',
        published: '2024-03-02T08:00:00.000Z',
        path: 'paper.html',
      },
      { id: 'wire', paragraphs: ['Storm closes ports', 'Ships stayed in harbour.'], path: 'wire.txt', publisher: 'Wire', published: '2024-03-01', publishedDay: '2024-03-01', url: 'https://wire.example/storm' },
    ]);
    expect(story.updated).toBe('2024-03-02T08:00:00.000Z');
  });

  it('reads a saved page\'s published time, however the page writes it, as ISO UTC', () => {
    const page = (published: string): string =>
      `<html><head><meta property="article:published_time" content="${published}"></head><body><article><p>Ships stayed in harbour for a second day.</p></article></body></html>`;
    const dir = folder({
      'offset.html': page('2024-03-02T09:30:00+01:00'),
      'words.html': page('March 3, 2024 9:05 am PT'),
      'nonsense.html': page('last Tuesday'),
    });
    const story = loadStoryFolder(dir);
    expect(story.articles.map((a) => [a.id, a.published, a.publishedDay])).toEqual([
      ['nonsense', undefined, undefined],
      // The page's own zone says its day; the instant is kept in UTC.
      ['offset', '2024-03-02T08:30:00.000Z', '2024-03-02'],
      ['words', '2024-03-03T17:05:00.000Z', '2024-03-03'],
    ]);
    expect(story.updated).toBe('2024-03-03T17:05:00.000Z');
  });

  it('skips an empty, a binary and a non-UTF-8 file with a warning each, and briefs the rest', () => {
    const dir = folder({
      'good.txt': 'Headline of the good one\nA sentence.',
      'empty.txt': '',
      'binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]),
      'latin1.txt': Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]),
    });
    const story = loadStoryFolder(dir);
    expect(story.articles.map((a) => a.id)).toEqual(['good']);
    expect(story.skippedFiles).toEqual([
      { file: 'binary.txt', reason: 'looks like a binary file, not text' },
      { file: 'empty.txt', reason: 'the file is empty' },
      { file: 'latin1.txt', reason: 'is not UTF-8 text (save it as UTF-8 and try again)' },
    ]);
  });

  it('refuses a missing folder and a folder with no articles, with one clear message', () => {
    expect(() => loadStoryFolder('/nonexistent/story')).toThrow(new InputError('/nonexistent/story: no such folder'));
    const dir = folder({ 'notes.pdf': 'x' });
    expect(() => loadStoryFolder(dir)).toThrow(/no readable articles \(add \.txt, \.md, \.markdown, \.html, \.htm files\)/);
  });

  it('names the file and the key when story.yaml is wrong', () => {
    const dir = folder({ 'a.txt': 'Headline here now\nText.', 'story.yaml': 'articles:\n  a.txt:\n    publisher: 12\n    colour: red\n' });
    expect(() => loadStoryFolder(dir)).toThrow(/story\.yaml: articles\.a\.txt: Unrecognized key: "colour"|story\.yaml: articles\.a\.txt\.publisher/);
    const dir2 = folder({ 'a.txt': 'Headline here now\nText.', 'story.yaml': 'articles:\n  b.txt:\n    publisher: X\n' });
    expect(() => loadStoryFolder(dir2)).toThrow('story.yaml: articles.b.txt: no such file in the story folder');
  });

  it('names story.yaml under the folder as typed, not resolved', () => {
    const typed = relative(process.cwd(), folder({ 'a.txt': 'Headline here now\nText.', 'story.yaml': 'articles:\n  a.txt:\n    colour: red\n' }));
    expect(() => loadStoryFolder(typed)).toThrow(`${join(typed, 'story.yaml')}: articles.a.txt: Unrecognized key: "colour"`);
  });

  it('reads a 5 MB article', () => {
    const sentence = 'The council approved the harbour budget of 12 million euros on Tuesday. ';
    const big = `Council approves harbour budget\n${sentence.repeat(Math.ceil((5 * 1024 * 1024) / sentence.length))}`;
    const dir = folder({ 'big.txt': big });
    const story = loadStoryFolder(dir);
    expect(story.articles[0]!.paragraphs[1]!.length).toBeGreaterThan(5 * 1024 * 1024 - 100);
  });
});

describe('one-paragraph articles', () => {
  it('briefs a one-line .txt beside a headlined one: the long first line is body, not a headline', () => {
    const pasted =
      'The northern pier reopened on Friday after four months of repairs, the harbour council said. "It is stronger than before," said Ana Lima, the harbour master. The repairs cost 4 million euros.\n';
    const dir = folder({ 'pasted.txt': pasted, 'wire.txt': 'Harbour pier reopens\nThe pier reopened on Friday after repairs.\n' });
    const story = loadStoryFolder(dir);
    expect(story.articles.find((a) => a.id === 'pasted')).toEqual({ id: 'pasted', paragraphs: [pasted.trim()], path: 'pasted.txt' });
    const { briefing, skipped } = analyseStory(story.articles, { id: story.id });
    expect(briefing.sources.map((s) => [s.id, s.title])).toEqual([
      ['pasted', 'The northern pier reopened on Friday after four months of repairs, the harbour council…'],
      ['wire', 'Harbour pier reopens'],
    ]);
    expect(skipped.filter((s) => s.kind === 'article')).toEqual([]);
    expect(briefing.quotes.map((q) => [q.text, q.speaker.name])).toEqual([['It is stronger than before', 'Ana Lima']]);
  });
});

describe('loadArticleFiles', () => {
  it('gives unique ids to files with the same name in different folders', () => {
    const a = folder({ 'report.txt': 'First report headline\nOne.' });
    const b = folder({ 'report.txt': 'Second report headline\nTwo.' });
    const files = loadArticleFiles([join(a, 'report.txt'), join(b, 'report.txt')]);
    expect(files.articles.map((x) => x.id)).toEqual(['report', 'report-2']);
  });

  it('names loose files as they were given, absolute or relative, never resolved', () => {
    const dir = folder({ 'good.txt': 'Council approves the budget\nThe council approved it.\n', 'empty.txt': '' });
    const files = loadArticleFiles([join(dir, 'good.txt'), join(dir, 'empty.txt'), 'no/such.txt']);
    expect(files.articles.map((a) => a.path)).toEqual([join(dir, 'good.txt')]);
    expect(files.skippedFiles).toEqual([
      { file: join(dir, 'empty.txt'), reason: 'the file is empty' },
      { file: 'no/such.txt', reason: 'no such file' },
    ]);
  });

  it('says the real size of a file over the 20 MB limit, in bytes when a decimal would hide the difference', () => {
    const dir = folder({ 'just-over.txt': Buffer.alloc(MAX_ARTICLE_BYTES + 1, 0x61), 'well-over.txt': Buffer.alloc(MAX_ARTICLE_BYTES + 400 * 1024, 0x61) });
    expect(loadArticleFiles([join(dir, 'just-over.txt'), join(dir, 'well-over.txt')], dir).skippedFiles).toEqual([
      { file: 'just-over.txt', reason: '20,971,521 bytes is larger than the 20,971,520 bytes (20 MB) an article may be' },
      { file: 'well-over.txt', reason: '20.4 MB is larger than the 20 MB an article may be' },
    ]);
  });
});
