import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BriefingLibrary, type StoryEntry } from '../commands/library.js';
import { analyseStory } from '../core/briefing.js';
import type { Logger } from '../logging/logger.js';
import type { Settings } from '../settings/load.js';
import { InputError } from '../sources/input-error.js';
import { loadStoryFolder } from '../sources/story-folder.js';

/** Reads and briefs one story folder, logging every skipped file and dropped line with its reason. */
export function briefStoryFolder(dir: string, logger: Logger): StoryEntry {
  const story = loadStoryFolder(dir);
  for (const warning of story.warnings) logger.warn({ story: story.id, reason: warning }, 'skipped an article file');
  const { briefing, skipped } = analyseStory(story.articles, { id: story.id, ...(story.title ? { title: story.title } : {}) });
  for (const s of skipped) logger.debug({ story: story.id, source: s.source, kind: s.kind, reason: s.reason, text: s.text.slice(0, 120) }, 'left out of the briefing');
  return { id: story.id, title: briefing.title, briefing, updated: story.updated };
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
