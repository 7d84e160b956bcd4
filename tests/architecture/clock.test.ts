import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

/** The clock module reads the wall clock; the CLI (the wiring) creates the one clock from it and hands it down. */
const CLOCK_MODULE = 'app/system-clock.ts';
const WIRING = (path: string): boolean => path.startsWith('cli/') || path === 'cli.ts';

/** Ways of reading the wall clock (only the clock module may), or of naming the wall clock (only the wiring may). */
const WALL_CLOCK = [
  { name: 'Date.now', pattern: /\bDate\.now\b/, wiringMay: false },
  { name: 'new Date()', pattern: /\bnew Date\(\s*\)/, wiringMay: false },
  { name: 'systemClock', pattern: /\bsystemClock\b/, wiringMay: true },
];

describe('time comes from one injected clock', () => {
  it('only the clock module reads the wall clock, and only the wiring names it', () => {
    const found: string[] = [];
    for (const file of sourceFiles(SRC)) {
      const path = relative(SRC, file).split('\\').join('/');
      if (path === CLOCK_MODULE) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, index) => {
          for (const { name, pattern, wiringMay } of WALL_CLOCK) {
            if (pattern.test(line) && !(wiringMay && WIRING(path))) found.push(`${path}:${index + 1}: ${name}`);
          }
        });
    }
    expect(found).toEqual([]);
  });
});
