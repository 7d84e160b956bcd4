/** The word after `--flag` on the command line ("--data dir" → "dir"), or undefined when the flag is not given. */
export function flagValue(argv: readonly string[], flag: string): string | undefined {
  const i = argv.indexOf(flag);
  return i >= 0 ? argv[i + 1] : undefined;
}
