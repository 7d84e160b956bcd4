import { analyseStory } from '../core/briefing.js';
import { briefingToJson } from '../render/json.js';
import { briefingToMarkdown } from '../render/markdown.js';
import { briefingToText } from '../render/text.js';
import { parseCliArgs, parseFormat, parsePoints } from './args.js';
import { readCliInput } from './read-input.js';
import { reportSkipped } from './report-skipped.js';
import { UsageError } from './usage-error.js';

const USAGE = 'newsbrief build <story-folder|files…|url> [--format json|md|text] [--points 3-7]';

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseCliArgs(args, { format: { type: 'string', short: 'f' }, points: { type: 'string', short: 'n' } }, USAGE);
  const format = parseFormat(values.format, 'md');
  const points = parsePoints(values.points);
  if (positionals.length === 0) throw new UsageError(`name what to brief\nUsage: ${USAGE}`);
  const story = await readCliInput(positionals);
  const { briefing, skipped } = analyseStory(story.articles, {
    ...(story.id ? { id: story.id } : {}),
    ...(story.title ? { title: story.title } : {}),
    ...(points === undefined ? {} : { points }),
  });
  reportSkipped(story, skipped, briefing, (text) => process.stderr.write(text));
  const render = { json: briefingToJson, md: briefingToMarkdown, text: briefingToText }[format];
  process.stdout.write(render(briefing));
  return 0;
}
