/** The command line of `npm run eval`, parsed (kept apart from run.ts, which runs when imported). */

export interface EvalArgs {
  polnear?: string;
  cnndm?: string;
  /** The cnndm-dev folder whose 20 annotated articles (eval/cnndm-quotes) are scored for quotes; --cnndm implies it. */
  cnndmQuotes?: string;
  /** The project's own fictional sets (eval/fictional and eval/fictional-styles), read with --fictional. */
  fictional?: boolean;
  /** Fact coverage of the key points on eval/multi-source, read with --multi-source. */
  multiSource?: boolean;
}

export function parseEvalArgs(argv: string[]): EvalArgs {
  const args: EvalArgs = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--fictional') {
      args.fictional = true;
      continue;
    }
    if (arg === '--multi-source') {
      args.multiSource = true;
      continue;
    }
    const [flag, inline] = arg.split('=', 2) as [string, string | undefined];
    const key = flag === '--polnear' ? 'polnear' : flag === '--cnndm' ? 'cnndm' : flag === '--cnndm-quotes' ? 'cnndmQuotes' : undefined;
    if (!key) throw new Error(`unknown argument: ${arg} (use --polnear <dir> --cnndm <dir> --cnndm-quotes <dir> --fictional --multi-source)`);
    const value = inline ?? argv[++i];
    if (!value) throw new Error(`${flag} needs a folder`);
    args[key] = value;
  }
  if (args.cnndm && !args.cnndmQuotes) args.cnndmQuotes = args.cnndm;
  if (!args.polnear && !args.cnndm && !args.cnndmQuotes && !args.fictional && !args.multiSource) {
    throw new Error('nothing to evaluate: give --polnear <dir>, --cnndm <dir>, --cnndm-quotes <dir>, --fictional and/or --multi-source');
  }
  return args;
}
