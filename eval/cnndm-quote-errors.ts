/**
 * `npx tsx eval/cnndm-quote-errors.ts --cnndm <cnndm-dev dir>`: the wrong speakers and missed quotes
 * on the CNN/DailyMail TUNE set (eval/cnndm-quotes-tune/), each with its context, so rules for
 * British and American tabloid text are chosen from these errors. The held-out 20
 * (eval/cnndm-quotes/) are never listed: they are only scored, by `npm run eval`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CNNDM_QUOTES_TUNE_DIR, goldFromAnnotation, readAnnotationsDir } from './cnndm-quotes.js';
import { extractQuotes } from '../src/core/quotes/quotes.js';
import { readArticle } from '../src/core/text/read-article.js';
import { flagValue } from './lib/flag-value.js';
import { matchQuotes, speakerMatches } from './lib/score-quotes.js';

function main(): void {
  const dir = flagValue(process.argv.slice(2), '--cnndm');
  if (!dir || !existsSync(dir)) throw new Error('name the cnndm-dev folder: --cnndm <dir>');
  let wrong = 0;
  let missed = 0;
  for (const a of readAnnotationsDir(CNNDM_QUOTES_TUNE_DIR)) {
    const text = readFileSync(join(dir, `${a.id}.txt`), 'utf8');
    const gold = goldFromAnnotation(a, text);
    const { article } = readArticle({ id: a.id, title: a.id, paragraphs: text.split(/\n+/u) });
    const quotes = extractQuotes(article).quotes;
    const pairs = matchQuotes(quotes, gold);
    const around = (at: number, length: number) => text.slice(Math.max(0, at - 220), at + length + 120).replace(/\s+/gu, ' ');
    for (const { p, g } of pairs) {
      const q = quotes[p]!;
      const gq = gold[g]!;
      if (speakerMatches(q.speaker.name, gq.source, text)) continue;
      wrong++;
      process.stdout.write(`\n[${a.id.slice(0, 8)}] WRONG ${q.attributedBy ?? ''}: predicted "${q.speaker.name}", gold "${gq.source}"\n  “${gq.text.slice(0, 70)}”\n  … ${around(gq.start, gq.text.length)}\n`);
    }
    const found = new Set(pairs.map((x) => x.g));
    gold.forEach((gq, g) => {
      if (found.has(g)) return;
      missed++;
      process.stdout.write(`\n[${a.id.slice(0, 8)}] MISSED (gold "${gq.source}")\n  “${gq.text.slice(0, 70)}”\n  … ${around(gq.start, gq.text.length)}\n`);
    });
  }
  process.stdout.write(`\nwrong speakers ${wrong}, missed quotes ${missed}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
