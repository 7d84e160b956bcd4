import { analyseStory, clampPoints } from '../core/briefing.js';
import { briefingToJson } from '../render/json.js';
import { briefingToMarkdown } from '../render/markdown.js';
import { briefingToText } from '../render/text.js';
import { parseCliArgs, parseFormat } from './args.js';
import { readCliInput } from './read-input.js';
import { UsageError } from './usage-error.js';

const USAGE = 'newsbrief build <story-folder|files…|url> [--format json|md|text] [--points N]';

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseCliArgs(args, { format: { type: 'string', short: 'f' }, points: { type: 'string', short: 'n' } }, USAGE);
  const format = parseFormat(values.format, 'md');
  if (values.points !== undefined && !/^\d+$/.test(values.points)) throw new UsageError(`--points must be a number from 3 to 7 (got "${values.points}")`);
  if (positionals.length === 0) throw new UsageError(`name what to brief\nUsage: ${USAGE}`);
  const story = await readCliInput(positionals);
  for (const warning of story.warnings) process.stderr.write(`newsbrief: skipped ${warning}\n`);
  const { briefing } = analyseStory(story.articles, {
    ...(story.id ? { id: story.id } : {}),
    ...(story.title ? { title: story.title } : {}),
    points: clampPoints(values.points === undefined ? undefined : Number(values.points)),
  });
  const render = { json: briefingToJson, md: briefingToMarkdown, text: briefingToText }[format];
  process.stdout.write(render(briefing));
  return 0;
}
