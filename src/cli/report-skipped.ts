import type { Briefing, Skipped } from '../core/types.js';
import { InputError } from '../sources/input-error.js';
import type { CliStory } from './cli-story.js';

/**
 * Says on stderr what was left out, one line an input ("newsbrief: skipped a.txt: the file is empty"), both
 * the files that could not be read and the articles the core dropped; refuses a briefing with no source left.
 */
export function reportSkipped(story: CliStory, skipped: Skipped[], briefing: Briefing, write: (text: string) => void): void {
  const lines = [
    ...story.skippedFiles,
    ...skipped.filter((s) => s.kind === 'article').map((s) => ({ file: story.nameOf(s.source), reason: s.reason })),
  ];
  for (const line of lines) write(`newsbrief: skipped ${line.file}: ${line.reason}\n`);
  if (briefing.sources.length === 0) {
    throw new InputError(`nothing left to brief: ${lines.length === 1 ? 'the only article was' : `all ${lines.length} articles were`} skipped`);
  }
}
