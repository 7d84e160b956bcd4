import type { Article } from '../core/types.js';
import type { SkippedFile } from '../sources/story-folder.js';

/** What the CLI read for `build` and `quotes`, from a folder, files or a URL. */
export interface CliStory {
  id?: string;
  title?: string;
  articles: Article[];
  /** Files that could not be read, named as the user typed them. */
  skippedFiles: SkippedFile[];
  /** How to name an article to the user: its path as typed, else its URL, else its id. */
  nameOf(articleId: string): string;
}
