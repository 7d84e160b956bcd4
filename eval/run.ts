/**
 * `npm run eval -- --polnear <dir> --cnndm <dir> --fictional`: prints the quote figures (PolNeAR),
 * the key-point figures (CNN/DailyMail), the quote figures on 20 annotated CNN/DailyMail articles
 * (eval/cnndm-quotes; `--cnndm-quotes <dir>` alone for just those) and those on the project's own
 * fictional sets (eval/fictional and the house-style set eval/fictional-styles), in one run.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseEvalArgs, type EvalArgs } from './args.js';
import { evaluateCnndmQuotes } from './cnndm-quotes.js';
import { evaluateFictional, FICTIONAL_DIR, FICTIONAL_STYLES_DIR } from './fictional.js';
import { evaluateMultiSource, MULTI_SOURCE_DIR } from './multi-source/score.js';
import { evaluatePolnear } from './polnear.js';
import { fictionalAblation, polnearAblation } from './ranker-ablation.js';

async function main(): Promise<void> {
  let args: EvalArgs;
  try {
    args = parseEvalArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`eval: ${(error as Error).message}\n`);
    process.exitCode = 2;
    return;
  }
  if (args.polnear) {
    if (!existsSync(args.polnear)) throw new Error(`no such folder: ${args.polnear}`);
    for (const line of evaluatePolnear(args.polnear)) console.log(line);
    for (const line of polnearAblation(args.polnear)) console.log(line);
  }
  if (args.fictional) {
    for (const line of evaluateFictional(fileURLToPath(FICTIONAL_DIR))) console.log(line);
    for (const line of evaluateFictional(fileURLToPath(FICTIONAL_STYLES_DIR), 'House-style set', 'eval/fictional-styles')) console.log(line);
    for (const line of fictionalAblation(fileURLToPath(FICTIONAL_DIR), 'Fictional set')) console.log(line);
    for (const line of fictionalAblation(fileURLToPath(FICTIONAL_STYLES_DIR), 'House-style set')) console.log(line);
  }
  if (args.cnndmQuotes) {
    if (!existsSync(args.cnndmQuotes)) throw new Error(`no such folder: ${args.cnndmQuotes}`);
    for (const line of evaluateCnndmQuotes(args.cnndmQuotes)) console.log(line);
  }
  if (args.multiSource) {
    for (const line of evaluateMultiSource(fileURLToPath(MULTI_SOURCE_DIR))) console.log(line);
  }
  if (args.cnndm) {
    const cnndmPath = fileURLToPath(new URL('./cnndm.ts', import.meta.url));
    if (!existsSync(cnndmPath)) {
      console.log('CNN/DailyMail: eval/cnndm.ts is not there yet; skipped');
      return;
    }
    const { evaluateCnndm } = (await import('./cnndm.js' as string)) as { evaluateCnndm: (dir: string) => unknown };
    const result = await evaluateCnndm(args.cnndm);
    const lines = Array.isArray(result) ? result : String(result).split('\n');
    for (const line of lines) console.log(typeof line === 'string' ? line : JSON.stringify(line));
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`eval: ${(error as Error).message}\n`);
  process.exitCode = 1;
});
