/**
 * `npm run eval -- --polnear <dir> --cnndm <dir> --fictional`: prints the quote figures (PolNeAR),
 * the key-point figures (CNN/DailyMail) and the quote figures on the project's own fictional set,
 * in one run.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evaluateFictional, FICTIONAL_DIR } from './fictional.js';
import { evaluatePolnear } from './polnear.js';

interface EvalArgs {
  polnear?: string;
  cnndm?: string;
  /** The project's own fictional set (eval/fictional), read with --fictional. */
  fictional?: boolean;
}

export function parseEvalArgs(argv: string[]): EvalArgs {
  const args: EvalArgs = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--fictional') {
      args.fictional = true;
      continue;
    }
    const [flag, inline] = arg.split('=', 2) as [string, string | undefined];
    if (flag !== '--polnear' && flag !== '--cnndm') throw new Error(`unknown argument: ${arg} (use --polnear <dir> --cnndm <dir> --fictional)`);
    const value = inline ?? argv[++i];
    if (!value) throw new Error(`${flag} needs a folder`);
    args[flag === '--polnear' ? 'polnear' : 'cnndm'] = value;
  }
  if (!args.polnear && !args.cnndm && !args.fictional) throw new Error('nothing to evaluate: give --polnear <dir>, --cnndm <dir> and/or --fictional');
  return args;
}

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
  }
  if (args.fictional) for (const line of evaluateFictional(fileURLToPath(FICTIONAL_DIR))) console.log(line);
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
