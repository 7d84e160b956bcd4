/** One target of the benchmark: its name and whether this run met it. */
export type BenchCheck = [name: string, ok: boolean];

/**
 * Prints each check as PASS or FAIL and returns the exit code: 1 when any failed, so that `npm run bench`
 * (and CI) fails on a missed target instead of printing FAIL and exiting 0.
 */
export function reportChecks(checks: BenchCheck[], write: (line: string) => void): number {
  for (const [name, ok] of checks) write(`  ${ok ? 'PASS' : 'FAIL'}  ${name}`);
  const failed = checks.filter(([, ok]) => !ok).length;
  if (failed > 0) write(`${failed} of ${checks.length} checks failed`);
  return failed > 0 ? 1 : 0;
}
