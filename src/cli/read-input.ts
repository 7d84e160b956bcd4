import { existsSync, statSync } from 'node:fs';
import { sep } from 'node:path';
import { InputError } from '../sources/input-error.js';
import { loadArticleFiles, loadStoryFolder } from '../sources/story-folder.js';
import type { CliStory } from './cli-story.js';

export type { CliStory } from './cli-story.js';

const URL_PATTERN = /^https?:\/\//i;

/** "story" + "a.txt" → "story/a.txt", keeping the folder exactly as typed ("./story/", "~/news"). */
function underTyped(dir: string, file: string): string {
  return dir.endsWith('/') || dir.endsWith(sep) ? `${dir}${file}` : `${dir}${sep}${file}`;
}

/** What `build` and `quotes` accept: one story folder, article files, or a URL (an article page or a feed). */
export async function readCliInput(inputs: string[]): Promise<CliStory> {
  if (inputs.length === 0) throw new InputError('name a story folder, article files or a URL');
  if (inputs.length === 1 && URL_PATTERN.test(inputs[0]!)) {
    const { readUrlForCli } = await import('./read-url-input.js');
    return readUrlForCli(inputs[0]!);
  }
  const dir = inputs[0]!;
  if (inputs.length === 1 && existsSync(dir) && statSync(dir).isDirectory()) {
    const story = loadStoryFolder(dir);
    const byId = new Map(story.articles.map((a) => [a.id, a.path ? underTyped(dir, a.path) : a.id]));
    return {
      id: story.id,
      ...(story.title ? { title: story.title } : {}),
      articles: story.articles,
      skippedFiles: story.skippedFiles.map((s) => ({ file: underTyped(dir, s.file), reason: s.reason })),
      nameOf: (id) => byId.get(id) ?? id,
    };
  }
  const files = loadArticleFiles(inputs);
  if (files.articles.length === 0) {
    const why = files.skippedFiles.map((s) => `${s.file}: ${s.reason}`);
    throw new InputError(why.length === 1 ? why[0]! : `no readable articles: ${why.join('; ')}`);
  }
  const byId = new Map(files.articles.map((a) => [a.id, a.path ?? a.id]));
  return { articles: files.articles, skippedFiles: files.skippedFiles, nameOf: (id) => byId.get(id) ?? id };
}
