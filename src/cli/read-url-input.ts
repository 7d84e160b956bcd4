import { systemClock } from '../app/system-clock.js';
import { createLogger } from '../logging/logger.js';
import { loadSettings } from '../settings/load.js';
import { FetchError, fetchErrorMessage } from '../sources/fetch/fetch-error.js';
import { fetchOptionsFromSettings } from '../app/fetch-options-from-settings.js';
import { FeedParseError } from '../sources/feeds/parse-feed.js';
import { InputError } from '../sources/input-error.js';
import { NoArticleTextError, readUrl } from '../sources/read-url.js';
import { topStory } from '../stories/top-story.js';
import type { CliStory } from './cli-story.js';

/** `build <url>`: an article page is briefed alone; a feed is briefed on its biggest story. */
export async function readUrlForCli(url: string): Promise<CliStory> {
  const settings = loadSettings();
  // The refusal reaches the user as one line below; log lines only when LOG_LEVEL asks for them.
  const logger = createLogger(settings.env.LOG_LEVEL ?? 'error', process.stderr as never);
  let articles;
  try {
    articles = await readUrl(url, fetchOptionsFromSettings(settings, systemClock, logger));
  } catch (error) {
    if (error instanceof NoArticleTextError) throw new InputError(error.message);
    if (error instanceof FetchError) throw new InputError(`${url}: ${fetchErrorMessage(error)}`);
    if (error instanceof FeedParseError) throw new InputError(`${url}: ${error.message}`);
    throw error;
  }
  const story = topStory(articles);
  const byId = new Map(story.articles.map((a) => [a.id, a.url ?? a.id]));
  return { articles: story.articles, ...(story.title ? { title: story.title } : {}), skippedFiles: [], nameOf: (id) => byId.get(id) ?? id };
}
