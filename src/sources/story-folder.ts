import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import type { Article } from '../core/types.js';
import { decodeArticleBytes, MAX_ARTICLE_BYTES, tooLarge } from './decode-text.js';
import { publisherDay } from './feeds/feed-date.js';
import { articleFromHtml } from './html-file.js';
import { InputError } from './input-error.js';
import { readStoryMeta } from './story-meta.js';
import { articleFromMarkdown, paragraphsFromText } from './text-file.js';

export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'];

/** A file that could not be read as an article, and why. */
export interface SkippedFile {
  /** Relative to the story folder, or as the user typed it for loose files. */
  file: string;
  reason: string;
}

export interface LoadedStory {
  /** The folder name. */
  id: string;
  title?: string;
  articles: Article[];
  /** Files that were skipped, each with why ({ file: 'euronews.txt', reason: 'the file is empty' }). */
  skippedFiles: SkippedFile[];
  /** Newest published date, else newest file modification time (ISO). */
  updated: string;
}

/** Reads one article file into an Article; throws InputError for what is not a readable article. */
export function readArticleFile(path: string, id: string, displayName = basename(path)): Article {
  const ext = extname(path).toLowerCase();
  if (!ARTICLE_EXTENSIONS.includes(ext)) throw InputError.about(displayName, `not an article file (use ${ARTICLE_EXTENSIONS.join(', ')})`);
  // Refused before reading: a huge file is never loaded into memory.
  const size = statSync(path).size;
  if (size > MAX_ARTICLE_BYTES) throw InputError.about(displayName, `${tooLarge(size)} an article may be`);
  const text = decodeArticleBytes(readFileSync(path), displayName);
  let article: Article;
  if (ext === '.html' || ext === '.htm') {
    const html = articleFromHtml(text);
    article = { id, ...html };
  } else if (ext === '.md' || ext === '.markdown') {
    article = { id, ...articleFromMarkdown(text) };
  } else {
    article = { id, paragraphs: paragraphsFromText(text) };
  }
  if (article.paragraphs.length === 0) throw InputError.about(displayName, 'has no article text');
  return article;
}

/** "cnbc.txt" → "cnbc"; made unique within the story by suffixing. */
function articleId(file: string, taken: Set<string>): string {
  const base = basename(file, extname(file)).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'article';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** A story folder: article files plus an optional story.yaml (title; per file publisher, url, published). */
export function loadStoryFolder(dir: string): LoadedStory {
  const folder = resolve(dir);
  if (!existsSync(folder)) throw new InputError(`${dir}: no such folder`);
  if (!statSync(folder).isDirectory()) throw new InputError(`${dir}: not a folder`);
  // Read through the folder as typed, so that a mistake in story.yaml is reported under the name the user gave.
  const meta = readStoryMeta(join(dir, 'story.yaml'));
  const files = readdirSync(folder)
    .filter((f) => ARTICLE_EXTENSIONS.includes(extname(f).toLowerCase()))
    .sort();
  for (const named of Object.keys(meta.articles)) {
    if (!files.includes(named)) throw new InputError(`${join(dir, 'story.yaml')}: articles.${named}: no such file in the story folder`);
  }
  const story = loadArticleFiles(files.map((f) => join(folder, f)), folder);
  const skippedFiles = story.skippedFiles;
  const articles = story.articles.map((article) => {
    const extra = meta.articles[article.path ?? ''] ?? {};
    const merged = { ...article, ...Object.fromEntries(Object.entries(extra).filter(([, v]) => v !== undefined)) } as Article;
    if (extra.published === undefined) return merged;
    // story.yaml's date replaces the file's, and with it the file's day.
    const { publishedDay: _fileDay, ...rest } = merged;
    const day = publisherDay(extra.published);
    return { ...rest, ...(day ? { publishedDay: day } : {}) };
  });
  if (articles.length === 0) {
    const why = skippedFiles.map((s) => `${s.file}: ${s.reason}`).join('; ');
    throw InputError.about(dir, `no readable articles${why ? ` (${why})` : ` (add ${ARTICLE_EXTENSIONS.join(', ')} files)`}`);
  }
  const published = articles.map((a) => a.published).filter((p): p is string => !!p).sort();
  return {
    id: basename(folder),
    ...(meta.title ? { title: meta.title } : {}),
    articles,
    skippedFiles,
    updated: published.at(-1) ?? story.updated,
  };
}

/**
 * Loose files (the CLI's `build a.txt b.html`): the unreadable ones are skipped with the reason. Files are
 * named relative to `relativeTo` when given (a story folder), else as the caller gave them (as typed).
 */
export function loadArticleFiles(paths: string[], relativeTo?: string): { articles: Article[]; skippedFiles: SkippedFile[]; updated: string } {
  const taken = new Set<string>();
  const articles: Article[] = [];
  const skippedFiles: SkippedFile[] = [];
  let newest = 0;
  for (const path of paths) {
    const name = (relativeTo === undefined ? path : relative(relativeTo, path)) || basename(path);
    try {
      if (!existsSync(path)) throw InputError.about(name, 'no such file');
      const stat = statSync(path);
      if (!stat.isFile()) throw InputError.about(name, 'not a file');
      newest = Math.max(newest, stat.mtimeMs);
      const article = readArticleFile(path, articleId(path, taken), name);
      articles.push({ ...article, path: name });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      skippedFiles.push({ file: name, reason: error.subject === undefined ? error.message : error.reason });
    }
  }
  return { articles, skippedFiles, updated: new Date(newest || 0).toISOString() };
}
