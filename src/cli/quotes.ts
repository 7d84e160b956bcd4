import { matchesName } from '../stories/name-match.js';
import { analyseStory } from '../core/briefing.js';
import { quotesToJson } from '../render/json.js';
import { quotesToMarkdown } from '../render/markdown.js';
import { quotesToText } from '../render/text.js';
import { InputError } from '../sources/input-error.js';
import { parseCliArgs, parseFormat } from './args.js';
import { readCliInput } from './read-input.js';
import { reportSkipped } from './report-skipped.js';
import { UsageError } from './usage-error.js';

const USAGE = 'newsbrief quotes <story-folder|files…|url> [--speaker NAME] [--format json|md|text]';

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseCliArgs(args, { speaker: { type: 'string', short: 's' }, format: { type: 'string', short: 'f' } }, USAGE);
  const format = parseFormat(values.format, 'text');
  if (positionals.length === 0) throw new UsageError(`name a story folder\nUsage: ${USAGE}`);
  const story = await readCliInput(positionals);
  const { briefing, skipped } = analyseStory(story.articles, { ...(story.id ? { id: story.id } : {}), ...(story.title ? { title: story.title } : {}) });
  reportSkipped(story, skipped, briefing, (text) => process.stderr.write(text));
  const speaker = values.speaker;
  const quotes = speaker ? briefing.quotes.filter((q) => matchesName(q.speaker.name, speaker)) : briefing.quotes;
  if (speaker && quotes.length === 0) {
    const names = briefing.speakers.map((s) => s.name).join(', ') || 'nobody';
    throw new InputError(`no quotes from "${speaker}" (quoted: ${names})`);
  }
  const title = speaker ? `Quotes from ${quotes[0]!.speaker.name}` : `Quotes: ${briefing.title}`;
  const output = format === 'json' ? quotesToJson(briefing, quotes) : format === 'md' ? quotesToMarkdown(briefing, quotes, title) : quotesToText(briefing, quotes, title);
  process.stdout.write(output);
  return 0;
}
