import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BriefingLibrary, type LeftOut, type StoryEntry } from '../stories/library.js';
import { analyseStory } from '../core/briefing.js';
import type { Logger } from '../logging/logger.js';
import type { Settings } from '../settings/load.js';
import { InputError } from '../sources/input-error.js';
import { loadStoryFolder } from '../sources/story-folder.js';

/**
 * Reads and briefs one story folder, logging every skipped file and dropped line with its reason. The files
 * and articles left out are kept on the entry, so that every answer about the story says so.
 */
export function briefStoryFolder(dir: string, logger: Logger): StoryEntry {
  const story = loadStoryFolder(dir);
  for (const s of story.skippedFiles) logger.warn({ story: story.id, file: s.file, reason: s.reason }, 'skipped an article file');
  const { briefing, skipped } = analyseStory(story.articles, { id: story.id, ...(story.title ? { title: story.title } : {}) });
  for (const s of skipped) logger.debug({ story: story.id, source: s.source, kind: s.kind, reason: s.reason, text: s.text.slice(0, 120) }, 'left out of the briefing');
  const leftOut: LeftOut[] = story.skippedFiles.map((s) => ({ source: s.file, reason: s.reason }));
  for (const s of skipped.filter((x) => x.kind === 'article')) {
    const source = story.articles.find((a) => a.id === s.source)?.path ?? s.source;
    logger.warn({ story: story.id, file: source, reason: s.reason }, 'left an article out of the briefing');
    leftOut.push({ source, reason: s.reason });
  }
  return { id: story.id, title: briefing.title, briefing, updated: story.updated, ...(leftOut.length ? { leftOut } : {}) };
}

/** Every story folder under briefings/, briefed once at start; a broken folder is logged and skipped. */
export async function loadLibrary(settings: Pick<Settings, 'briefingsDir'>, logger: Logger): Promise<BriefingLibrary> {
  const library = new BriefingLibrary();
  const root = settings.briefingsDir;
  if (!existsSync(root)) {
    logger.warn({ dir: root }, 'briefings folder not found: no stories loaded');
    return library;
  }
  const folders = readdirSync(root)
    .filter((name) => !name.startsWith('.') && statSync(join(root, name)).isDirectory())
    .sort();
  for (const name of folders) {
    try {
      library.upsert(briefStoryFolder(join(root, name), logger));
    } catch (error) {
      if (!(error instanceof InputError) && (error as Error).name !== 'ConfigError') throw error;
      logger.warn({ story: name, reason: (error as Error).message }, 'skipped a story folder');
    }
  }
  logger.info({ stories: library.size }, 'stories loaded');
  return library;
}
