import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cardFileName } from '../render/card/card-file-name.js';
import type { CardSize } from '../render/card/card-input.js';
import { quoteCardInputs } from '../render/card/card-inputs.js';
import { renderQuoteCard } from '../render/card/quote-card.js';
import { cardSettings } from '../settings/commands.js';
import { loadSettings } from '../settings/load.js';
import { InputError } from '../sources/input-error.js';
import { briefedQuotes } from './speaker-quotes.js';
import { parseCliArgs } from './args.js';
import { UsageError } from './usage-error.js';

const USAGE = 'newsbrief card <story-folder|files…|url> [--speaker NAME] [--size landscape|square] --out DIR';

function parseSize(value: string | undefined): CardSize {
  const size = (value ?? 'landscape').toLowerCase();
  if (size === 'landscape' || size === 'square') return size;
  throw new UsageError(`--size must be landscape or square (got "${value}")`);
}

/** Writes one PNG per quote (fragments included) into --out and prints each file's path, one a line. */
export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseCliArgs(
    args,
    { speaker: { type: 'string', short: 's' }, size: { type: 'string' }, out: { type: 'string', short: 'o' } },
    USAGE,
  );
  const size = parseSize(values.size);
  if (positionals.length === 0) throw new UsageError(`name a story folder\nUsage: ${USAGE}`);
  if (!values.out) throw new UsageError(`name the folder to write the cards to (--out DIR)\nUsage: ${USAGE}`);
  const { theme, accent } = cardSettings(loadSettings().commands);
  const { briefing, quotes } = await briefedQuotes(positionals, values.speaker);
  if (quotes.length === 0) throw new InputError(`${positionals.join(' ')}: no quotes found, so no cards to draw`);
  try {
    mkdirSync(values.out, { recursive: true });
  } catch (error) {
    throw new InputError(`${values.out}: cannot create the folder (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  const inputs = quoteCardInputs(briefing, quotes);
  for (const [i, input] of inputs.entries()) {
    const path = join(values.out!, cardFileName(i + 1, inputs.length, input.quote.speaker.name));
    const png = await renderQuoteCard(input, { size, theme, accent });
    try {
      writeFileSync(path, png);
    } catch (error) {
      throw new InputError(`${path}: cannot write the card (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
    process.stdout.write(`${path}\n`);
  }
  return 0;
}
