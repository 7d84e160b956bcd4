import { quotesToJson } from '../render/json.js';
import { quotesToMarkdown } from '../render/markdown.js';
import { quotesToText } from '../render/text.js';
import { briefedQuotes } from './speaker-quotes.js';
import { parseCliArgs, parseFormat } from './args.js';
import { UsageError } from './usage-error.js';

const USAGE = 'newsbrief quotes <story-folder|files…|url> [--speaker NAME] [--format json|md|text]';

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseCliArgs(args, { speaker: { type: 'string', short: 's' }, format: { type: 'string', short: 'f' } }, USAGE);
  const format = parseFormat(values.format, 'text');
  if (positionals.length === 0) throw new UsageError(`name a story folder\nUsage: ${USAGE}`);
  const { briefing, quotes } = await briefedQuotes(positionals, values.speaker);
  const title = values.speaker ? `Quotes from ${quotes[0]!.speaker.name}` : `Quotes: ${briefing.title}`;
  const output = format === 'json' ? quotesToJson(briefing, quotes) : format === 'md' ? quotesToMarkdown(briefing, quotes, title) : quotesToText(briefing, quotes, title);
  process.stdout.write(output);
  return 0;
}
