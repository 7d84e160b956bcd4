import { existsSync, statSync } from 'node:fs';
import type { Article } from '../core/types.js';
import { InputError } from '../sources/input-error.js';
import { loadArticleFiles, loadStoryFolder } from '../sources/story-folder.js';

export interface CliStory {
  id?: string;
  title?: string;
  articles: Article[];
  warnings: string[];
}

const URL_PATTERN = /^https?:\/\//i;

/** What `build` and `quotes` accept: one story folder, article files, or a URL (an article page or a feed). */
export async function readCliInput(inputs: string[]): Promise<CliStory> {
  if (inputs.length === 0) throw new InputError('name a story folder, article files or a URL');
  if (inputs.length === 1 && URL_PATTERN.test(inputs[0]!)) {
    const { readUrlForCli } = await import('./read-url-input.js');
    return readUrlForCli(inputs[0]!);
  }
  if (inputs.length === 1 && existsSync(inputs[0]!) && statSync(inputs[0]!).isDirectory()) {
    const story = loadStoryFolder(inputs[0]!);
    return { id: story.id, ...(story.title ? { title: story.title } : {}), articles: story.articles, warnings: story.warnings };
  }
  const files = loadArticleFiles(inputs);
  if (files.articles.length === 0) {
    throw new InputError(files.warnings.length === 1 ? files.warnings[0]! : `no readable articles: ${files.warnings.join('; ')}`);
  }
  return { articles: files.articles, warnings: files.warnings };
}
